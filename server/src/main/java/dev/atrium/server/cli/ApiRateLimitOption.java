package dev.atrium.server.cli;

import dev.atrium.server.api.ratelimit.ApiRateLimit;
import picocli.CommandLine.Option;

/** The {@code --api-rate-limit} option of the commands that serve the API. */
final class ApiRateLimitOption {

    @Option(names = "--api-rate-limit", paramLabel = "REQUESTS/SECONDS",
            defaultValue = "${env:ATRIUM_API_RATE_LIMIT:-1200/60}",
            description = "Requests each API key may make per window on this node (default ${DEFAULT-VALUE});"
                    + " 0 turns the limit off.")
    String value;

    ApiRateLimit parsed() {
        return ApiRateLimit.parse(value);
    }
}
