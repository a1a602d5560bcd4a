package dev.atrium.engine.loading;

/** One thing wrong with a mapping file, located by file, line and path. */
public record MappingProblem(String file, int line, String path, String message) {

    /** The form operators see: {@code mappings/<tool>.yaml:42 streams.jobs.paginate.type: must be one of ...}. */
    @Override
    public String toString() {
        return file + ":" + line + " " + path + ": " + message;
    }
}
