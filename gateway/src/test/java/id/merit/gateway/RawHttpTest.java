package id.merit.gateway;

import io.quarkus.test.common.http.TestHTTPResource;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.net.URL;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** For tests that need to control a request byte by byte (streamed bodies): a raw Vert.x client per test. */
abstract class RawHttpTest {
    @TestHTTPResource("/")
    URL gateway;

    Vertx vertx;
    HttpClient client;

    @BeforeEach
    void openClient() {
        vertx = Vertx.vertx();
        client = vertx.createHttpClient();
    }

    @AfterEach
    void closeClient() {
        vertx.close();
    }

    /** A POST of an octet stream with a valid token; the caller decides on the length and writes the body. */
    HttpClientRequest upload(String path) throws Exception {
        return await(client.request(HttpMethod.POST, gateway.getPort(), "127.0.0.1", path))
                .putHeader("Authorization", "Bearer " + FakeIdentityProvider.token("uploader", "hr-admin"))
                .putHeader("Content-Type", "application/octet-stream");
    }

    record Answer(int status, Buffer body) {
    }

    /** Reads the answer on the event loop as it arrives; attaching a handler later could miss its body. */
    static CompletableFuture<Answer> answerOf(HttpClientRequest request) {
        return request.response().compose(r -> r.body().map(body -> new Answer(r.statusCode(), body)))
                .toCompletionStage().toCompletableFuture();
    }

    static <T> T await(Future<T> f) throws Exception {
        return f.toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
    }
}
