package dev.atrium.engine.mapping;

import dev.atrium.engine.expressions.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Features every connector gets from the engine, found from what its mapping declares rather than listed in
 * it: syncing only the applications created through Atrium (any mapping that emits applications), API
 * passthrough (a mapping with passthrough APIs) and delta syncs (a stream filtering by {@code $since}).
 */
public final class EngineFeatures {

    public static final String SYNC_ONLY_CREATED_APPLICATIONS = "sync_only_created_applications";
    public static final String API_PASSTHROUGH = "api_passthrough";
    public static final String DELTA_SYNCS = "delta_syncs";
    /** Listed by a mapping that supports it; it then needs a request that uses {@code $cutoff}. */
    public static final String CANDIDATE_CUTOFF_FILTERING = "candidate_cutoff_filtering";

    private static final Pattern CUTOFF = Pattern.compile("\\$cutoff\\b");

    private EngineFeatures() {
    }

    /** The ids of every feature the engine provides on its own, whatever the mapping. */
    public static List<String> ids() {
        return List.of(SYNC_ONLY_CREATED_APPLICATIONS, API_PASSTHROUGH, DELTA_SYNCS);
    }

    /** Whether the engine provides the feature for this mapping; false for ids it never provides. */
    public static boolean provides(Mapping mapping, String id) {
        return switch (id) {
            case SYNC_ONLY_CREATED_APPLICATIONS -> mapping.models().contains("applications");
            case API_PASSTHROUGH -> !mapping.passthrough().isEmpty();
            case DELTA_SYNCS -> mapping.supportsDelta();
            default -> false;
        };
    }

    /** The engine's features this mapping gets, with the label and note its connector page shows. */
    public static List<Feature> of(Mapping mapping) {
        List<Feature> features = new ArrayList<>();
        if (provides(mapping, SYNC_ONLY_CREATED_APPLICATIONS)) {
            features.add(new Feature(SYNC_ONLY_CREATED_APPLICATIONS, "Sync Only Created Applications",
                    "An integration setting, on by default: only candidates and applications created through Atrium or"
                            + " imported (POST /v1/ats/import-tracked-application) are synced."));
        }
        if (provides(mapping, API_PASSTHROUGH)) {
            features.add(new Feature(API_PASSTHROUGH, "API Passthrough", "Under the API ids "
                    + String.join(", ", mapping.passthrough().keySet().stream()
                            .map(api -> "`" + mapping.tool() + "/" + api + "`").toList()) + "."));
        }
        if (provides(mapping, DELTA_SYNCS)) {
            features.add(new Feature(DELTA_SYNCS, "Delta Syncs", "Streams "
                    + String.join(", ", mapping.streams().values().stream().filter(StreamSpec::incremental)
                            .map(stream -> "`" + stream.name() + "`").toList())
                    + " read only what changed since the last sync."));
        }
        return features;
    }

    /** Whether some stream's request (path, query, headers, form or body) uses {@code $cutoff}. */
    public static boolean usesCutoff(Mapping mapping) {
        return mapping.streams().values().stream().map(StreamSpec::request).anyMatch(EngineFeatures::usesCutoff);
    }

    private static boolean usesCutoff(RequestSpec request) {
        Stream<String> sources = Stream.of(
                        Stream.of(request.path()),
                        request.query().values().stream(),
                        request.headers().values().stream(),
                        request.form() == null ? Stream.<Template>empty() : request.form().values().stream())
                .flatMap(templates -> templates)
                .filter(Objects::nonNull)
                .map(Template::source);
        if (request.body() != null) {
            sources = Stream.concat(sources, Stream.of(request.body().source()));
        }
        return sources.anyMatch(source -> CUTOFF.matcher(source).find());
    }
}
