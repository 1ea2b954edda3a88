package dev.docket.webhook;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP listener that counts every connection it accepts and closes it. A destination test that
 * must prove nothing reached an address checks that the count stays zero: a connection counts even
 * if no request follows it.
 */
final class CanaryListener implements AutoCloseable {
    private final ServerSocket socket;
    private final AtomicInteger connections = new AtomicInteger();
    private final Thread acceptor;

    CanaryListener(InetAddress address, int port) throws IOException {
        socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(address, port));
        acceptor = new Thread(this::acceptLoop, "canary-" + address.getHostAddress());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    static CanaryListener onLoopback() throws IOException {
        return new CanaryListener(InetAddress.getLoopbackAddress(), 0);
    }

    int port() {
        return socket.getLocalPort();
    }

    int connections() {
        return connections.get();
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try {
                Socket s = socket.accept();
                connections.incrementAndGet();
                s.close();
            } catch (IOException e) {
                return;
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
