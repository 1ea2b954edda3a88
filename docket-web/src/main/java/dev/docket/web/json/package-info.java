/**
 * JSON for the API: strict parsing into trees with errors that name the field, and the job object
 * written in the contract's field order.
 */
package dev.docket.web.json;
