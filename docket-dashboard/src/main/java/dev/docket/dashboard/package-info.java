/**
 * Docket's dashboard: {@link dev.docket.dashboard.DocketDashboard}, a module of the framework-neutral
 * web layer ({@code dev.docket.web}) that serves server-rendered pages over the admin model, and the
 * routing that gives every page and action its auth policy, CSRF and origin checks, and security
 * headers.
 */
package dev.docket.dashboard;
