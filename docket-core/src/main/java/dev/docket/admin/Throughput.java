package dev.docket.admin;

import java.time.Instant;

/**
 * Jobs finished in one minute.
 *
 * @param minute the start of the minute
 * @param succeeded how many succeeded
 * @param dead how many went dead
 * @param cancelled how many were cancelled
 */
public record Throughput(Instant minute, long succeeded, long dead, long cancelled) {
}
