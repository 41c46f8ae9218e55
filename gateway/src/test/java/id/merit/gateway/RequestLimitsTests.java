package id.merit.gateway;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.Socket;
import java.net.URL;
import java.util.Map;

import static id.merit.gateway.RawSocketHttp.exchange;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Request lines and header blocks longer than the services accept are refused by the gateway itself, with
 * problem+json, on a keep-alive connection that then carries the client's next request. (Vert.x' codec answers such
 * requests with a bare 414/431 and closes the connection without a {@code Connection: close}: the next request a
 * keep-alive client wrote into it got no answer at all, as the end-to-end sweep saw.) Raw sockets, so that every
 * request is known to go on the same connection.
 */
@QuarkusTest
class RequestLimitsTests {
    @TestHTTPResource("/")
    URL gateway;

    @Test
    void aTooLongRequestLineIs414ProblemAndTheConnectionCarriesTheNextRequest() throws Exception {
        String token = FakeIdentityProvider.token("limits-line", "hr-admin");
        try (Socket socket = new Socket("127.0.0.1", gateway.getPort())) {
            String key = "/api/v1/test-edge/count-body/line-" + System.nanoTime();
            RawSocketHttp.Answer refused = exchange(socket, "POST", key + "?q=" + "x".repeat(5_000), token, "{}", Map.of());
            assertEquals(414, refused.status(), refused.toString());
            assertEquals("application/problem+json", refused.headers().get("content-type"));
            assertEquals("https://merit.id/problems/uri-too-long", refused.json().getString("type"));
            assertTrue(refused.json().getString("instance").length() < 300, "the refused path is not echoed whole");
            assertNull(refused.headers().get("connection"), "the connection stays open for the next request");
            assertFalse(FakeUpstream.BODY_BYTES.containsKey(key), "nothing of a refused request goes upstream");

            RawSocketHttp.Answer next = exchange(socket, "POST", key, token, "{}", Map.of());
            assertEquals(200, next.status(), next.toString());
            assertEquals(2, FakeUpstream.BODY_BYTES.get(key).get(), "the next request and its body reach the upstream");

            // Just inside the limit (request line 4 096 bytes) goes through.
            String target = key + "?q=";
            String longest = target + "y".repeat(4096 - "POST ".length() - " HTTP/1.1".length() - target.length());
            RawSocketHttp.Answer passed = exchange(socket, "POST", longest, token, "[]", Map.of());
            assertEquals(200, passed.status(), passed.toString());
            assertEquals(longest, passed.json().getString("uri"));
        }
    }

    @Test
    void tooLargeHeadersAre431ProblemAndTheConnectionCarriesTheNextRequest() throws Exception {
        String token = FakeIdentityProvider.token("limits-headers", "hr-admin");
        try (Socket socket = new Socket("127.0.0.1", gateway.getPort())) {
            RawSocketHttp.Answer refused = exchange(socket, "PUT", "/api/v1/units/3", token, "{\"a\":",
                    Map.of("X-Padding", "p".repeat(17_000), "Origin", "https://merit.example"));
            assertEquals(431, refused.status(), refused.toString());
            assertEquals("https://merit.example", refused.headers().get("access-control-allow-origin"),
                    "a browser may read the refusal");
            assertEquals("https://merit.id/problems/header-fields-too-large", refused.json().getString("type"));
            assertTrue(refused.headers().containsKey("x-request-id"), "refusals carry a request id like every answer");

            RawSocketHttp.Answer next = exchange(socket, "PUT", "/api/v1/units/3", token, "{}", Map.of("X-Padding", "p".repeat(15_000)));
            assertEquals(200, next.status(), next.toString());
            assertEquals(15_000, next.json().getJsonObject("headers").getString("x-padding").length());
        }
    }
}
