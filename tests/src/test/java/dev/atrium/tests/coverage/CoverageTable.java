package dev.atrium.tests.coverage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One tool's coverage document as a checked-in table ({@code src/test/resources/coverage/<tool>.tsv}), row for
 * row: tab-separated kind, section, field, note and the reason a row is not produced (empty when it must be).
 */
record CoverageTable(String tool, List<Row> rows) {

    static final Path FOLDER = Path.of("src/test/resources/coverage");

    /**
     * One row. Kinds: {@code model} (section = Kombo model, field = its field), {@code action} (section = action,
     * field = input field), {@code feature} (section = feature id, {@code parent.child} for a nested feature,
     * field = its label), and {@code model-note}, {@code action-note}, {@code general-note} (the document's
     * notes on a whole model, action or connector).
     */
    record Row(int line, String kind, String section, String field, String note, String reason) {

        boolean hasReason() {
            return !reason.isBlank();
        }
    }

    static CoverageTable read(String tool) throws IOException {
        Path file = FOLDER.resolve(tool + ".tsv");
        List<String> lines = Files.readAllLines(file);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = Arrays.copyOf(line.split("\t", -1), 5);
            if (line.split("\t", -1).length > 5) {
                throw new IllegalStateException(file + ":" + (i + 1) + " has more than five columns");
            }
            for (int c = 0; c < cells.length; c++) {
                cells[c] = cells[c] == null ? "" : cells[c].strip();
            }
            rows.add(new Row(i + 1, cells[0], cells[1], cells[2], cells[3], cells[4]));
        }
        return new CoverageTable(tool, List.copyOf(rows));
    }

    List<Row> rows(String kind) {
        return rows.stream().filter(row -> row.kind().equals(kind)).toList();
    }
}
