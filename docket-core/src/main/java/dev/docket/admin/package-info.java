/**
 * The read and operator model: what the HTTP API, the dashboard, the CLI and framework
 * integrations use to look at and steer jobs, and the protocol for workers outside the process.
 * Nothing here exposes the runtime's internals or a store's classes.
 */
package dev.docket.admin;
