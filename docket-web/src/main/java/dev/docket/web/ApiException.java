package dev.docket.web;

/**
 * A request the API refuses, with the HTTP status and the error code of the contract's error body
 * {@code {"error": CODE, "message": MESSAGE}}. The message names what was wrong.
 */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    public ApiException(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    /** 400: a missing or invalid field or parameter. */
    public static ApiException invalid(String message) {
        return new ApiException(400, "invalid_request", message);
    }

    /** 400: the body is not JSON. */
    public static ApiException malformed(String message) {
        return new ApiException(400, "malformed_json", message);
    }

    /** 404: no such job, queue or path. */
    public static ApiException notFound(String message) {
        return new ApiException(404, "not_found", message);
    }

    /** 409: the job's state refuses the action. */
    public static ApiException conflict(String message) {
        return new ApiException(409, "conflict", message);
    }

    /** 409: the attempt a worker quoted no longer holds the job. */
    public static ApiException stale(String message) {
        return new ApiException(409, "stale_attempt", message);
    }

    /** 409: the job was cancelled; the worker must stop. */
    public static ApiException cancelled(String message) {
        return new ApiException(409, "cancelled", message);
    }

    /** 413: the body is larger than the limit. */
    public static ApiException tooLarge(long limit) {
        return new ApiException(413, "payload_too_large", "the request body is larger than " + limit + " bytes");
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
