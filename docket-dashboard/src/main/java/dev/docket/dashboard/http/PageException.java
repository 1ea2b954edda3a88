package dev.docket.dashboard.http;

/** A request a page or action refuses; the dashboard answers with an error page saying why. */
public final class PageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String title;

    public PageException(int status, String title, String message) {
        super(message, null, false, false);
        this.status = status;
        this.title = title;
    }

    /** 400: a bad parameter or field. */
    public static PageException badRequest(String message) {
        return new PageException(400, "Bad request", message);
    }

    /** 404: no such job, queue, schedule or page. */
    public static PageException notFound(String message) {
        return new PageException(404, "Not found", message);
    }

    /** 409: the job's state refuses the action. */
    public static PageException conflict(String message) {
        return new PageException(409, "Not possible now", message);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}
