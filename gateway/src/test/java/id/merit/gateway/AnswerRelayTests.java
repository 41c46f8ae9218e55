package id.merit.gateway;

import id.merit.gateway.proxy.UpstreamProxy;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.Socket;
import java.net.URL;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How an upstream's answer reaches the client: a small one (up to 16 KiB declared) is read whole and sent in one
 * write, anything larger is streamed. Either way the client gets exactly what the upstream said, and an answer the
 * upstream did not finish never looks complete.
 */
@QuarkusTest
class AnswerRelayTests {
    private static final int WHOLE = (int) UpstreamProxy.WHOLE_ANSWER_LIMIT;

    @TestHTTPResource("/")
    URL gateway;

    @Test
    void answersOnBothSidesOfTheWholeAnswerLimitArriveIntactOnOneConnection() throws Exception {
        String token = FakeIdentityProvider.token("relay-sizes", "hr-admin");
        try (Socket socket = new Socket("127.0.0.1", gateway.getPort())) {
            for (int size : new int[]{0, 1, WHOLE, WHOLE + 1, 300_000}) {
                assertWhole(size, get(socket, token, "size=" + size));
            }
        }
    }

    @Test
    void aHeadAnswerKeepsTheUpstreamsContentLengthAndLeavesTheConnectionInStep() throws Exception {
        String token = FakeIdentityProvider.token("relay-head", "hr-admin");
        try (Socket socket = new Socket("127.0.0.1", gateway.getPort())) {
            for (int size : new int[]{100, 300_000}) {
                RawSocketHttp.writeHead(socket, "HEAD", "/api/v1/test-edge/answer/x?size=" + size, token, 0, Map.of());
                RawSocketHttp.Answer head = RawSocketHttp.read(socket, "HEAD");
                assertEquals(200, head.status());
                assertEquals(Integer.toString(size), head.headers().get("content-length"), "what a GET would get");
            }
            // No stray body bytes on the connection: the next answer is read from its first byte.
            assertWhole(5, get(socket, token, "size=5"));
        }
    }

    @Test
    void aSmallAnswerCutShortIsA502ProblemAndTheConnectionCarriesTheNextRequest() throws Exception {
        String token = FakeIdentityProvider.token("relay-cut-small", "hr-admin");
        try (Socket socket = new Socket("127.0.0.1", gateway.getPort())) {
            RawSocketHttp.Answer cut = get(socket, token, "size=1000&send=400");
            assertEquals(502, cut.status(), cut.toString());
            assertEquals("application/problem+json", cut.headers().get("content-type"));
            assertTrue(cut.json().getString("detail").contains("before its answer was complete"), cut.body());
            assertWhole(3, get(socket, token, "size=3"));
        }
    }

    @Test
    void aLargeAnswerCutShortEndsTheConnectionBeforeItsDeclaredLength() throws Exception {
        // Its head went out with the first bytes: all the gateway can still do is not let it look complete.
        String token = FakeIdentityProvider.token("relay-cut-large", "hr-admin");
        try (Socket socket = new Socket("127.0.0.1", gateway.getPort())) {
            RawSocketHttp.Answer cut = get(socket, token, "size=300000&send=100000");
            assertEquals(200, cut.status());
            assertEquals("300000", cut.headers().get("content-length"));
            assertTrue(cut.body().length() >= 1 && cut.body().length() < 300_000, "got " + cut.body().length() + " bytes");
            assertEquals(-1, socket.getInputStream().read(), "the connection is closed, not left waiting");
        }
    }

    private static RawSocketHttp.Answer get(Socket socket, String token, String query) throws Exception {
        return RawSocketHttp.exchange(socket, "GET", "/api/v1/test-edge/answer/x?" + query, token, "", Map.of());
    }

    private static void assertWhole(int size, RawSocketHttp.Answer answer) {
        assertEquals(200, answer.status(), "size " + size);
        assertEquals(Integer.toString(size), answer.headers().get("content-length"), "size " + size);
        assertEquals("x".repeat(size), answer.body(), "size " + size);
    }
}
