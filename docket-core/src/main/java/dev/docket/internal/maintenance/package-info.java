/**
 * Maintenance, done by one process at a time (the leader of {@code maintenance}): one small class
 * per duty. Each duty can be run by hand ({@code runOnce}) so tests tick it instead of waiting.
 */
package dev.docket.internal.maintenance;
