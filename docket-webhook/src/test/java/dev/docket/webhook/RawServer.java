package dev.docket.webhook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A TCP server that answers every connection with the same bytes, written as given, for
 * responses an ordinary HTTP server would never produce. It reads the request head first.
 */
final class RawServer implements AutoCloseable {
    private final ServerSocket socket;
    private final byte[] response;
    private final boolean holdOpen;
    private final Thread acceptor;

    RawServer(String response, boolean holdOpen) throws IOException {
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.response = response.getBytes(StandardCharsets.ISO_8859_1);
        this.holdOpen = holdOpen;
        this.acceptor = new Thread(this::serve, "raw-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Answers with {@code response} and closes the connection. */
    static RawServer answering(String response) throws IOException {
        return new RawServer(response, false);
    }

    String url() {
        return "http://127.0.0.1:" + socket.getLocalPort() + "/raw";
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket s = socket.accept()) {
                readHead(s.getInputStream());
                OutputStream out = s.getOutputStream();
                out.write(response);
                out.flush();
                if (holdOpen) {
                    s.getInputStream().read();
                }
            } catch (IOException e) {
                if (socket.isClosed()) {
                    return;
                }
            }
        }
    }

    private static void readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            head.write(b);
            byte[] h = head.toByteArray();
            int n = h.length;
            if (n >= 4 && h[n - 4] == '\r' && h[n - 3] == '\n' && h[n - 2] == '\r' && h[n - 1] == '\n') {
                return;
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
