package dev.docket.webhook;

import dev.docket.JobCancelledException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * A minimal HTTP/1.1 client that connects only to addresses it is given, which the caller has
 * already checked. It never resolves a name, so what was checked is what is reached. For
 * {@code https} it layers TLS on the connected socket with SNI set to the URL's host name and
 * endpoint identification {@code HTTPS}, so the certificate is checked against the host name, not
 * the address. One request per connection ({@code Connection: close}); redirects are returned, not
 * followed.
 */
final class PinnedHttpClient {
    private final SSLSocketFactory tls;
    private final long maxRead;
    private final int kept;

    /** {@code tls} null means the JVM's default TLS settings and trust store. */
    PinnedHttpClient(SSLSocketFactory tls, long maxRead, int kept) {
        this.tls = tls;
        this.maxRead = maxRead;
        this.kept = kept;
    }

    /**
     * Sends {@code request} to the first of {@code addresses} that accepts a connection.
     *
     * @throws HttpDeliveryException when no usable response arrived (retry later)
     * @throws JobCancelledException when {@code watch} saw the job cancelled
     */
    HttpReply send(HttpRequestSpec request, List<InetAddress> addresses, SocketWatch watch)
            throws HttpDeliveryException {
        Socket raw = connect(request, addresses, watch);
        String doing = request.url().tls() ? "negotiating TLS with" : "sending the request to";
        try {
            Socket connection = request.url().tls() ? handshake(raw, request.url()) : raw;
            doing = "sending the request to";
            RequestWriter.write(request, connection.getOutputStream());
            doing = "reading the response from";
            HttpInput in = new HttpInput(connection.getInputStream());
            return new ResponseReader(in, maxRead, kept).read(request.method());
        } catch (IOException e) {
            throw failure(request, doing + " " + raw.getInetAddress().getHostAddress(), e, watch);
        } finally {
            closeQuietly(raw);
        }
    }

    private Socket connect(HttpRequestSpec request, List<InetAddress> addresses, SocketWatch watch)
            throws HttpDeliveryException {
        IOException last = null;
        InetAddress lastAddress = addresses.get(0);
        for (InetAddress address : addresses) {
            int remainingMs = (int) Math.min(Integer.MAX_VALUE, TimeUnit.NANOSECONDS.toMillis(watch.remainingNanos()));
            if (remainingMs <= 0) {
                break;
            }
            Socket socket = new Socket();
            watch.attach(socket);
            lastAddress = address;
            try {
                socket.setSoTimeout(remainingMs);
                socket.setTcpNoDelay(true);
                socket.connect(new InetSocketAddress(address, request.url().port()), remainingMs);
                return socket;
            } catch (IOException e) {
                closeQuietly(socket);
                last = e;
                if (watch.trip() != SocketWatch.Trip.NONE || Thread.currentThread().isInterrupted()) {
                    break;
                }
            }
        }
        String where = "connecting to " + lastAddress.getHostAddress() + " port " + request.url().port();
        throw failure(request, where, last != null ? last : new SocketTimeoutException("no time left"), watch);
    }

    private Socket handshake(Socket raw, TargetUrl url) throws IOException {
        String host = url.host().endsWith(".") ? url.host().substring(0, url.host().length() - 1) : url.host();
        SSLSocketFactory factory = tls != null ? tls : (SSLSocketFactory) SSLSocketFactory.getDefault();
        SSLSocket ssl = (SSLSocket) factory.createSocket(raw, host, url.port(), true);
        SSLParameters parameters = ssl.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        if (url.literal() == null) {
            try {
                parameters.setServerNames(List.of(new SNIHostName(host)));
            } catch (IllegalArgumentException e) {
                // not a name SNI can carry (e.g. with '_'); the certificate check still applies
            }
        }
        ssl.setSSLParameters(parameters);
        ssl.startHandshake();
        return ssl;
    }

    private static HttpDeliveryException failure(HttpRequestSpec request, String doing, IOException e, SocketWatch watch) {
        String target = request.method() + " " + request.url().display();
        if (watch.trip() == SocketWatch.Trip.CANCELLED || Thread.currentThread().isInterrupted()) {
            throw new JobCancelledException("http delivery " + target + " stopped while " + doing + ": the job was cancelled");
        }
        if (watch.trip() == SocketWatch.Trip.TIMED_OUT || e instanceof SocketTimeoutException) {
            return new HttpDeliveryException("timed out after " + request.timeout().toMillis() + " ms while " + doing
                    + " (" + target + ")", e);
        }
        if (e instanceof ConnectException) {
            return new HttpDeliveryException("connection failed while " + doing + " (" + target + "): " + e.getMessage(), e);
        }
        if (e instanceof SSLException) {
            return new HttpDeliveryException("TLS failed while " + doing + " (" + target + "): " + e.getMessage(), e);
        }
        if (e instanceof MalformedResponseException) {
            return new HttpDeliveryException("malformed response (" + target + "): " + e.getMessage(), e);
        }
        return new HttpDeliveryException("I/O error while " + doing + " (" + target + "): " + e, e);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // nothing more to do with this connection
        }
    }
}
