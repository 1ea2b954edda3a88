package dev.docket.spi;

/**
 * What a store is and can do.
 *
 * @param kind a short name: {@code sqlite}, {@code postgres}, {@code memory}
 * @param description where it is, safe to log (no passwords)
 * @param durable whether an acknowledged insert survives a crash of every process
 * @param databaseClock whether leases and due times use the database's clock instead of {@code now}
 * @param transactionalInsert whether {@link InsertParams#connection()} is supported
 * @param notifications whether {@link Store#notifier()} reaches other processes
 */
public record StoreInfo(
        String kind,
        String description,
        boolean durable,
        boolean databaseClock,
        boolean transactionalInsert,
        boolean notifications) {
}
