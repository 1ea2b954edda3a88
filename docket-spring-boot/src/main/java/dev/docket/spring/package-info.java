/**
 * Docket for Spring applications: {@link dev.docket.spring.DocketJob} turns a bean method into a job
 * handler, {@link dev.docket.spring.Recurring} schedules it, {@link dev.docket.spring.DocketJobHandler}
 * beans are handlers too, and {@link dev.docket.spring.DocketCustomizer} beans adjust the builder.
 * The auto-configuration in {@code dev.docket.spring.boot} wires them; see {@code docs/spring-boot.md}.
 */
package dev.docket.spring;
