package dev.docket.admin;

/**
 * Whether the store answers.
 *
 * @param up true when it does
 * @param store which store (safe to show)
 * @param detail why not, when it does not
 */
public record Health(boolean up, String store, String detail) {
}
