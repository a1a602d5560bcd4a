package dev.atrium.sandbox;

import dev.atrium.sandbox.digitalrecruiters.DigitalRecruitersSimulator;
import dev.atrium.sandbox.icims.IcimsSimulator;
import dev.atrium.sandbox.paycor.PaycorSimulator;
import dev.atrium.sandbox.phenom.PhenomSimulator;
import dev.atrium.sandbox.sagehr.SageHrSimulator;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts every simulator on one HTTP server; each tool lives under its own base path. */
public final class Sandbox implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Sandbox.class);
    // Create-applicant forms carry free-text summaries well above Vert.x's 8 KiB default.
    private static final int MAX_FORM_ATTRIBUTE_BYTES = 256 * 1024;

    private final Vertx vertx;
    private final boolean ownsVertx;
    private final HttpServer server;
    private final String origin;
    private final SageHrSimulator sagehr;
    private final PaycorSimulator paycor;
    private final List<Simulator> all;

    private Sandbox(Vertx vertx, boolean ownsVertx, HttpServer server, String origin, SageHrSimulator sagehr,
            PaycorSimulator paycor, List<Simulator> all) {
        this.vertx = vertx;
        this.ownsVertx = ownsVertx;
        this.server = server;
        this.origin = origin;
        this.sagehr = sagehr;
        this.paycor = paycor;
        this.all = all;
    }

    /**
     * Starts the simulators and blocks until the server listens. Call it from a thread that is
     * not a Vert.x event loop (it waits with {@code Future.await()}).
     */
    public static Sandbox start(Vertx vertx, SandboxOptions options) {
        return start(vertx, false, options, null);
    }

    /** Same as {@link #start(Vertx, SandboxOptions)} on a Vertx of its own, closed with the sandbox. */
    public static Sandbox start(SandboxOptions options) {
        return start(Vertx.vertx(), true, options, null);
    }

    /** Only the simulator of {@code tool} ("sagehr", ...), on a Vertx of its own; an unknown tool is refused. */
    public static Sandbox startOnly(SandboxOptions options, String tool) {
        return start(Vertx.vertx(), true, options, Objects.requireNonNull(tool, "tool"));
    }

    /** @param only the one tool to serve, or null for all */
    private static Sandbox start(Vertx vertx, boolean ownsVertx, SandboxOptions options, String only) {
        SandboxOptions opts = options == null ? SandboxOptions.defaults() : options;
        SageHrSimulator sagehr = new SageHrSimulator(opts.seed(), opts.sagehr());
        PaycorSimulator paycor = new PaycorSimulator(opts.seed(), opts.paycor());
        HttpServerOptions serverOptions = new HttpServerOptions()
                .setHost(opts.host())
                .setPort(opts.port())
                .setMaxFormAttributeSize(MAX_FORM_ATTRIBUTE_BYTES)
                // curl sends "Expect: 100-continue" for uploads; answering it saves the client a stall.
                .setHandle100ContinueAutomatically(true)
                // Plain HTTP/1.1, as the vendors' own servers answer: Java's HttpClient asks every cleartext
                // server to upgrade to HTTP/2 (h2c), and under load that upgrade left large answers unreadable.
                .setHttp2ClearTextEnabled(false);
        List<Simulator> all;
        HttpServer server;
        try {
            all = only(List.of(sagehr, paycor, new IcimsSimulator(opts.seed(), opts.icims()),
                    new PhenomSimulator(opts.seed(), opts.phenom()),
                    new DigitalRecruitersSimulator(opts.seed(), opts.digitalrecruiters())), only);
            Router router = Router.router(vertx);
            all.forEach(simulator -> simulator.mount(vertx, router));
            server = vertx.createHttpServer(serverOptions).requestHandler(router).listen().await();
        } catch (RuntimeException e) {
            if (ownsVertx) {
                vertx.close();
            }
            throw e;
        }
        String origin = "http://" + hostForUrl(opts.host()) + ":" + server.actualPort();
        LOG.atInfo().addKeyValue("port", server.actualPort()).addKeyValue("seed", opts.seed())
                .addKeyValue("simulators", String.join(",", all.stream().map(Simulator::tool).toList()))
                .log("sandbox.listening");
        return new Sandbox(vertx, ownsVertx, server, origin, sagehr, paycor, all);
    }

    private static List<Simulator> only(List<Simulator> simulators, String tool) {
        if (tool == null) {
            return simulators;
        }
        List<Simulator> chosen = simulators.stream().filter(s -> s.tool().equals(tool)).toList();
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("no simulator for tool " + tool + "; known: "
                    + String.join(", ", simulators.stream().map(Simulator::tool).toList()));
        }
        return chosen;
    }

    private static String hostForUrl(String host) {
        if ("0.0.0.0".equals(host)) {
            return "127.0.0.1";
        }
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    public int port() {
        return server.actualPort();
    }

    /** One entry per simulated tool, with its base URL and the credentials it accepts. */
    public List<SimulatorInfo> simulators() {
        return all.stream().map(s -> s.info(origin)).toList();
    }

    public SageHrSimulator sagehr() {
        return sagehr;
    }

    public PaycorSimulator paycor() {
        return paycor;
    }

    public PhenomSimulator phenom() {
        return simulator(PhenomSimulator.class);
    }

    public DigitalRecruitersSimulator digitalrecruiters() {
        return simulator(DigitalRecruitersSimulator.class);
    }

    /** The running simulator of a type, for tools that have no accessor of their own. */
    public <T extends Simulator> T simulator(Class<T> type) {
        return all.stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }

    /** Stops the HTTP server; closes the Vertx only when the sandbox created it. */
    @Override
    public void close() {
        server.close().await();
        if (ownsVertx) {
            vertx.close().await();
        }
        LOG.atInfo().log("sandbox.stopped");
    }
}
