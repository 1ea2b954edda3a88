/**
 * Writing HTML safely: an escaping builder with no way to write raw markup, URL building that
 * encodes every name, and the formats of times, durations and JSON.
 */
package dev.docket.dashboard.html;
