/**
 * The built-in {@code http} job type: delivers one HTTP request (a webhook) per job, with retries
 * on transient failures and destination checks that cannot be bypassed.
 *
 * <p>Register it with {@link dev.docket.webhook.HttpJobs#register}. Each attempt resolves the
 * target host, checks every resolved address against the {@link dev.docket.webhook.AddressPolicy}
 * (loopback, private, link-local, metadata and similar addresses are refused unless
 * {@link dev.docket.webhook.HttpJobOptions#allowPrivateDestinations(boolean)} is set), and then
 * connects to exactly an address it checked, so a DNS answer that changes between the check and
 * the connection cannot redirect the request. Redirects are never followed.
 *
 * <p>The client is a small HTTP/1.1 implementation over a plain socket (TLS layered on it for
 * {@code https}), because {@code java.net.http.HttpClient} resolves host names itself and cannot
 * be pinned to a checked address. See {@code docs/webhooks.md} for arguments and outcomes.
 */
package dev.docket.webhook;
