/**
 * The request model of the dashboard's pages and actions: the page context, submitted forms, and
 * the refusals that become error pages.
 */
package dev.docket.dashboard.http;
