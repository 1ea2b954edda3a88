/** Databases for the battery: a schema on the test PostgreSQL, or a private PostgreSQL that can be restarted. */
package dev.docket.reliability.db;
