package dev.docket.webhook;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads one HTTP/1.x response: skips interim (1xx) responses, reads the status line and headers
 * within fixed bounds, then the body through {@link BodyReader}. Anything that is not HTTP as
 * expected is a {@link MalformedResponseException}.
 */
final class ResponseReader {
    static final int MAX_LINE = 8192;
    static final int MAX_HEADERS = 100;
    static final int MAX_HEADER_BYTES = 64 * 1024;
    private static final int MAX_INTERIM = 10;

    private final HttpInput in;
    private final long maxRead;
    private final int kept;

    ResponseReader(HttpInput in, long maxRead, int kept) {
        this.in = in;
        this.maxRead = maxRead;
        this.kept = kept;
    }

    /** The response to a request with {@code method}. */
    HttpReply read(String method) throws IOException {
        for (int interim = 0; interim <= MAX_INTERIM; interim++) {
            int status = statusLine();
            List<Map.Entry<String, String>> headers = headers();
            if (status == 101) {
                throw new MalformedResponseException("the server switched protocols (101) though no upgrade was asked for");
            }
            if (status >= 200) {
                return withBody(method, status, headers);
            }
        }
        throw new MalformedResponseException("more than " + MAX_INTERIM + " interim (1xx) responses");
    }

    private HttpReply withBody(String method, int status, List<Map.Entry<String, String>> headers) throws IOException {
        HttpReply head = new HttpReply(status, headers, new byte[0], false);
        if (method.equals("HEAD") || status == 204 || status == 304) {
            return head;
        }
        BodyReader body = new BodyReader(in, maxRead, kept);
        String transferEncoding = head.header("Transfer-Encoding");
        BodyReader.Body read;
        if (transferEncoding != null) {
            String[] codings = transferEncoding.split(",");
            boolean chunked = codings[codings.length - 1].trim().equalsIgnoreCase("chunked");
            read = body.read(chunked ? BodyReader.Framing.CHUNKED : BodyReader.Framing.UNTIL_CLOSE, 0);
        } else {
            String length = head.header("Content-Length");
            read = length == null
                    ? body.read(BodyReader.Framing.UNTIL_CLOSE, 0)
                    : body.read(BodyReader.Framing.LENGTH, contentLength(length));
        }
        return new HttpReply(status, headers, read.bytes(), read.truncated());
    }

    private int statusLine() throws IOException {
        String line = in.readLine(MAX_LINE, "status line");
        if (line == null) {
            throw new MalformedResponseException("the connection closed without a response");
        }
        if (!line.matches("HTTP/1\\.[0-9] [0-9]{3}( .*)?")) {
            throw new MalformedResponseException("not an HTTP/1.x status line: '" + abbreviate(line) + "'");
        }
        int status = Integer.parseInt(line.substring(9, 12));
        if (status < 100 || status > 599) {
            throw new MalformedResponseException("status " + status + " is out of range 100-599");
        }
        return status;
    }

    private List<Map.Entry<String, String>> headers() throws IOException {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        int bytes = 0;
        while (true) {
            String line = in.readLine(MAX_LINE, "header line");
            if (line == null) {
                throw new MalformedResponseException("the connection closed in the middle of the headers");
            }
            if (line.isEmpty()) {
                return headers;
            }
            bytes += line.length() + 2;
            if (headers.size() == MAX_HEADERS || bytes > MAX_HEADER_BYTES) {
                throw new MalformedResponseException("more than " + MAX_HEADERS + " header fields or "
                        + MAX_HEADER_BYTES + " bytes of headers");
            }
            headers.add(header(line));
        }
    }

    private static Map.Entry<String, String> header(String line) throws MalformedResponseException {
        int colon = line.indexOf(':');
        if (colon <= 0) {
            throw new MalformedResponseException("invalid header line '" + abbreviate(line) + "'");
        }
        String name = line.substring(0, colon);
        for (int i = 0; i < name.length(); i++) {
            if (!HeaderRules.isTokenChar(name.charAt(i))) {
                throw new MalformedResponseException("invalid header name '" + abbreviate(name) + "'");
            }
        }
        return Map.entry(name, line.substring(colon + 1).strip());
    }

    private static long contentLength(String value) throws MalformedResponseException {
        String first = null;
        for (String part : value.split(",")) {
            String v = part.trim();
            if (!v.matches("[0-9]{1,18}") || (first != null && !first.equals(v))) {
                throw new MalformedResponseException("invalid Content-Length '" + abbreviate(value) + "'");
            }
            first = v;
        }
        return Long.parseLong(first);
    }

    private static String abbreviate(String s) {
        return s.length() <= 100 ? s : s.substring(0, 100) + "…";
    }
}
