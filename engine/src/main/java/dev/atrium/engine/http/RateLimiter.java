package dev.atrium.engine.http;

/**
 * A token bucket: at most {@code requests} per window on average, bursts up to {@code requests}. Blocks the
 * calling sync thread until a token is free.
 */
public final class RateLimiter {

    private final int requests;
    private final java.time.Duration window;
    private final double capacity;
    private final double tokensPerNano;
    private double tokens;
    private long refilledAt;

    public RateLimiter(int requests, java.time.Duration window) {
        this.requests = requests;
        this.window = window;
        this.capacity = requests;
        this.tokensPerNano = requests / (double) window.toNanos();
        this.tokens = capacity;
        this.refilledAt = System.nanoTime();
    }

    /** Whether this limiter enforces exactly this budget (a changed mapping gets a new one). */
    public boolean matches(int otherRequests, java.time.Duration otherWindow) {
        return requests == otherRequests && window.equals(otherWindow);
    }

    /** Takes one token, sleeping until one is available. */
    public void acquire() throws InterruptedException {
        while (true) {
            long waitNanos;
            synchronized (this) {
                refill();
                if (tokens >= 1) {
                    tokens -= 1;
                    return;
                }
                waitNanos = (long) Math.ceil((1 - tokens) / tokensPerNano);
            }
            Thread.sleep(Math.max(1, waitNanos / 1_000_000), (int) (waitNanos % 1_000_000));
        }
    }

    private void refill() {
        long now = System.nanoTime();
        tokens = Math.min(capacity, tokens + (now - refilledAt) * tokensPerNano);
        refilledAt = now;
    }
}
