package id.merit.gateway;

import io.vertx.core.json.JsonObject;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * HTTP/1.1 by hand on one socket, for tests that must know every request goes on the same connection or must see
 * interim (1xx) answers: the head and the body are separate writes, as JDK clients send them.
 */
final class RawSocketHttp {
    private RawSocketHttp() {
    }

    record Answer(int status, Map<String, String> headers, String body) {
        JsonObject json() {
            return new JsonObject(body);
        }
    }

    /** Writes a request head with a JSON body's Content-Length (and the given extra headers), not the body. */
    static void writeHead(Socket socket, String method, String target, String token, int contentLength,
                          Map<String, String> headers) throws IOException {
        StringBuilder head = new StringBuilder().append(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1\r\nAuthorization: Bearer ").append(token).append("\r\n")
                .append("Content-Type: application/json\r\nContent-Length: ").append(contentLength).append("\r\n");
        headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
        OutputStream out = socket.getOutputStream();
        out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    static void writeBody(Socket socket, String body) throws IOException {
        socket.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
        socket.getOutputStream().flush();
    }

    /** One request with a body on the socket, and its whole (Content-Length framed) answer. */
    static Answer exchange(Socket socket, String method, String target, String token, String body,
                           Map<String, String> headers) throws IOException {
        writeHead(socket, method, target, token, body.length(), headers);
        writeBody(socket, body);
        return read(socket);
    }

    /** The next answer on the socket, interim ones (1xx) included. */
    static Answer read(Socket socket) throws IOException {
        return read(socket, "GET");
    }

    /**
     * The next answer to a request of this method: an answer to HEAD has no body whatever its Content-Length says.
     * A body cut short by a closed connection is returned as far as it came.
     */
    static Answer read(Socket socket, String method) throws IOException {
        socket.setSoTimeout(10_000);
        InputStream in = socket.getInputStream();
        String statusLine = line(in);
        if (statusLine.isEmpty()) {
            throw new IOException("connection closed without an answer");
        }
        Map<String, String> headers = new TreeMap<>();
        for (String l = line(in); !l.isEmpty(); l = line(in)) {
            int colon = l.indexOf(':');
            headers.put(l.substring(0, colon).trim().toLowerCase(Locale.ROOT), l.substring(colon + 1).trim());
        }
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        byte[] content = status < 200 || method.equals("HEAD") ? new byte[0] : in.readNBytes(Integer.parseInt(headers.getOrDefault("content-length", "0")));
        return new Answer(status, headers, new String(content, StandardCharsets.UTF_8));
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }
}
