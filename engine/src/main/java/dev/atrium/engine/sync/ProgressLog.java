package dev.atrium.engine.sync;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs a long sync's progress per stream (pages, records, rate) at most once per interval per stream. */
public final class ProgressLog implements SyncListener {

    private static final Logger LOG = LoggerFactory.getLogger(ProgressLog.class);

    private final String integrationId;
    private final long intervalMillis;
    private final long started = System.currentTimeMillis();
    private final Map<String, Long> lastLogged = new ConcurrentHashMap<>();

    public ProgressLog(String integrationId, long intervalMillis) {
        this.integrationId = integrationId;
        this.intervalMillis = intervalMillis;
    }

    @Override
    public void page(String stream, long pages, long records, Long total) {
        long now = System.currentTimeMillis();
        Long last = lastLogged.putIfAbsent(stream, now);
        if (last == null || now - last < intervalMillis || !lastLogged.replace(stream, last, now)) {
            return;
        }
        double seconds = Math.max(0.001, (now - started) / 1000.0);
        var event = LOG.atInfo().addKeyValue("integration", integrationId).addKeyValue("stream", stream)
                .addKeyValue("pages", pages).addKeyValue("records", records)
                .addKeyValue("records_per_s", Math.round(records / seconds));
        if (total != null) {
            event = event.addKeyValue("total", total);
        }
        event.log("sync.progress");
    }
}
