package dev.docket.server;

import dev.docket.DocketBuilder;

/** The job types every server registers, whatever its flags. */
final class BuiltInTypes {
    private BuiltInTypes() {
    }

    static void register(DocketBuilder builder, boolean allowPrivateHttp) {
        // ---------------------------------------------------------------------------------------
        // Built-in "http" job type (webhooks), from the docket-webhook module. When that module is
        // on the class path, register it here:
        //
        //     dev.docket.webhook.HttpJobs.register(builder, allowPrivateHttp);
        //
        // --allow-private-http is already parsed and passed in for it.
        // ---------------------------------------------------------------------------------------
    }
}
