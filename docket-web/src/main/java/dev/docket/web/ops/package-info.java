/**
 * Operating the server: {@code /health} (whether the store answers, checked with a short timeout),
 * {@code /metrics} (Prometheus text, written without a metrics library) and the OpenAPI document.
 */
package dev.docket.web.ops;
