package dev.docket.dashboard.pages;

/** The pages in the navigation bar, in order. */
public enum Nav {
    OVERVIEW("Overview", "/"),
    QUEUES("Queues", "/queues"),
    JOBS("Jobs", "/jobs"),
    SCHEDULED("Scheduled", "/scheduled"),
    DEAD("Dead", "/dead"),
    SCHEDULES("Schedules", "/schedules"),
    PROCESSES("Processes", "/processes"),
    /** No entry is current (sign-in and error pages). */
    NONE("", "");

    private final String label;
    private final String path;

    Nav(String label, String path) {
        this.label = label;
        this.path = path;
    }

    public String label() {
        return label;
    }

    /** The path under the dashboard's base. */
    public String path() {
        return path;
    }
}
