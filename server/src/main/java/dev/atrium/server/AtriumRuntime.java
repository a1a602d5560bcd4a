package dev.atrium.server;

import dev.atrium.engine.Engine;
import dev.atrium.engine.EngineSettings;
import dev.atrium.engine.store.Secrets;
import dev.atrium.engine.loading.LoadResult;
import dev.atrium.engine.loading.MappingLoader;
import dev.atrium.engine.loading.Mappings;
import dev.atrium.engine.models.ModelCatalog;
import io.vertx.core.Vertx;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Atrium process: Vert.x, the unified models, the mappings and the engine over the store. Refuses to
 * start on a broken mapping file.
 */
public final class AtriumRuntime implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AtriumRuntime.class);

    private final Vertx vertx;
    private final Engine engine;

    private AtriumRuntime(Vertx vertx, Engine engine) {
        this.vertx = vertx;
        this.engine = engine;
    }

    /**
     * @param settings    where the store is and how the engine runs
     * @param mappingsDir a directory of mapping files, or null for ./mappings when present, else the built-in ones
     */
    public static AtriumRuntime open(EngineSettings settings, String mappingsDir) {
        ModelCatalog models = ModelCatalog.load();
        Mappings mappings = loadMappings(models, mappingsDir).orThrow();
        Vertx vertx = Vertx.vertx();
        try {
            return new AtriumRuntime(vertx, Engine.open(vertx, settings, models, mappings));
        } catch (RuntimeException e) {
            vertx.close();
            throw e;
        }
    }

    /** The key from ATRIUM_SECRET_KEY (base64 of 32 bytes) or, without it, from the key file (created once). */
    public static Secrets secrets(String secretKeyFile) {
        String key = System.getenv("ATRIUM_SECRET_KEY");
        if (key != null && !key.isBlank()) {
            return Secrets.fromBase64(key);
        }
        return Secrets.fromKeyFile(Path.of(secretKeyFile));
    }

    /** Loads the mapping files from the given directory, ./mappings, or the ones built into the jar. */
    public static LoadResult loadMappings(ModelCatalog models, String mappingsDir) {
        MappingLoader loader = new MappingLoader(models);
        Path directory = mappingsDir != null && !mappingsDir.isBlank() ? Path.of(mappingsDir) : Path.of("mappings");
        LoadResult result;
        if (mappingsDir != null && !mappingsDir.isBlank() || Files.isDirectory(directory)) {
            result = loader.loadDirectory(directory);
            LOG.atInfo().addKeyValue("source", directory.toString()).addKeyValue("mappings", result.mappings().all().size())
                    .log("mappings.loaded");
        } else {
            result = loader.loadBundled();
            LOG.atInfo().addKeyValue("source", "built-in").addKeyValue("mappings", result.mappings().all().size())
                    .log("mappings.loaded");
        }
        return result;
    }

    public Vertx vertx() {
        return vertx;
    }

    public Engine engine() {
        return engine;
    }

    @Override
    public void close() {
        engine.close();
        vertx.close().await();
    }
}
