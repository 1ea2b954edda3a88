package dev.docket.spi;

/**
 * A running attempt: the job and the attempt that holds its lease (the fencing token).
 *
 * @param id the job's id
 * @param attempt the attempt number
 */
public record LeaseRef(long id, int attempt) {
}
