package id.merit.gateway;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * 20 MB each way. Each side waits for the other end to have seen the first megabyte before it sends the rest:
 * a gateway that held whole bodies would never let that megabyte through, and the test would time out.
 */
@QuarkusTest
class StreamingTests {
    private static final long SIZE = 20 * FakeUpstream.MB;

    @TestHTTPResource("/")
    URL gateway;

    private Vertx vertx;
    private HttpClient client;

    @BeforeEach
    void client() {
        vertx = Vertx.vertx();
        client = vertx.createHttpClient();
    }

    @AfterEach
    void close() {
        vertx.close();
    }

    @Test
    void anUploadStreamsThroughBeforeTheClientHasSentIt() throws Exception {
        FakeUpstream.uploaded.set(0);
        FakeUpstream.firstUploadMegabyte = new CompletableFuture<>();
        HttpClientRequest request = await(client.request(HttpMethod.POST, gateway.getPort(), "127.0.0.1", "/api/v1/registry/upload"))
                .putHeader("Authorization", "Bearer " + FakeIdentityProvider.token("uploader", "hr-admin"))
                .putHeader("Content-Type", "application/octet-stream")
                .putHeader("Content-Length", Long.toString(SIZE));
        AtomicLong status = new AtomicLong();
        // Read the answer on the event loop as it arrives; attaching a handler later could miss its body.
        CompletableFuture<Buffer> answer = request.response().compose(r -> {
            status.set(r.statusCode());
            return r.body();
        }).toCompletionStage().toCompletableFuture();
        Buffer chunk = Buffer.buffer(new byte[64 * 1024]);
        long sent = 0;
        while (sent < FakeUpstream.MB) {
            await(request.write(chunk));
            sent += chunk.length();
        }
        FakeUpstream.firstUploadMegabyte.get(20, TimeUnit.SECONDS);
        while (sent < SIZE) {
            await(request.write(chunk));
            sent += chunk.length();
        }
        request.end();
        Buffer body = answer.get(60, TimeUnit.SECONDS);
        assertEquals(200, status.get());
        assertEquals(SIZE, new JsonObject(body).getLong("received"));
    }

    @Test
    void aDownloadStreamsThroughBeforeTheUpstreamHasSentIt() throws Exception {
        FakeUpstream.downloadMayContinue = new CompletableFuture<>();
        AtomicLong received = new AtomicLong();
        CompletableFuture<Void> done = new CompletableFuture<>();
        HttpClientRequest request = await(client.request(HttpMethod.GET, gateway.getPort(), "127.0.0.1",
                "/api/v1/registry/download?size=" + SIZE))
                .putHeader("Authorization", "Bearer " + FakeIdentityProvider.token("downloader", "hr-admin"));
        AtomicLong status = new AtomicLong();
        request.send().onComplete(ar -> {
            if (ar.failed()) {
                done.completeExceptionally(ar.cause());
                return;
            }
            HttpClientResponse answer = ar.result();
            status.set(answer.statusCode());
            answer.handler(b -> {
                if (received.addAndGet(b.length()) >= FakeUpstream.MB) {
                    FakeUpstream.downloadMayContinue.complete(null);
                }
            });
            answer.endHandler(v -> done.complete(null));
            answer.exceptionHandler(done::completeExceptionally);
        });
        done.get(60, TimeUnit.SECONDS);
        assertEquals(200, status.get());
        assertEquals(SIZE, received.get());
    }

    private static <T> T await(io.vertx.core.Future<T> f) throws Exception {
        return f.toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
    }
}
