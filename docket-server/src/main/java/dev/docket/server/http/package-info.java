/**
 * The JDK's built-in HTTP server ({@code com.sun.net.httpserver}) carrying
 * {@link dev.docket.web.DocketWeb}: bounded request bodies, header and time limits, virtual
 * threads on JDK 21+ and a bounded pool on 17, and a graceful stop.
 */
package dev.docket.server.http;
