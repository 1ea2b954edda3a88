/**
 * Browser tests: the dashboard served by a real HTTP server and driven by headless Chromium.
 * Tagged {@code browser}; skip them with {@code -DexcludedGroups=browser}.
 */
package dev.docket.dashboard.browser;
