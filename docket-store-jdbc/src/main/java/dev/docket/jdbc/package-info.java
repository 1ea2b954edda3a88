/**
 * Support shared by Docket's SQL stores: versioned migrations kept as SQL resources, and small
 * JDBC helpers. Dialect differences stay in each store.
 */
package dev.docket.jdbc;
