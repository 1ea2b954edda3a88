/** The admin model and the external-worker protocol, on top of the store SPI. */
package dev.docket.internal.admin;
