/**
 * Docket's HTTP surface without an HTTP server: a small request and response model, a router whose
 * every route declares who may call it, and the assembled {@link dev.docket.web.DocketWeb} (the JSON
 * API under {@code /api/v1}, {@code /health}, {@code /metrics}). Adapters mount it in the JDK's
 * built-in server, a servlet container or a framework; none of them needs to know a route.
 */
package dev.docket.web;
