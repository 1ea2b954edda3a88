/**
 * Spring Boot auto-configuration for Docket: {@link dev.docket.spring.boot.DocketAutoConfiguration}
 * (store, Docket bean, lifecycle), {@link dev.docket.spring.boot.DocketMetricsAutoConfiguration},
 * {@link dev.docket.spring.boot.DocketObservationAutoConfiguration} and
 * {@link dev.docket.spring.boot.DocketHealthAutoConfiguration}, configured by
 * {@link dev.docket.spring.boot.DocketProperties} ({@code docket.*}).
 */
package dev.docket.spring.boot;
