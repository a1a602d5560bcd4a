package dev.atrium.sandbox;

import dev.atrium.sandbox.icims.IcimsSettings;
import dev.atrium.sandbox.paycor.PaycorSettings;
import dev.atrium.sandbox.sagehr.SageHrSettings;
import java.util.Objects;

/**
 * How to start the sandbox: where to listen, the seed every generated data set derives from,
 * and the settings of each simulator.
 */
public record SandboxOptions(String host, int port, long seed, SageHrSettings sagehr, PaycorSettings paycor,
        IcimsSettings icims) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final long DEFAULT_SEED = 42L;

    public SandboxOptions {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(sagehr, "sagehr");
        Objects.requireNonNull(paycor, "paycor");
        Objects.requireNonNull(icims, "icims");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
        }
    }

    /** Options from before Paycor was simulated: Paycor runs on its default settings. */
    public SandboxOptions(String host, int port, long seed, SageHrSettings sagehr) {
        this(host, port, seed, sagehr, PaycorSettings.defaults(), IcimsSettings.defaults());
    }

    /** Loopback, an ephemeral port, seed 42 and every simulator on its default settings. */
    public static SandboxOptions defaults() {
        return new SandboxOptions(DEFAULT_HOST, 0, DEFAULT_SEED, SageHrSettings.defaults(), PaycorSettings.defaults(),
                IcimsSettings.defaults());
    }

    public SandboxOptions withHost(String newHost) {
        return new SandboxOptions(newHost, port, seed, sagehr, paycor, icims);
    }

    public SandboxOptions withPort(int newPort) {
        return new SandboxOptions(host, newPort, seed, sagehr, paycor, icims);
    }

    public SandboxOptions withSeed(long newSeed) {
        return new SandboxOptions(host, port, newSeed, sagehr, paycor, icims);
    }

    public SandboxOptions withSagehr(SageHrSettings newSettings) {
        return new SandboxOptions(host, port, seed, newSettings, paycor, icims);
    }

    public SandboxOptions withPaycor(PaycorSettings newSettings) {
        return new SandboxOptions(host, port, seed, sagehr, newSettings, icims);
    }

    public SandboxOptions withIcims(IcimsSettings newSettings) {
        return new SandboxOptions(host, port, seed, sagehr, paycor, newSettings);
    }
}
