package dev.docket.webhook;

import dev.docket.JacksonJsonCodec;
import dev.docket.JobContext;
import dev.docket.JobFunction;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;

/**
 * Runs one attempt of an {@code http} job: read the arguments, resolve and check the destination,
 * send the request to a checked address while a {@link SocketWatch} enforces the timeout and
 * cancellation, and turn the response into a result or an error.
 */
final class HttpDeliveryHandler implements JobFunction<Map<String, Object>, Map<String, Object>> {
    private final HttpArguments arguments;
    private final DestinationGuard guard;
    private final PinnedHttpClient client;

    HttpDeliveryHandler(HttpJobOptions options) {
        this.arguments = new HttpArguments(options.json() != null ? options.json() : JacksonJsonCodec.create(),
                options.userAgent(), options.defaultTimeout(), options.maxTimeout());
        this.guard = new DestinationGuard(options.resolver(), options.allowPrivateDestinations());
        this.client = new PinnedHttpClient(options.sslContext() == null ? null : options.sslContext().getSocketFactory(),
                options.maxResponseBytes(), options.keptBodyBytes());
    }

    @Override
    public Map<String, Object> handle(Map<String, Object> args, JobContext context) throws Exception {
        HttpRequestSpec request = arguments.read(args);
        context.checkCancelled();
        long deadline = System.nanoTime() + request.timeout().toNanos();
        List<InetAddress> addresses = guard.check(request.url());
        Thread runner = Thread.currentThread();
        try (SocketWatch watch = SocketWatch.start(() -> context.isCancelled() || runner.isInterrupted(), deadline)) {
            HttpReply reply = client.send(request, addresses, watch);
            return ReplyOutcome.of(request, reply);
        }
    }
}
