/**
 * The dashboard's security: server-side sessions behind an {@code HttpOnly; SameSite=Strict} cookie,
 * CSRF tokens (per session, or signed double submit), the same-origin check, sign-in throttling,
 * and the headers every answer carries. {@code docs/dashboard.md} describes the model.
 */
package dev.docket.dashboard.security;
