import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * A second ceiling for the benchmark, below Vert.x: a reverse proxy written straight on Netty's HTTP codec (the layer
 * Vert.x is built on), with a keep-alive upstream pool per event loop and X-Forwarded-For set, as the nginx target
 * does — nothing else. What a JVM data plane without Vert.x's HTTP layer could reach here.
 * Run by deploy/bench/gateway in source-file mode: java -cp <gateway lib jars> BareNettyProxy.java PORT UPSTREAM_PORT LOOPS
 * With a fourth argument, ACCESS_LOG_FILE, it also does the gateway's per-request work on public routes (GatewayWork):
 * what a Netty data plane with every duty of the gateway would cost, the question a rewrite would have to answer first.
 */
public class BareNettyProxy {
    private static final Map<EventLoop, ArrayDeque<Channel>> IDLE = new HashMap<>();
    private static final io.netty.util.AsciiString X_FORWARDED_FOR = io.netty.util.AsciiString.cached("x-forwarded-for");
    private static InetSocketAddress upstream;
    /** Null: a bare proxy. */
    private static GatewayWork work;

    /** Client side: one request at a time per connection (HTTP/1.1 without pipelining, as wrk sends). */
    static final class Front extends ChannelInboundHandlerAdapter {
        private Channel back;
        private GatewayWork.Hop hop;
        /** What arrives while the upstream connection is being opened (the request's end, at least). */
        private ArrayDeque<Object> pending;

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (msg instanceof HttpRequest request) {
                String client = ((InetSocketAddress) ctx.channel().remoteAddress()).getAddress().getHostAddress();
                if (work != null) {
                    hop = work.begin(request, client);
                } else {
                    request.headers().set(X_FORWARDED_FOR, client);
                }
                ArrayDeque<Channel> idle = IDLE.get(ctx.channel().eventLoop());
                back = idle.pollFirst();
                while (back != null && !back.isActive()) {
                    back = idle.pollFirst();
                }
                if (back == null) {
                    connect(ctx, request);
                    return;
                }
                attach(ctx.channel());
            }
            if (pending != null) {
                pending.add(msg);
            } else {
                back.write(msg, back.voidPromise());
            }
        }

        private void connect(ChannelHandlerContext ctx, HttpRequest first) {
            Channel front = ctx.channel();
            pending = new ArrayDeque<>();
            new Bootstrap().group(front.eventLoop()).channel(NioSocketChannel.class)
                    .option(ChannelOption.TCP_NODELAY, true)
                    .handler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            ch.pipeline().addLast(new HttpClientCodec(), new Back());
                        }
                    })
                    .connect(upstream).addListener((ChannelFutureListener) f -> {
                        if (!f.isSuccess()) {
                            ReferenceCountUtil.release(first);
                            pending.forEach(ReferenceCountUtil::release);
                            pending = null;
                            front.writeAndFlush(new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.BAD_GATEWAY));
                            return;
                        }
                        back = f.channel();
                        attach(front);
                        back.write(first, back.voidPromise());
                        pending.forEach(m -> back.write(m, back.voidPromise()));
                        pending = null;
                        back.flush();
                    });
        }

        private void attach(Channel front) {
            Back b = (Back) back.pipeline().last();
            b.front = front;
            b.hop = hop;
        }

        @Override
        public void channelReadComplete(ChannelHandlerContext ctx) {
            if (back != null && pending == null) {
                back.flush();
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            cause.printStackTrace();
            ctx.close();
        }
    }

    /** Upstream side: relays the answer and returns the connection to its loop's pool at the answer's end. */
    static final class Back extends ChannelInboundHandlerAdapter {
        Channel front;
        GatewayWork.Hop hop;

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            Channel to = front;
            if (msg instanceof HttpResponse response && hop != null) {
                hop.answer(response);
            }
            if (msg instanceof LastHttpContent) {
                front = null;
                IDLE.get(ctx.channel().eventLoop()).addFirst(ctx.channel());
                to.writeAndFlush(msg, to.voidPromise());
                if (hop != null) {
                    hop.end();
                    hop = null;
                }
            } else if (msg instanceof HttpResponse || msg instanceof HttpContent) {
                to.write(msg, to.voidPromise());
            } else {
                ReferenceCountUtil.release(msg);
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            cause.printStackTrace();
            ctx.close();
        }
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        upstream = new InetSocketAddress("127.0.0.1", Integer.parseInt(args[1]));
        int loops = Integer.parseInt(args[2]);
        if (args.length > 3) {
            work = new GatewayWork(java.nio.file.Path.of(args[3]));
        }
        EventLoopGroup group = new NioEventLoopGroup(loops);
        group.forEach(executor -> IDLE.put((EventLoop) executor, new ArrayDeque<>()));
        new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(new HttpServerCodec(), new Front());
                    }
                })
                .bind("127.0.0.1", port).sync();
        System.out.println((work == null ? "bare" : "gateway-work") + " Netty proxy on " + port + ", " + loops + " event loops");
    }

    /**
     * The gateway's per-request work on a public route, as Edge, RateLimits and UpstreamProxy do it, on Netty's own
     * header objects: client chain, server span continuing the caller's traceparent (SDK with a batch processor, as
     * Quarkus sets it up), request id, in-process rate limit, hop-by-hop stripping, five forwarding/trace headers
     * upstream, eight headers downstream, a per-route/status-class latency histogram and an access line queued for a
     * writer thread that appends bursts to a file every 20 ms.
     */
    static final class GatewayWork {
        private static final io.netty.util.AsciiString[][] SECURITY = {
                pair("X-Content-Type-Options", "nosniff"), pair("X-Frame-Options", "DENY"),
                pair("Referrer-Policy", "no-referrer"),
                pair("Strict-Transport-Security", "max-age=31536000; includeSubDomains"),
                pair("Cross-Origin-Resource-Policy", "same-site")};
        private static final java.util.Set<String> HOP_BY_HOP = java.util.Set.of("connection", "keep-alive",
                "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade", "proxy-authorization");
        private static final io.opentelemetry.api.common.AttributeKey<String> METHOD =
                io.opentelemetry.api.common.AttributeKey.stringKey("http.request.method");
        private static final io.opentelemetry.api.common.AttributeKey<String> PATH =
                io.opentelemetry.api.common.AttributeKey.stringKey("url.path");
        private static final io.opentelemetry.api.common.AttributeKey<String> SCHEME =
                io.opentelemetry.api.common.AttributeKey.stringKey("url.scheme");
        private static final io.opentelemetry.api.common.AttributeKey<String> CLIENT =
                io.opentelemetry.api.common.AttributeKey.stringKey("client.address");
        private static final io.opentelemetry.api.common.AttributeKey<Long> STATUS =
                io.opentelemetry.api.common.AttributeKey.longKey("http.response.status_code");
        private static final io.opentelemetry.context.propagation.TextMapGetter<HttpRequest> GETTER =
                new io.opentelemetry.context.propagation.TextMapGetter<>() {
                    public Iterable<String> keys(HttpRequest r) {
                        return r.headers().names();
                    }

                    public String get(HttpRequest r, String key) {
                        return r == null ? null : r.headers().get(key);
                    }
                };
        private final id.merit.net.ClientAddress clients = new id.merit.net.ClientAddress(java.util.List.of());
        private final io.opentelemetry.api.trace.Tracer tracer;
        private final io.opentelemetry.context.propagation.TextMapPropagator propagator =
                io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator.getInstance();
        private final java.util.concurrent.ConcurrentHashMap<String, java.util.concurrent.atomic.AtomicLong> windows =
                new java.util.concurrent.ConcurrentHashMap<>();
        private final io.micrometer.core.instrument.MeterRegistry registry;
        private final io.micrometer.core.instrument.Timer[] timers = new io.micrometer.core.instrument.Timer[6];
        private final java.util.Queue<String> lines = new java.util.concurrent.ConcurrentLinkedQueue<>();

        GatewayWork(java.nio.file.Path accessLog) throws java.io.IOException {
            tracer = io.opentelemetry.sdk.trace.SdkTracerProvider.builder()
                    .setSampler(io.opentelemetry.sdk.trace.samplers.Sampler.parentBased(
                            io.opentelemetry.sdk.trace.samplers.Sampler.traceIdRatioBased(1.0)))
                    .addSpanProcessor(io.opentelemetry.sdk.trace.export.BatchSpanProcessor.builder(
                            new io.opentelemetry.sdk.trace.export.SpanExporter() {
                                public io.opentelemetry.sdk.common.CompletableResultCode export(
                                        java.util.Collection<io.opentelemetry.sdk.trace.data.SpanData> spans) {
                                    return io.opentelemetry.sdk.common.CompletableResultCode.ofSuccess();
                                }

                                public io.opentelemetry.sdk.common.CompletableResultCode flush() {
                                    return io.opentelemetry.sdk.common.CompletableResultCode.ofSuccess();
                                }

                                public io.opentelemetry.sdk.common.CompletableResultCode shutdown() {
                                    return io.opentelemetry.sdk.common.CompletableResultCode.ofSuccess();
                                }
                            }).build())
                    .build().get("bench");
            var composite = new io.micrometer.core.instrument.composite.CompositeMeterRegistry();
            composite.add(new io.micrometer.prometheus.PrometheusMeterRegistry(
                    io.micrometer.prometheus.PrometheusConfig.DEFAULT));
            registry = composite;
            java.time.Duration[] buckets = java.util.stream.Stream.of(1, 2.5, 5, 10, 25, 50, 100, 250, 500, 1000,
                    2500, 5000, 10000, 30000).map(ms -> java.time.Duration.ofNanos((long) (ms.doubleValue() * 1e6)))
                    .toArray(java.time.Duration[]::new);
            for (int i = 0; i < timers.length; i++) {
                timers[i] = io.micrometer.core.instrument.Timer.builder("merit.gateway.requests")
                        .tag("route", "feedback").tag("status", i + "xx").serviceLevelObjectives(buckets)
                        .register(registry);
            }
            java.nio.channels.FileChannel file = java.nio.channels.FileChannel.open(accessLog,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE,
                    java.nio.file.StandardOpenOption.APPEND);
            StringBuilder burst = new StringBuilder(64 * 1024);
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "access-log");
                t.setDaemon(true);
                return t;
            }).scheduleWithFixedDelay(() -> {
                burst.setLength(0);
                String line;
                while ((line = lines.poll()) != null) {
                    burst.append(java.time.Instant.now()).append(' ').append(line).append('\n');
                }
                try {
                    file.write(java.nio.ByteBuffer.wrap(burst.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, 20, 20, java.util.concurrent.TimeUnit.MILLISECONDS);
        }

        Hop begin(HttpRequest request, String peer) {
            long start = System.nanoTime();
            io.netty.handler.codec.http.HttpHeaders in = request.headers();
            java.util.List<String> chain = clients.chain(peer, in.get("X-Forwarded-For"));
            io.opentelemetry.context.Context parent = propagator.extract(io.opentelemetry.context.Context.root(), request, GETTER);
            String method = request.method().name();
            String uri = request.uri();
            int q = uri.indexOf('?');
            io.opentelemetry.api.trace.Span span = tracer.spanBuilder(method).setParent(parent)
                    .setSpanKind(io.opentelemetry.api.trace.SpanKind.SERVER).setAttribute(METHOD, method)
                    .setAttribute(PATH, q < 0 ? uri : uri.substring(0, q)).setAttribute(SCHEME, "http")
                    .setAttribute(CLIENT, chain.get(0)).startSpan();
            io.opentelemetry.context.Context trace = parent.with(span);
            String traceId = span.getSpanContext().isValid() ? span.getSpanContext().getTraceId() : null;
            String incoming = in.get("X-Request-Id");
            String requestId = incoming != null && incoming.matches("[A-Za-z0-9._:-]{1,128}") ? incoming
                    : traceId != null ? traceId : Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong());
            long window = System.currentTimeMillis() / 60_000;
            long count = windows.computeIfAbsent(chain.get(0) + "|" + window, k -> new java.util.concurrent.atomic.AtomicLong())
                    .incrementAndGet();
            String connection = in.get("Connection");
            java.util.List<String> drop = null;
            for (java.util.Map.Entry<String, String> h : in) {
                String name = h.getKey().toLowerCase(java.util.Locale.ROOT);
                if (HOP_BY_HOP.contains(name) || connection != null && connection.toLowerCase(java.util.Locale.ROOT).contains(name)) {
                    (drop == null ? drop = new java.util.ArrayList<>() : drop).add(name);
                }
            }
            if (drop != null) {
                drop.forEach(in::remove);
            }
            String authority = in.get("Host", "127.0.0.1");
            in.set("X-Forwarded-For", chain.size() == 1 ? chain.get(0) : String.join(", ", chain));
            in.set("X-Forwarded-Proto", "http");
            in.set("X-Forwarded-Host", authority);
            in.set("Forwarded", "for=" + chain.get(0) + ";proto=http;host=\"" + authority + "\"");
            in.set("X-Request-Id", requestId);
            propagator.inject(trace, in, io.netty.handler.codec.http.HttpHeaders::set);
            return new Hop(start, requestId, span, chain.get(0), method, uri, 1_000_000_000 - count);
        }

        final class Hop {
            final long start;
            final String requestId;
            final io.opentelemetry.api.trace.Span span;
            final String client;
            final String method;
            final String uri;
            final long remaining;
            int status;

            Hop(long start, String requestId, io.opentelemetry.api.trace.Span span, String client, String method,
                    String uri, long remaining) {
                this.start = start;
                this.requestId = requestId;
                this.span = span;
                this.client = client;
                this.method = method;
                this.uri = uri;
                this.remaining = remaining;
            }

            void answer(HttpResponse response) {
                status = response.status().code();
                io.netty.handler.codec.http.HttpHeaders out = response.headers();
                out.remove("Connection");
                out.remove("Keep-Alive");
                out.set("X-Request-Id", requestId);
                for (io.netty.util.AsciiString[] h : SECURITY) {
                    if (!out.contains(h[0])) {
                        out.set(h[0], h[1]);
                    }
                }
                out.set("RateLimit-Limit", "1000000000");
                out.set("RateLimit-Remaining", Long.toString(remaining));
            }

            void end() {
                long nanos = System.nanoTime() - start;
                span.setAttribute(STATUS, status);
                span.updateName(method + " feedback");
                span.end();
                timers[Math.min(status / 100, 5)].record(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
                long tenths = nanos / 100_000;
                lines.add(new StringBuilder(160).append(requestId).append(' ').append(method).append(' ').append(uri)
                        .append(' ').append(status).append(' ').append(tenths / 10).append('.').append(tenths % 10)
                        .append("ms route=feedback upstream=").append(upstream).append(" client=").append(client)
                        .append(" trace=").append(span.getSpanContext().getTraceId()).toString());
            }
        }

        private static io.netty.util.AsciiString[] pair(String name, String value) {
            return new io.netty.util.AsciiString[]{io.netty.util.AsciiString.cached(name), io.netty.util.AsciiString.cached(value)};
        }
    }
}
