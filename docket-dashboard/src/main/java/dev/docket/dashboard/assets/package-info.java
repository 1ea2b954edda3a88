/**
 * The dashboard's static files: vendored htmx and uPlot with their licences, and its own small
 * script and style sheet, served with content-hashed URLs.
 */
package dev.docket.dashboard.assets;
