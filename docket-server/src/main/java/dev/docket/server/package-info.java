/**
 * The standalone Docket server: a Docket on one store, its HTTP API on the JDK's HTTP server, the
 * demo job types, and the command line ({@code bin/docket}) that starts it or talks to it.
 */
package dev.docket.server;
