package dev.docket.spring.boot.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;

/**
 * On a Spring Boot test class: the application's {@link dev.docket.Docket} bean becomes a
 * {@link dev.docket.test.DocketTestKit}'s, and the kit is a bean too, to inject into the test.
 * Nothing runs in the background: the test runs jobs with {@code kit.runDue()} or moves time with
 * {@code kit.advance(...)}, and asserts with {@code kit.assertEnqueued(...)}. The kit's store is in
 * memory, so enqueues are stored at once, even inside the application's transactions.
 *
 * <pre>{@code
 * @SpringBootTest
 * @AutoConfigureDocketTestKit
 * class SignupTest {
 *     @Autowired SignupService signup;
 *     @Autowired DocketTestKit kit;
 *
 *     @Test
 *     void sendsTheWelcomeMail() {
 *         signup.register("ada@example.com");
 *         kit.assertEnqueued("mail.welcome", "{\"email\":\"ada@example.com\"}");
 *         kit.runDue();
 *     }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Import(DocketTestKitConfiguration.class)
public @interface AutoConfigureDocketTestKit {
}
