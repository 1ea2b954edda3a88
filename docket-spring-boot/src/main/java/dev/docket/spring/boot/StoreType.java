package dev.docket.spring.boot;

/** Which store Docket uses in a Spring application ({@code docket.store.type}). */
public enum StoreType {
    /** The application's DataSource (PostgreSQL or SQLite), or a PostgreSQL URL of its own. */
    JDBC,
    /** A SQLite file: the application's, when its DataSource is SQLite, else one of Docket's own. */
    SQLITE,
    /** In memory, lost when the application stops: tests and demos. */
    MEMORY
}
