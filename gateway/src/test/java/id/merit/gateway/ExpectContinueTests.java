package id.merit.gateway;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.Socket;
import java.net.URL;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * {@code Expect: 100-continue} (curl sends it for large uploads, then waits a second for the go-ahead): the gateway
 * answers it itself once the request has passed everything it checks — token, rate limit, declared size, breaker —
 * and never relays it; a request it refuses gets its final answer instead, and the client keeps its body.
 */
@QuarkusTest
class ExpectContinueTests {
    private static final Map<String, String> EXPECT = Map.of("Expect", "100-continue");

    @TestHTTPResource("/")
    URL gateway;

    @Test
    void anAcceptedRequestGets100ContinueFromTheGatewayAndTheBodyGoesThrough() throws Exception {
        String token = FakeIdentityProvider.token("expect-ok", "hr-admin");
        String key = "/api/v1/test-edge/count-body/expect-" + System.nanoTime();
        try (Socket socket = new Socket("127.0.0.1", gateway.getPort())) {
            RawSocketHttp.writeHead(socket, "POST", key, token, 10, EXPECT);
            assertEquals(100, RawSocketHttp.read(socket).status(), "the go-ahead comes before any body is sent");
            RawSocketHttp.writeBody(socket, "[1,2,3,45]");
            RawSocketHttp.Answer answer = RawSocketHttp.read(socket);
            assertEquals(200, answer.status(), answer.toString());
            assertEquals(10, FakeUpstream.BODY_BYTES.get(key).get());
            assertNull(answer.json().getJsonObject("headers").getString("expect"), "Expect is this hop's business only");

            // The connection carries the next request as usual.
            RawSocketHttp.Answer next = RawSocketHttp.exchange(socket, "POST", key, token, "{}", Map.of());
            assertEquals(200, next.status(), next.toString());
            assertEquals(12, FakeUpstream.BODY_BYTES.get(key).get());
        }
    }

    @Test
    void aDeclaredBodyOverTheRouteLimitIs413WithoutTheGoAhead() throws Exception {
        String token = FakeIdentityProvider.token("expect-big", "hr-admin");
        String key = "/api/v1/test-edge/count-body/expect-big-" + System.nanoTime();
        try (Socket socket = new Socket("127.0.0.1", gateway.getPort())) {
            RawSocketHttp.writeHead(socket, "POST", key, token, 2 * 1024 * 1024, EXPECT);
            RawSocketHttp.Answer answer = RawSocketHttp.read(socket);
            assertEquals(413, answer.status(), answer.toString());
            assertEquals("https://merit.id/problems/payload-too-large", answer.json().getString("type"));
            assertFalse(FakeUpstream.BODY_BYTES.containsKey(key));
        }
    }

    @Test
    void aRequestWithoutAValidTokenIs401WithoutTheGoAhead() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", gateway.getPort())) {
            RawSocketHttp.writeHead(socket, "POST", "/api/v1/test-edge/count-body/expect-anon", "not-a-token", 10, EXPECT);
            RawSocketHttp.Answer answer = RawSocketHttp.read(socket);
            assertEquals(401, answer.status(), answer.toString());
            assertEquals("application/problem+json", answer.headers().get("content-type"));
        }
    }
}
