package dev.atrium.engine.webhooks;

import dev.atrium.engine.http.RetryAfter;
import dev.atrium.engine.store.WebhookDispatch;
import dev.atrium.engine.store.WebhookStore;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This node's webhook sender: a background thread that queues the webhooks of finished syncs (the outbox
 * sweep), claims due deliveries, posts them signed, and records each outcome: delivered on a 2xx answer, else
 * retried later with backoff until the policy gives up. Done deliveries are purged after a while.
 */
public final class WebhookDispatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final long SWEEP_EVERY_MILLIS = 30_000;
    private static final long KEEP_DELIVERED_MILLIS = Duration.ofDays(7).toMillis();
    private static final long KEEP_FAILED_MILLIS = Duration.ofDays(30).toMillis();
    private static final int ERROR_EXCERPT = 300;

    private final WebhookStore webhooks;
    private final WebhookOutbox outbox;
    private final WebClient client;
    private final WebhookPolicy policy;
    private final String nodeId;
    private final Duration tick;
    private final Thread thread;
    private volatile boolean running = true;
    private long nextSweep;

    public WebhookDispatcher(WebhookStore webhooks, WebhookOutbox outbox, WebClient client, WebhookPolicy policy,
            String nodeId, Duration tick) {
        this.webhooks = webhooks;
        this.outbox = outbox;
        this.client = client;
        this.policy = policy;
        this.nodeId = nodeId;
        this.tick = tick;
        this.thread = new Thread(this::loop, "atrium-webhooks");
        this.thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    private void loop() {
        while (running) {
            int sent = 0;
            try {
                sent = runOnce(System.currentTimeMillis());
            } catch (RuntimeException e) {
                LOG.atError().addKeyValue("error", e.getMessage()).log("webhook.loop_failed");
            }
            if (sent == 0) {
                pause();
            }
        }
    }

    private synchronized void pause() {
        try {
            if (running) {
                wait(tick.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** One round: sweep and purge when due, then send what is due; returns how many deliveries it attempted. */
    int runOnce(long now) {
        if (now >= nextSweep) {
            nextSweep = now + SWEEP_EVERY_MILLIS;
            outbox.sweep(now);
            webhooks.purge(now - KEEP_DELIVERED_MILLIS, now - KEEP_FAILED_MILLIS);
        }
        long lease = policy.timeout().toMillis() * 3;
        List<WebhookDispatch> due = webhooks.claimDue(nodeId, now, lease, policy.concurrency());
        List<Future<HttpResponse<Buffer>>> posts = new ArrayList<>();
        for (WebhookDispatch dispatch : due) {
            posts.add(post(dispatch));
        }
        for (int i = 0; i < due.size(); i++) {
            record(due.get(i), posts.get(i));
        }
        return due.size();
    }

    private Future<HttpResponse<Buffer>> post(WebhookDispatch dispatch) {
        byte[] body = dispatch.payload().getBytes(StandardCharsets.UTF_8);
        try {
            return client.postAbs(dispatch.url())
                    .putHeader("Content-Type", "application/json")
                    .putHeader(WebhookSignature.HEADER, WebhookSignature.sign(dispatch.secret(), body))
                    .timeout(policy.timeout().toMillis())
                    .sendBuffer(Buffer.buffer(body));
        } catch (RuntimeException e) {
            return Future.failedFuture(e);
        }
    }

    private void record(WebhookDispatch dispatch, Future<HttpResponse<Buffer>> post) {
        long now = System.currentTimeMillis();
        int attempt = dispatch.attempts() + 1;
        HttpResponse<Buffer> response = null;
        String error;
        try {
            response = post.toCompletionStage().toCompletableFuture()
                    .get(policy.timeout().toMillis() + 5_000, TimeUnit.MILLISECONDS);
            if (response.statusCode() / 100 == 2) {
                webhooks.delivered(dispatch.deliveryId(), nodeId, response.statusCode(), now);
                LOG.atInfo().addKeyValue("delivery", dispatch.deliveryId()).addKeyValue("event", dispatch.eventId())
                        .addKeyValue("type", dispatch.type()).addKeyValue("status", response.statusCode())
                        .addKeyValue("attempt", attempt).log("webhook.delivered");
                return;
            }
            error = "HTTP " + response.statusCode() + excerpt(response.bodyAsString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (Exception e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            error = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        }
        Integer status = response == null ? null : response.statusCode();
        Duration retryAfter = response == null ? null : RetryAfter.parse(response.getHeader("Retry-After"));
        Long retryAt = policy.retryAt(attempt, now, retryAfter == null ? null : retryAfter.toMillis(),
                ThreadLocalRandom.current().nextDouble());
        webhooks.attemptFailed(dispatch.deliveryId(), nodeId, status, error, retryAt, now);
        // The log gets the status or the failure's kind, never the receiver's answer (the store keeps that).
        var log = (retryAt == null ? LOG.atError() : LOG.atWarn()).addKeyValue("delivery", dispatch.deliveryId())
                .addKeyValue("event", dispatch.eventId()).addKeyValue("type", dispatch.type())
                .addKeyValue("attempt", attempt)
                .addKeyValue("error", status != null ? "HTTP " + status : error);
        if (retryAt != null) {
            log = log.addKeyValue("retry_in_ms", retryAt - now);
        }
        log.log(retryAt == null ? "webhook.given_up" : "webhook.attempt_failed");
    }

    private static String excerpt(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String flat = body.replaceAll("\\s+", " ").trim();
        return ": " + (flat.length() > ERROR_EXCERPT ? flat.substring(0, ERROR_EXCERPT) + "…" : flat);
    }

    @Override
    public void close() {
        synchronized (this) {
            running = false;
            notifyAll();
        }
        try {
            thread.join(policy.timeout().toMillis() + 10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
