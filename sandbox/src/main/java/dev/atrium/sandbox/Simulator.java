package dev.atrium.sandbox;

import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;

/** One simulated vendor tool that the sandbox mounts on its shared HTTP server. */
public interface Simulator {

    /** The tool key, as used by the connectors ("sagehr", ...). */
    String tool();

    /** Adds the vendor routes and the control routes of this tool to the sandbox router. */
    void mount(Vertx vertx, Router root);

    /** Connection details, given the sandbox origin such as {@code http://127.0.0.1:8080}. */
    SimulatorInfo info(String origin);
}
