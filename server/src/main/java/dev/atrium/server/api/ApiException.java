package dev.atrium.server.api;

/** An error the API answers in its envelope; the message is for the client and names what was wrong. */
public class ApiException extends RuntimeException {

    private final ErrorCode code;
    private final int status;

    public ApiException(ErrorCode code, String message) {
        this(code, code.status(), message);
    }

    public ApiException(ErrorCode code, int status, String message) {
        super(message);
        this.code = code;
        this.status = status;
    }

    public static ApiException invalid(String message) {
        return new ApiException(ErrorCode.INPUT_INVALID, message);
    }

    public ErrorCode code() {
        return code;
    }

    public int status() {
        return status;
    }
}
