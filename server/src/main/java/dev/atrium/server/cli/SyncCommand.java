package dev.atrium.server.cli;

import dev.atrium.engine.store.SyncRun;
import dev.atrium.engine.sync.SyncType;
import dev.atrium.server.AtriumRuntime;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code atrium sync <integration>}: a full sync now, in this process. */
@Command(name = "sync", description = "Run a full sync of an integration and print its result.")
final class SyncCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "INTEGRATION", description = "Integration id, <tool>:<24 characters>.")
    String integrationId;

    @Override
    public Integer call() {
        try (AtriumRuntime runtime = AtriumRuntime.open(store.databaseUrl, store.mappingsDir)) {
            if (runtime.engine().integrations().find(integrationId).isEmpty()) {
                throw new IllegalArgumentException("no integration '" + integrationId + "'");
            }
            SyncRun run = runtime.engine().syncs().sync(integrationId, SyncType.FULL);
            System.out.println(Summaries.syncRun(run));
            return "SUCCEEDED".equals(run.state()) ? 0 : 1;
        }
    }
}
