package id.merit.gateway.openapi;

import id.merit.gateway.config.GatewayConfig;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One API document for the whole suite: {@code /q/openapi} is merged at request time from every service's own
 * {@code /q/openapi} (each kept for a short while), and {@code /q/swagger-ui} shows it. A service that does not
 * answer is left out — with its last good document if there is one — and named in {@code x-merit-unavailable}.
 */
@ApplicationScoped
public class ApiDocs {
    private static final Logger LOG = Logger.getLogger(ApiDocs.class);

    @Inject
    GatewayConfig config;

    private HttpClient client;
    private String swaggerPage;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    record Cached(JsonObject document, long fetchedAt) {
    }

    /** The service did not answer, but an older copy of its document is at hand. */
    static final class Stale extends RuntimeException {
        final JsonObject document;

        Stale(JsonObject document) {
            super(null, null, false, false);
            this.document = document;
        }
    }

    void install(@Observes Router router, Vertx vertx) {
        client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true)
                .setConnectTimeout((int) config.apiDocs().fetchTimeout().toMillis()));
        swaggerPage = resource("/swagger-ui/index.html");
        router.get("/q/openapi").handler(this::serve);
        // Vert.x matches "/q/swagger-ui" with and without the slash; the page's relative links want the slash.
        router.get("/q/swagger-ui").handler(rc -> {
            if (rc.request().path().endsWith("/")) {
                rc.next();
            } else {
                rc.redirect("/q/swagger-ui/");
            }
        });
        router.get("/q/swagger-ui").handler(rc -> rc.response().putHeader("Content-Type", "text/html; charset=utf-8")
                .putHeader("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'")
                .end(swaggerPage));
    }

    private void serve(RoutingContext rc) {
        List<Future<JsonObject>> fetches = new ArrayList<>();
        List<String> names = new ArrayList<>(config.routes().keySet());
        for (String name : names) {
            fetches.add(document(name, config.routes().get(name)));
        }
        Future.join(fetches).onComplete(ignored -> {
            Map<String, JsonObject> documents = new java.util.LinkedHashMap<>();
            List<String> unavailable = new ArrayList<>();
            List<String> stale = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                Future<JsonObject> f = fetches.get(i);
                if (f.succeeded()) {
                    documents.put(names.get(i), f.result());
                } else if (f.cause() instanceof Stale s) {
                    documents.put(names.get(i), s.document);
                    stale.add(names.get(i));
                } else {
                    unavailable.add(names.get(i));
                }
            }
            JsonObject merged = OpenApiMerge.merge(documents, prefixesByService(), unavailable);
            if (!stale.isEmpty()) {
                merged.put("x-merit-stale", new io.vertx.core.json.JsonArray(stale));
            }
            rc.response().putHeader("Content-Type", "application/json").end(merged.encode());
        });
    }

    private Map<String, List<String>> prefixesByService() {
        Map<String, List<String>> prefixes = new java.util.LinkedHashMap<>();
        config.routes().forEach((name, route) -> prefixes.put(name, route.prefixes()));
        return prefixes;
    }

    private Future<JsonObject> document(String name, GatewayConfig.Route route) {
        Cached cached = cache.get(name);
        long now = System.nanoTime();
        if (cached != null && now - cached.fetchedAt < config.apiDocs().cacheFor().toNanos()) {
            return Future.succeededFuture(cached.document);
        }
        URI base = URI.create(route.upstream());
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setHost(base.getHost())
                .setPort(base.getPort() < 0 ? 80 : base.getPort()).setURI("/q/openapi?format=json")
                .putHeader("Accept", "application/json")
                .setIdleTimeout(config.apiDocs().fetchTimeout().toMillis());
        return client.request(options)
                .compose(req -> req.send())
                .compose(resp -> resp.statusCode() == 200 ? resp.body()
                        : Future.failedFuture("status " + resp.statusCode()))
                .map((Buffer body) -> {
                    JsonObject doc = body.toJsonObject();
                    cache.put(name, new Cached(doc, System.nanoTime()));
                    return doc;
                })
                .recover(t -> {
                    LOG.debugf("OpenAPI document of %s not available: %s", name, t.getMessage());
                    return cached == null ? Future.failedFuture(t) : Future.failedFuture(new Stale(cached.document));
                });
    }

    private static String resource(String path) {
        try (InputStream in = ApiDocs.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
