package id.merit.gateway.edge;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * The gateway's own error answers, in the same RFC 9457 shape as the services' (platform's {@code Problem}):
 * type https://merit.id/problems/&lt;slug&gt;, title, status, detail, instance. The gateway has no JSON-B/Jackson
 * stack, so it writes the few members itself.
 */
public final class Problems {
    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://merit.id/problems/";
    /** An instance is the request path; one refused for its length is not echoed whole. */
    private static final int MAX_INSTANCE = 256;

    private Problems() {
    }

    public static JsonObject of(int status, String slug, String title, String detail, String instance) {
        JsonObject p = new JsonObject().put("type", TYPE_BASE + slug).put("title", title).put("status", status);
        if (detail != null) {
            p.put("detail", detail);
        }
        if (instance != null) {
            p.put("instance", instance);
        }
        return p;
    }

    private static String instance(String path) {
        return path == null || path.length() <= MAX_INSTANCE ? path : path.substring(0, MAX_INSTANCE) + "...";
    }

    public static void send(RoutingContext rc, int status, String slug, String title, String detail) {
        HttpServerResponse response = rc.response();
        if (response.headWritten()) {
            // The upstream's status line already went out; all that is left is to cut the stream.
            response.reset();
            return;
        }
        response.setStatusCode(status).putHeader("Content-Type", MEDIA_TYPE)
                .end(of(status, slug, title, detail, instance(rc.request().path())).encode());
    }
}
