package dev.atrium.sandbox.digitalrecruiters.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.atrium.sandbox.digitalrecruiters.DigitalRecruitersSettings;
import dev.atrium.sandbox.digitalrecruiters.DigitalRecruitersSimulator;
import dev.atrium.sandbox.digitalrecruiters.generate.Organisation;
import dev.atrium.sandbox.digitalrecruiters.model.JobAd;
import dev.atrium.sandbox.digitalrecruiters.store.FeedSnapshot;
import dev.atrium.sandbox.support.http.JsonReplies;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * {@code GET /export/job-ads/{token}}: every open ad in one document, no paging (fact sheet 3.1). The document is
 * regenerated at most every {@code feed_cache_seconds}, so a closed ad stays in it until then.
 */
final class FeedHandler {

    static final String VERSION = "1.0.1";

    private final DigitalRecruitersSimulator simulator;

    FeedHandler(DigitalRecruitersSimulator simulator) {
        this.simulator = simulator;
    }

    void feed(RoutingContext ctx) {
        DigitalRecruitersSettings settings = simulator.settings();
        if (!pathTokenMatches(ctx, simulator.credentials().feedToken(), settings)) {
            return;
        }
        FeedSnapshot snapshot = simulator.store().feed(settings.feedCacheSeconds(), System.nanoTime());
        Organisation org = simulator.store().base().organisation();
        ObjectNode body = JsonReplies.MAPPER.createObjectNode();
        body.put("count", snapshot.ads().size());
        body.put("version", VERSION);
        body.put("fetched_at", DrJson.date(snapshot.fetchedAt()));
        body.putNull("spontaneousApplyUrl");
        ArrayNode ads = body.putArray("ads");
        for (JobAd ad : snapshot.ads()) {
            ads.add(DrJson.ad(ad, org, settings));
        }
        JsonReplies.send(ctx, 200, body);
    }

    /** The secret token in the path; a wrong one answers {@code bad_token_status} [G: 404]. */
    static boolean pathTokenMatches(RoutingContext ctx, String expected, DigitalRecruitersSettings settings) {
        String token = ctx.pathParam("token");
        if (token == null || !MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
            DrReplies.error(ctx, settings.badTokenStatus(), settings.badTokenStatus() == 404 ? "Not Found" : "Invalid token");
            return false;
        }
        return true;
    }
}
