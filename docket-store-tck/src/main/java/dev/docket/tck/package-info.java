/**
 * The conformance suite every Docket store runs: one contract test class per group of SPI verbs,
 * each case checking one statement of {@code docs/store-spi.md} against a fresh store from the
 * module's {@link dev.docket.tck.StoreFixture}. Time is driven through the {@code now} parameters
 * from a fixed instant; the few concurrent cases wait on conditions with deadlines.
 */
package dev.docket.tck;
