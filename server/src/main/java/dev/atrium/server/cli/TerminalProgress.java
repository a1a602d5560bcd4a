package dev.atrium.server.cli;

import dev.atrium.engine.store.SyncRun;
import dev.atrium.engine.sync.PhaseTimes;
import dev.atrium.engine.sync.SyncListener;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Progress bars of a sync in a terminal, one line per stream: a bar where the tool reports a total, a moving
 * block where it does not, with pages, records and rate. Redraws at most ten times a second, in place.
 */
final class TerminalProgress implements SyncListener {

    private static final int WIDTH = 28;
    private static final long REDRAW_MILLIS = 100;

    /** One stream's figures. */
    private record Line(long pages, long records, Long total) {
    }

    private final PrintStream out;
    private final long started = System.currentTimeMillis();
    private final Map<String, Line> lines = new LinkedHashMap<>();
    private int drawn;
    private long lastDraw;

    TerminalProgress(PrintStream out) {
        this.out = out;
    }

    /** Progress bars when standard error is a terminal; otherwise nothing (the log has sync.progress lines). */
    static SyncListener forTerminal() {
        return System.console() != null ? new TerminalProgress(System.err) : SyncListener.NONE;
    }

    @Override
    public synchronized void page(String stream, long pages, long records, Long total) {
        Line before = lines.get(stream);
        lines.put(stream, new Line(pages, records, total != null ? total : before == null ? null : before.total()));
        long now = System.currentTimeMillis();
        if (now - lastDraw >= REDRAW_MILLIS) {
            draw(now);
        }
    }

    @Override
    public synchronized void finished(SyncRun run, PhaseTimes phases) {
        draw(System.currentTimeMillis());
    }

    private void draw(long now) {
        lastDraw = now;
        if (drawn > 0) {
            out.print("\033[" + drawn + "A");
        }
        double seconds = Math.max(0.001, (now - started) / 1000.0);
        int nameWidth = lines.keySet().stream().mapToInt(String::length).max().orElse(0);
        for (Map.Entry<String, Line> entry : lines.entrySet()) {
            Line line = entry.getValue();
            out.printf("\r\033[2K%-" + nameWidth + "s [%s] %,d records, %,d pages, %,d/s%n", entry.getKey(),
                    bar(line, now), line.records(), line.pages(), Math.round(line.records() / seconds));
        }
        drawn = lines.size();
        out.flush();
    }

    private static String bar(Line line, long now) {
        StringBuilder bar = new StringBuilder();
        if (line.total() != null && line.total() > 0) {
            int filled = (int) Math.min(WIDTH, line.records() * WIDTH / line.total());
            bar.append("#".repeat(filled)).append("-".repeat(WIDTH - filled));
        } else {
            int position = (int) ((now / 120) % WIDTH);
            for (int i = 0; i < WIDTH; i++) {
                bar.append(Math.abs(i - position) <= 1 ? '=' : ' ');
            }
        }
        return bar.toString();
    }
}
