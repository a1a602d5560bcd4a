package dev.atrium.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code atrium serve --api-rate-limit}: documented in --help, and a bad value stops serve before it starts. */
class ServeRateLimitOptionTest {

    @TempDir
    Path folder;

    @Test
    void aBadLimitIsRefusedBeforeAnythingStarts() {
        String[] run = atrium("serve", "--api-rate-limit", "lots", "--port", "0",
                "--database", "sqlite:" + folder.resolve("atrium.db"), "--secret-key-file",
                folder.resolve("secret.key").toString());
        assertEquals("2", run[0], run[1] + run[2]);
        assertTrue(run[2].contains("error: the API rate limit (--api-rate-limit, ATRIUM_API_RATE_LIMIT) must be"
                + " <requests>/<seconds>"), run[2]);
        assertTrue(!Files.exists(folder.resolve("atrium.db")), "the store was not even opened");
    }

    @Test
    void helpNamesTheOptionAndItsDefault() {
        String[] run = atrium("serve", "--help");
        assertEquals("0", run[0], run[2]);
        assertTrue(run[1].contains("--api-rate-limit=REQUESTS/SECONDS"), run[1]);
        assertTrue(run[1].contains("0 turns the limit off"), run[1]);
    }

    /** Exit code, standard output and standard error of one command line, as AtriumCli runs it. */
    private static String[] atrium(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = new CommandLine(new AtriumCli()).setExecutionExceptionHandler(new FailureHandler())
                .setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true)).execute(args);
        return new String[] {Integer.toString(exit), out.toString(), err.toString()};
    }
}
