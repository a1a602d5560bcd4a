package dev.atrium.sandbox;

import dev.atrium.sandbox.digitalrecruiters.DigitalRecruitersSettings;
import dev.atrium.sandbox.icims.IcimsSettings;
import dev.atrium.sandbox.paycor.PaycorSettings;
import dev.atrium.sandbox.phenom.PhenomSettings;
import dev.atrium.sandbox.sagehr.SageHrSettings;
import java.util.Objects;

/**
 * How to start the sandbox: where to listen, the seed every generated data set derives from,
 * and the settings of each simulator.
 */
public record SandboxOptions(String host, int port, long seed, SageHrSettings sagehr, PaycorSettings paycor,
        IcimsSettings icims, PhenomSettings phenom, DigitalRecruitersSettings digitalrecruiters) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final long DEFAULT_SEED = 42L;

    public SandboxOptions {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(sagehr, "sagehr");
        Objects.requireNonNull(paycor, "paycor");
        Objects.requireNonNull(icims, "icims");
        Objects.requireNonNull(phenom, "phenom");
        Objects.requireNonNull(digitalrecruiters, "digitalrecruiters");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
        }
    }

    /** Loopback, an ephemeral port, seed 42 and every simulator on its default settings. */
    public static SandboxOptions defaults() {
        return new SandboxOptions(DEFAULT_HOST, 0, DEFAULT_SEED, SageHrSettings.defaults(), PaycorSettings.defaults(),
                IcimsSettings.defaults(), PhenomSettings.defaults(), DigitalRecruitersSettings.defaults());
    }

    public SandboxOptions withHost(String newHost) {
        return new SandboxOptions(newHost, port, seed, sagehr, paycor, icims, phenom, digitalrecruiters);
    }

    public SandboxOptions withPort(int newPort) {
        return new SandboxOptions(host, newPort, seed, sagehr, paycor, icims, phenom, digitalrecruiters);
    }

    public SandboxOptions withSeed(long newSeed) {
        return new SandboxOptions(host, port, newSeed, sagehr, paycor, icims, phenom, digitalrecruiters);
    }

    public SandboxOptions withSagehr(SageHrSettings newSettings) {
        return new SandboxOptions(host, port, seed, newSettings, paycor, icims, phenom, digitalrecruiters);
    }

    public SandboxOptions withPaycor(PaycorSettings newSettings) {
        return new SandboxOptions(host, port, seed, sagehr, newSettings, icims, phenom, digitalrecruiters);
    }

    public SandboxOptions withIcims(IcimsSettings newSettings) {
        return new SandboxOptions(host, port, seed, sagehr, paycor, newSettings, phenom, digitalrecruiters);
    }

    public SandboxOptions withPhenom(PhenomSettings newSettings) {
        return new SandboxOptions(host, port, seed, sagehr, paycor, icims, newSettings, digitalrecruiters);
    }

    public SandboxOptions withDigitalrecruiters(DigitalRecruitersSettings newSettings) {
        return new SandboxOptions(host, port, seed, sagehr, paycor, icims, phenom, newSettings);
    }
}
