/**
 * What the dashboard's buttons do: each action is a POST that the routing layer has checked
 * (session, origin, CSRF token), goes through the admin model, and answers 303 See Other.
 */
package dev.docket.dashboard.actions;
