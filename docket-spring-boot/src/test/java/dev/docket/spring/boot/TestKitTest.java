package dev.docket.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.docket.Docket;
import dev.docket.spring.boot.test.AutoConfigureDocketTestKit;
import dev.docket.test.DocketTestKit;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Configuration;

/** {@code @AutoConfigureDocketTestKit} swaps in the kit's Docket with the application's jobs. */
class TestKitTest {
    @Configuration(proxyBeanMethods = false)
    @AutoConfigureDocketTestKit
    static class WithKit {
    }

    @Test
    void theKitRunsTheApplicationsJobsOnDemand() {
        Fixtures.runner().withUserConfiguration(WithKit.class, Fixtures.GreeterConfig.class).run(context -> {
            assertThat(context).hasSingleBean(DocketTestKit.class).doesNotHaveBean(DocketStore.class)
                    .doesNotHaveBean(DocketLifecycle.class);
            DocketTestKit kit = context.getBean(DocketTestKit.class);
            Docket docket = context.getBean(Docket.class);
            docket.enqueue(new Fixtures.Greeting("Grace"));
            kit.assertEnqueued("test.greet", "{\"name\":\"Grace\"}");
            assertThat(context.getBean(Fixtures.Greeter.class).greeted).as("nothing runs by itself").isEmpty();

            assertThat(kit.runDue()).isEqualTo(1);
            assertThat(context.getBean(Fixtures.Greeter.class).greeted).containsExactly("Grace@1");
        });
    }

    @Test
    void schedulesFireWhenTheKitsClockMoves() {
        Fixtures.runner().withUserConfiguration(WithKit.class, Fixtures.GreeterConfig.class).run(context -> {
            DocketTestKit kit = context.getBean(DocketTestKit.class);
            context.getBean(Docket.class).admin();
            kit.advance(Duration.ofDays(1));
            assertThat(context.getBean(Fixtures.Greeter.class).greeted).containsExactly("tidy");
        });
    }
}
