package id.merit.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Real HTTP servers standing in for the services: each echoes which upstream answered and what it saw, answers
 * its readiness and an OpenAPI document, and a few paths misbehave on purpose (reset, stall, stream slowly).
 * "flaky" can be stopped and started again on the same port.
 */
public class FakeUpstream implements QuarkusTestResourceLifecycleManager {
    static final long MB = 1024 * 1024;
    static final Map<String, AtomicInteger> HITS = new ConcurrentHashMap<>();
    static final Map<String, AtomicLong> BODY_BYTES = new ConcurrentHashMap<>();
    /** Upload: bytes the upstream has received so far, and a signal once the first megabyte is in. */
    static final AtomicLong uploaded = new AtomicLong();
    static volatile CompletableFuture<Void> firstUploadMegabyte = new CompletableFuture<>();
    /** Download: the upstream sends one megabyte, then waits for this before sending the rest. */
    static volatile CompletableFuture<Void> downloadMayContinue = new CompletableFuture<>();

    private static Vertx vertx;
    private static HttpServer flaky;
    private static int flakyPort;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        flakyPort = serve("flaky", 0).actualPort();
        flaky = lastServer;
        Map<String, String> env = new HashMap<>();
        env.put("EMPLOYEE_SERVICE_URL", url(serve("employee", 0).actualPort()));
        env.put("APPRAISAL_SERVICE_URL", url(serve("appraisal", 0).actualPort()));
        env.put("FEEDBACK_SERVICE_URL", url(serve("feedback", 0).actualPort()));
        env.put("PLACEMENT_SERVICE_URL", url(serve("placement", 0).actualPort()));
        env.put("EDGE_SERVICE_URL", url(serve("edge", 0).actualPort()));
        env.put("FLAKY_SERVICE_URL", url(flakyPort));
        return env;
    }

    private static String url(int port) {
        return "http://127.0.0.1:" + port;
    }

    private static HttpServer lastServer;

    private static HttpServer serve(String name, int port) {
        try {
            // Header limit as the services' (quarkus.http.limits.max-header-size 20K), not Vert.x' default 8K.
            lastServer = vertx.createHttpServer(new HttpServerOptions().setMaxHeaderSize(20 * 1024)).requestHandler(req -> handle(name, req))
                    .listen(port, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            return lastServer;
        } catch (Exception e) {
            throw new IllegalStateException("fake upstream " + name + " did not start", e);
        }
    }

    static void stopFlaky() throws Exception {
        flaky.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    static void startFlaky() {
        flaky = serve("flaky", flakyPort);
    }

    private static void handle(String name, HttpServerRequest req) {
        String path = req.path();
        HttpServerResponse resp = req.response();
        if (path.equals("/q/health/ready")) {
            resp.putHeader("content-type", "application/json").end("{\"status\":\"UP\"}");
        } else if (path.equals("/q/openapi")) {
            resp.putHeader("content-type", "application/json").end(openApi(name).encode());
        } else if (path.startsWith("/api/v1/test-edge/reset-once/")) {
            // The first request with a given key loses its connection before any answer; later ones succeed.
            if (HITS.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet() == 1) {
                req.connection().close();
            } else {
                echo(name, req, Buffer.buffer());
            }
        } else if (path.startsWith("/api/v1/test-edge/refuse-early/")) {
            // Answers at once without reading the body (a service refusing a request by its headers alone), and
            // only a while later reads and drops what was sent, as a server must before the connection's next request.
            HITS.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
            req.pause();
            req.handler(b -> { });
            resp.setStatusCode(Integer.parseInt(req.getParam("status"))).putHeader("content-type", "application/json")
                    .end(new JsonObject().put("upstream", name).put("refused", true).encode())
                    .onComplete(v -> vertx.setTimer(200, t -> req.resume()));
        } else if (path.startsWith("/api/v1/test-edge/refuse-and-close/")) {
            // Answers 413 at once and closes the connection shortly after, reading (and dropping) what still comes.
            HITS.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
            req.handler(b -> { });
            resp.setStatusCode(413).putHeader("content-type", "application/json").putHeader("Connection", "close")
                    .end(new JsonObject().put("upstream", name).put("refused", true).encode())
                    .onComplete(v -> vertx.setTimer(50, t -> req.connection().close()));
        } else if (path.startsWith("/api/v1/test-edge/refuse-and-slam/")) {
            // What Quarkus does with a declared body over its limit: 413, then close at once, the body unread.
            HITS.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
            req.pause();
            resp.setStatusCode(413).putHeader("content-type", "application/json").putHeader("Connection", "close")
                    .end(new JsonObject().put("upstream", name).put("refused", true).encode())
                    .onComplete(v -> req.connection().close());
        } else if (path.startsWith("/api/v1/test-edge/read-and-drop/")) {
            // Reads the whole body, then loses the connection without a word (its answer lost to a reset, a crash).
            req.body().onComplete(b -> req.connection().close());
        } else if (path.startsWith("/api/v1/test-edge/small-refuse/")) {
            // A service refusing a small body fast, as Quarkus does (400/404/415), in the ways it may do so.
            refuseSmall(name, req, req.getParam("mode"));
        } else if (path.startsWith("/api/v1/test-edge/count-body/")) {
            // Counts what reaches the service of a body, to show what the gateway let through.
            AtomicLong bytes = BODY_BYTES.computeIfAbsent(path, k -> new AtomicLong());
            req.handler(b -> bytes.addAndGet(b.length()));
            req.endHandler(v -> echo(name, req, Buffer.buffer()));
        } else if (path.startsWith("/api/v1/test-edge/answer/")) {
            // An answer declaring `size` bytes, of which only `send` go out before the connection is lost (all of
            // them by default). A HEAD gets the same head and, as HTTP says, no body.
            int size = Integer.parseInt(req.getParam("size"));
            int send = Integer.parseInt(req.getParam("send", req.getParam("size")));
            Buffer body = Buffer.buffer("x".repeat(size));
            resp.putHeader("content-type", "text/plain").putHeader("content-length", Integer.toString(size));
            if (send == size) {
                resp.end(body);
            } else {
                resp.write(body.slice(0, send)).onComplete(v -> req.connection().close());
            }
        } else if (path.equals("/api/v1/test-edge/stall")) {
            // Never answers: only the gateway's route timeout ends this.
            req.body();
        } else if (path.equals("/api/v1/registry/upload")) {
            upload(req);
        } else if (path.equals("/api/v1/registry/download")) {
            download(req, Long.parseLong(req.getParam("size")));
        } else {
            req.body().onSuccess(body -> echo(name, req, body));
        }
    }

    private static void refuseSmall(String name, HttpServerRequest req, String mode) {
        HttpServerResponse resp = req.response().setStatusCode(400).putHeader("content-type", "application/json");
        String body = new JsonObject().put("upstream", name).put("refused", mode).encode();
        switch (mode) {
            // after reading the whole body
            case "read" -> req.body().onSuccess(b -> resp.end(body));
            // before reading the body (Vert.x reads and drops it before the connection's next request)
            case "early" -> resp.end(body);
            // before reading the body, and the connection is not kept
            case "close" -> resp.putHeader("Connection", "close").end(body);
            // before reading the body, then the socket is closed at once, without saying so
            case "slam" -> resp.end(body).onComplete(v -> req.connection().close());
            // the status line and headers of a 400 go out, then the connection is lost before its body
            case "cut" -> resp.putHeader("content-length", "100").write(Buffer.buffer())
                    .onComplete(v -> req.connection().close());
            default -> throw new IllegalArgumentException(mode);
        }
    }

    private static void echo(String name, HttpServerRequest req, Buffer body) {
        JsonObject headers = new JsonObject();
        req.headers().forEach(h -> headers.put(h.getKey().toLowerCase(), h.getValue()));
        req.response().putHeader("content-type", "application/json")
                .putHeader("Connection", "keep-alive, X-Upstream-Secret")
                .putHeader("X-Upstream-Secret", "hop-only")
                .putHeader("Keep-Alive", "timeout=5")
                .end(new JsonObject().put("upstream", name).put("method", req.method().name()).put("path", req.path())
                        .put("uri", req.uri()).put("bodyLength", body.length())
                        .put("authorization", req.getHeader("Authorization") == null ? "" : req.getHeader("Authorization"))
                        .put("traceparents", req.headers().getAll("traceparent").size())
                        .put("headers", headers).encode());
    }

    private static void upload(HttpServerRequest req) {
        req.handler(chunk -> {
            long total = uploaded.addAndGet(chunk.length());
            if (total >= MB) {
                firstUploadMegabyte.complete(null);
            }
        });
        req.endHandler(v -> req.response().putHeader("content-type", "application/json")
                .end(new JsonObject().put("received", uploaded.get()).encode()));
    }

    private static void download(HttpServerRequest req, long size) {
        HttpServerResponse resp = req.response().putHeader("content-type", "application/octet-stream")
                .putHeader("content-length", Long.toString(size));
        Buffer chunk = Buffer.buffer(new byte[64 * 1024]);
        long first = Math.min(MB, size);
        for (long sent = 0; sent < first; sent += chunk.length()) {
            resp.write(chunk);
        }
        io.vertx.core.Context context = Vertx.currentContext();
        downloadMayContinue.whenComplete((v, t) -> context.runOnContext(x -> writeRest(resp, chunk, size - first)));
    }

    private static void writeRest(HttpServerResponse resp, Buffer chunk, long left) {
        while (left > 0 && !resp.writeQueueFull()) {
            resp.write(chunk);
            left -= chunk.length();
        }
        if (left <= 0) {
            resp.end();
            return;
        }
        long remaining = left;
        resp.drainHandler(v -> writeRest(resp, chunk, remaining));
    }

    private static JsonObject openApi(String name) {
        String prefix = switch (name) {
            case "employee" -> "/api/v1/units";
            case "appraisal" -> "/api/v1/skp";
            case "feedback" -> "/api/v1/peer-rounds";
            case "placement" -> "/api/v1/vacancies";
            default -> "/api/v1/test-" + name;
        };
        JsonObject problem = new JsonObject().put("type", "object")
                .put("properties", new JsonObject().put("title", new JsonObject().put("type", "string")));
        return new JsonObject().put("openapi", "3.1.0")
                .put("info", new JsonObject().put("title", name).put("version", "1"))
                .put("tags", new JsonArray().add(new JsonObject().put("name", name)))
                .put("paths", new JsonObject()
                        .put(prefix, new JsonObject().put("get", new JsonObject().put("operationId", name + "List")))
                        .put("/internal/" + name, new JsonObject().put("get", new JsonObject())))
                .put("components", new JsonObject().put("schemas", new JsonObject()
                        .put("Problem", problem)
                        .put(name + "Item", new JsonObject().put("type", "object"))));
    }

    @Override
    public void stop() {
        vertx.close();
    }

}
