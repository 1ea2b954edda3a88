/** The store a run uses: emptying it first, and reading its settings and commit counter beside it. */
package dev.docket.bench.store;
