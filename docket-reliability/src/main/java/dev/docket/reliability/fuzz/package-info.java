/**
 * Fuzzing the HTTP API from its OpenAPI document: schema-derived and mutated bodies, random bodies,
 * wrong methods, huge and deeply nested JSON, malformed text, bad ids and query parameters, sent
 * concurrently, with every 5xx and every hang recorded.
 */
package dev.docket.reliability.fuzz;
