import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;

/**
 * The benchmark's ceiling for a gateway built on Vert.x: a reverse proxy with nothing but Vert.x core on the same
 * Netty transport and jars as the gateway (no routing, authentication, tracing, logging or metrics). Run by
 * deploy/bench/gateway in source-file mode: java -cp <gateway lib jars> BareVertxProxy.java PORT UPSTREAM_PORT LOOPS
 */
public class BareVertxProxy extends AbstractVerticle {
    private final int port;
    private final int upstreamPort;

    BareVertxProxy(int port, int upstreamPort) {
        this.port = port;
        this.upstreamPort = upstreamPort;
    }

    @Override
    public void start() {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setTcpNoDelay(true),
                new PoolOptions().setHttp1MaxSize(256));
        vertx.createHttpServer(new HttpServerOptions().setTcpNoDelay(true)).requestHandler(req -> {
            req.pause();
            client.request(new RequestOptions().setMethod(req.method()).setHost("127.0.0.1").setPort(upstreamPort)
                    .setURI(req.uri())).onComplete(sent -> {
                if (sent.failed()) {
                    fail(req);
                    return;
                }
                sent.result().headers().addAll(req.headers());
                sent.result().response().onComplete(answered -> {
                    if (answered.failed()) {
                        fail(req);
                        return;
                    }
                    req.response().setStatusCode(answered.result().statusCode()).headers().addAll(answered.result().headers());
                    answered.result().pipe().to(req.response());
                });
                req.pipe().to(sent.result());
            });
        }).listen(port, "127.0.0.1");
    }

    private static void fail(HttpServerRequest req) {
        req.resume();
        req.response().setStatusCode(502).end();
    }

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        int upstreamPort = Integer.parseInt(args[1]);
        int loops = Integer.parseInt(args[2]);
        Vertx vertx = Vertx.vertx(new VertxOptions().setPreferNativeTransport(false).setEventLoopPoolSize(loops));
        vertx.deployVerticle(() -> new BareVertxProxy(port, upstreamPort), new DeploymentOptions().setInstances(loops))
                .onSuccess(id -> System.out.println("bare Vert.x proxy on " + port + ", " + loops + " event loops"));
    }
}
