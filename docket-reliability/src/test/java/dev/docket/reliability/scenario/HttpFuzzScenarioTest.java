package dev.docket.reliability.scenario;

import org.junit.jupiter.api.Test;

/**
 * Scenario 11, short: the HTTP API fuzzed. The rest of scenario 11 lives elsewhere: every route's
 * auth policy in {@code docket-web}'s {@code RouteInventoryTest}, the {@code http} job type's address
 * checks in {@code docket-webhook}'s {@code DestinationMatrixTest} and {@code DnsRebindingTest}, and
 * the no-type-named-by-data rule in {@code security.NoTypeNamedByDataTest} here.
 */
class HttpFuzzScenarioTest {
    @Test
    void hostileRequestsGetNo5xxNoHangAndLeaveStoredJobsIntact() throws Exception {
        ShortRun.run(new HttpFuzzScenario());
    }
}
