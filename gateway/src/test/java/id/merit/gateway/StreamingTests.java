package id.merit.gateway;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * 20 MB each way. Each side waits for the other end to have seen the first megabyte before it sends the rest:
 * a gateway that held whole bodies would never let that megabyte through, and the test would time out.
 */
@QuarkusTest
class StreamingTests extends RawHttpTest {
    private static final long SIZE = 20 * FakeUpstream.MB;

    @Test
    void anUploadStreamsThroughBeforeTheClientHasSentIt() throws Exception {
        FakeUpstream.uploaded.set(0);
        FakeUpstream.firstUploadMegabyte = new CompletableFuture<>();
        HttpClientRequest request = upload("/api/v1/registry/upload").putHeader("Content-Length", Long.toString(SIZE));
        CompletableFuture<Answer> answer = answerOf(request);
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
        Answer a = answer.get(60, TimeUnit.SECONDS);
        assertEquals(200, a.status());
        assertEquals(SIZE, new JsonObject(a.body()).getLong("received"));
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

}
