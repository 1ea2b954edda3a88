package dev.docket.server;

import dev.docket.DocketBuilder;
import dev.docket.webhook.HttpJobOptions;
import dev.docket.webhook.HttpJobs;

/**
 * The job types every server registers, whatever its flags: {@code http} (webhook delivery), whose
 * destinations on loopback, private, link-local and metadata addresses are refused unless the
 * server runs with {@code --allow-private-http}.
 */
final class BuiltInTypes {
    private BuiltInTypes() {
    }

    static void register(DocketBuilder builder, boolean allowPrivateHttp) {
        HttpJobs.register(builder, new HttpJobOptions().allowPrivateDestinations(allowPrivateHttp));
    }
}
