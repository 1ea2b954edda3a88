package dev.docket.spring;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a bean method the handler of a job type:
 *
 * <pre>{@code
 * @Component
 * class Mailer {
 *     @DocketJob(value = "mail.welcome", queue = "mail", maxAttempts = 5)
 *     void sendWelcome(WelcomeMail args, JobContext context) { ... }
 * }
 * }</pre>
 *
 * <p>The method takes the job's arguments (a record or class the JSON codec reads; none for jobs
 * without arguments) and optionally a {@link dev.docket.JobContext}, in any order. What it returns
 * is stored as the job's result; throwing fails the attempt, which is retried per the job's policy.
 * Methods are found on every bean when Docket starts and invoked on the bean itself (through its
 * proxies, so {@code @Transactional} on the method applies). The argument class is registered for
 * the type, so {@code docket.enqueue(new WelcomeMail(...))} finds it.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface DocketJob {
    /** The job type name, stable across deployments (e.g. {@code mail.welcome}). */
    String value();

    /** The queue jobs of this type go to unless the enqueue says otherwise (default: {@code default}). */
    String queue() default "";

    /** The most attempts for jobs of this type; 0 means Docket's default. */
    int maxAttempts() default 0;

    /** How long one attempt may run, e.g. {@code 10m} or {@code PT10M}; empty means no timeout. */
    String timeout() default "";
}
