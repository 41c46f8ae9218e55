package id.merit.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;

import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A real HTTP server standing in for the four services: it echoes which upstream answered and what it saw. */
public class FakeUpstream implements QuarkusTestResourceLifecycleManager {
    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        return Map.of(
                "EMPLOYEE_SERVICE_URL", "http://127.0.0.1:" + serve("employee"),
                "APPRAISAL_SERVICE_URL", "http://127.0.0.1:" + serve("appraisal"),
                "FEEDBACK_SERVICE_URL", "http://127.0.0.1:" + serve("feedback"),
                "PLACEMENT_SERVICE_URL", "http://127.0.0.1:" + serve("placement"));
    }

    private int serve(String name) {
        try {
            HttpServer server = vertx.createHttpServer().requestHandler(req -> req.response()
                    .putHeader("content-type", "application/json")
                    .end("{\"upstream\":\"" + name + "\",\"path\":\"" + req.path() + "\",\"authorization\":\""
                            + (req.getHeader("Authorization") == null ? "" : req.getHeader("Authorization")) + "\"}"));
            return server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS).actualPort();
        } catch (Exception e) {
            throw new IllegalStateException("fake upstream did not start", e);
        }
    }

    @Override
    public void stop() {
        vertx.close();
    }
}
