/**
 * The JSON API under {@code /api/v1}: enqueue, look at and steer jobs and queues, and the
 * external-worker protocol (fetch under a lease, then complete, fail or heartbeat, fenced by the
 * attempt). Each class registers one group of routes; request bodies are read strictly by
 * {@link dev.docket.web.json.JsonFields}.
 */
package dev.docket.web.api;
