package dev.atrium.sandbox.support;

import dev.atrium.sandbox.Sandbox;
import dev.atrium.sandbox.SandboxOptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For determinism tests: two sandboxes started on the same options and a third on another seed, once per
 * test class.
 */
public final class SandboxTwins implements BeforeAllCallback, AfterAllCallback {

    private final SandboxOptions options;
    private final long otherSeed;
    private Sandbox first;
    private Sandbox twin;
    private Sandbox other;

    public SandboxTwins(SandboxOptions options, long otherSeed) {
        this.options = options;
        this.otherSeed = otherSeed;
    }

    public Sandbox first() {
        return first;
    }

    /** Started on the same options as {@link #first()}. */
    public Sandbox twin() {
        return twin;
    }

    /** Started on the same options with the other seed. */
    public Sandbox other() {
        return other;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        first = Sandbox.start(options);
        twin = Sandbox.start(options);
        other = Sandbox.start(options.withSeed(otherSeed));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        first.close();
        twin.close();
        other.close();
    }
}
