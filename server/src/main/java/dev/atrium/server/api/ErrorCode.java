package dev.atrium.server.api;

/**
 * The error codes Atrium answers with: a subset of Kombo's closed lists (an unlisted code would break SDK
 * parsing), each with its HTTP status and the static title clients may show.
 */
public enum ErrorCode {
    AUTHENTICATION_INVALID("PLATFORM.AUTHENTICATION_INVALID", 401, "The API key is invalid."),
    INPUT_INVALID("PLATFORM.INPUT_INVALID", 400, "The request is invalid."),
    INTEGRATION_NOT_FOUND("PLATFORM.INTEGRATION_NOT_FOUND", 404, "The integration could not be found."),
    RATE_LIMIT_EXCEEDED("PLATFORM.RATE_LIMIT_EXCEEDED", 429, "Too many requests."),
    UNKNOWN_ERROR("PLATFORM.UNKNOWN_ERROR", 500, "Something went wrong on our side."),
    SETUP_SYNC_PENDING("INTEGRATION.SETUP_SYNC_PENDING", 409, "The integration's setup sync is still running."),
    MODEL_NOT_AVAILABLE("INTEGRATION.MODEL_NOT_AVAILABLE", 409,
            "This data model isn't supported for the selected integration."),
    CONCURRENCY_LIMIT_EXCEEDED("PLATFORM.CONCURRENCY_LIMIT_EXCEEDED", 429, "Too many concurrent requests."),
    TASK_TIMED_OUT("PLATFORM.TASK_TIMED_OUT", 504, "The request timed out.");

    private final String code;
    private final int status;
    private final String title;

    ErrorCode(String code, int status, String title) {
        this.code = code;
        this.status = status;
        this.title = title;
    }

    public String code() {
        return code;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}
