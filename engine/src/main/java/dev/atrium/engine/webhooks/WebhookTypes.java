package dev.atrium.engine.webhooks;

import java.util.List;

/** The webhook types Atrium sends, named as in Kombo's wire contract. */
public final class WebhookTypes {

    public static final String DATA_CHANGED = "data-changed";
    public static final String SYNC_FINISHED = "sync-finished";
    public static final String INTEGRATION_DELETED = "integration-deleted";
    public static final String INTEGRATION_STATE_CHANGED = "integration-state-changed";

    /** Every type, the default subscription of a new endpoint. */
    public static final List<String> ALL = List.of(DATA_CHANGED, SYNC_FINISHED, INTEGRATION_DELETED,
            INTEGRATION_STATE_CHANGED);

    private WebhookTypes() {
    }
}
