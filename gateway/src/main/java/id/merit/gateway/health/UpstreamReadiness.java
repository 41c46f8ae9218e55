package id.merit.gateway.health;

import id.merit.gateway.config.GatewayConfig;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** The suite is ready when every upstream's own readiness answers 200; each upstream's state is in the data. */
@Readiness
@ApplicationScoped
public class UpstreamReadiness implements AsyncHealthCheck {
    private static final long TIMEOUT_MILLIS = 2000;

    @Inject
    GatewayConfig config;

    @Inject
    Vertx vertx;

    private volatile HttpClient client;

    @Override
    public Uni<HealthCheckResponse> call() {
        List<String> names = new ArrayList<>(config.routes().keySet());
        List<Future<Boolean>> probes = new ArrayList<>();
        for (String name : names) {
            probes.add(probe(config.routes().get(name)));
        }
        return Uni.createFrom().completionStage(Future.join(probes).otherwiseEmpty().toCompletionStage())
                .map(ignored -> {
                    HealthCheckResponseBuilder b = HealthCheckResponse.named("upstreams").up();
                    for (int i = 0; i < names.size(); i++) {
                        boolean up = Boolean.TRUE.equals(probes.get(i).result());
                        b.withData(names.get(i), up ? "UP" : "DOWN");
                        if (!up) {
                            b.down();
                        }
                    }
                    return b.build();
                });
    }

    private Future<Boolean> probe(GatewayConfig.Route route) {
        URI base = URI.create(route.upstream());
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setHost(base.getHost())
                .setPort(base.getPort() < 0 ? 80 : base.getPort()).setURI("/q/health/ready")
                .setIdleTimeout(TIMEOUT_MILLIS);
        return client().request(options).compose(req -> req.send())
                .compose(resp -> resp.body().map(b -> resp.statusCode() == 200))
                .otherwise(false);
    }

    private HttpClient client() {
        if (client == null) {
            synchronized (this) {
                if (client == null) {
                    client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true)
                            .setConnectTimeout((int) TIMEOUT_MILLIS));
                }
            }
        }
        return client;
    }
}
