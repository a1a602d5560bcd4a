package dev.atrium.engine.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.atrium.engine.loading.MappingLoader;
import dev.atrium.engine.mapping.Mapping;
import dev.atrium.engine.models.ModelCatalog;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Secret connection values never show in the paths that logs, errors and records carry. */
class SecretMaskTest {

    private static final Mapping MAPPING = new MappingLoader(ModelCatalog.load()).loadText("demo.yaml", """
            format: atrium-connector/v1
            tool: demo
            label: Demo
            category: ats
            connection:
              feed_token: { label: Feed token, secret: true }
              pin: { label: PIN, secret: true, required: false }
              account: { label: Account }
            http:
              base_url: https://example.test
              auth: { type: none }
            streams:
              jobs:
                request: { path: "/feed/{$connection.feed_token}/{$connection.account}" }
                records: ads
                emit:
                  - model: jobs
                    transform: '{ "remote_id": id, "name": title }'
            """).orThrow().find("demo").orElseThrow();

    @Test
    void secretsBecomeTheirFieldNamesAndOtherValuesStay() {
        SecretMask mask = SecretMask.of(MAPPING, Map.of("feed_token", "t0k3n-abc", "account", "acme", "pin", "12"));
        assertEquals("/feed/{feed_token}/acme", mask.hide("/feed/t0k3n-abc/acme"));
        // Too short to tell from an ordinary path segment: masking "12" would mangle page numbers.
        assertEquals("/page/12", mask.hide("/page/12"));
        assertEquals("/feed/t0k3n-abc/acme", SecretMask.NONE.hide("/feed/t0k3n-abc/acme"));
    }
}
