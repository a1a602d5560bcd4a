package dev.atrium.server.cli;

import dev.atrium.engine.store.SyncRun;
import dev.atrium.engine.sync.SyncType;
import dev.atrium.server.AtriumRuntime;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code atrium sync <integration>}: a sync now, in this process, with progress bars in a terminal. */
@Command(name = "sync", description = "Run a sync of an integration now and print its result.")
final class SyncCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "INTEGRATION", description = "Integration id, <tool>:<24 characters>.")
    String integrationId;

    @Option(names = "--type", defaultValue = "FULL", description = "FULL or DELTA (DELTA falls back to FULL where the"
            + " tool cannot filter by change, or nothing was synced yet).")
    SyncType type;

    @Override
    public Integer call() {
        try (AtriumRuntime runtime = store.open()) {
            if (runtime.engine().integrations().find(integrationId).isEmpty()) {
                throw new IllegalArgumentException("no integration '" + integrationId + "'");
            }
            SyncRun run = runtime.engine().syncs().runNow(integrationId, type, "cli", TerminalProgress.forTerminal());
            System.out.println(Summaries.syncRun(run));
            return "SUCCEEDED".equals(run.state()) ? 0 : 1;
        }
    }
}
