package id.merit.gateway;

import id.merit.gateway.config.GatewayConfig;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.ext.web.Router;
import io.vertx.httpproxy.HttpProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.net.URI;
import java.util.Map;

/** Installs one streaming reverse proxy per upstream on the Vert.x router, from the route table. */
@ApplicationScoped
public class ProxyRoutes {
    private static final Logger LOG = Logger.getLogger(ProxyRoutes.class);

    @Inject
    GatewayConfig config;

    void install(@Observes Router router, Vertx vertx) {
        for (Map.Entry<String, GatewayConfig.Route> e : config.routes().entrySet()) {
            GatewayConfig.Route route = e.getValue();
            URI upstream = URI.create(route.upstream());
            HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                    .setKeepAlive(true)
                    .setConnectTimeout((int) Math.min(route.timeout().toMillis(), 5000))
                    .setIdleTimeout((int) route.timeout().toSeconds()));
            HttpProxy proxy = HttpProxy.reverseProxy(client).origin(upstream.getPort(), upstream.getHost());
            for (String prefix : route.prefixes()) {
                router.route(prefix).handler(rc -> proxy.handle(rc.request()));
                router.route(prefix + "/*").handler(rc -> proxy.handle(rc.request()));
            }
            LOG.infof("route %s: %s -> %s", e.getKey(), route.prefixes(), route.upstream());
        }
    }
}
