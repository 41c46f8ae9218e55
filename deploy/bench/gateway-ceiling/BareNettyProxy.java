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
 */
public class BareNettyProxy {
    private static final Map<EventLoop, ArrayDeque<Channel>> IDLE = new HashMap<>();
    private static final io.netty.util.AsciiString X_FORWARDED_FOR = io.netty.util.AsciiString.cached("x-forwarded-for");
    private static InetSocketAddress upstream;

    /** Client side: one request at a time per connection (HTTP/1.1 without pipelining, as wrk sends). */
    static final class Front extends ChannelInboundHandlerAdapter {
        private Channel back;
        /** What arrives while the upstream connection is being opened (the request's end, at least). */
        private ArrayDeque<Object> pending;

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (msg instanceof HttpRequest request) {
                String client = ((InetSocketAddress) ctx.channel().remoteAddress()).getAddress().getHostAddress();
                request.headers().set(X_FORWARDED_FOR, client);
                ArrayDeque<Channel> idle = IDLE.get(ctx.channel().eventLoop());
                back = idle.pollFirst();
                while (back != null && !back.isActive()) {
                    back = idle.pollFirst();
                }
                if (back == null) {
                    connect(ctx, request);
                    return;
                }
                ((Back) back.pipeline().last()).front = ctx.channel();
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
                        ((Back) back.pipeline().last()).front = front;
                        back.write(first, back.voidPromise());
                        pending.forEach(m -> back.write(m, back.voidPromise()));
                        pending = null;
                        back.flush();
                    });
        }

        @Override
        public void channelReadComplete(ChannelHandlerContext ctx) {
            if (back != null && pending == null) {
                back.flush();
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }
    }

    /** Upstream side: relays the answer and returns the connection to its loop's pool at the answer's end. */
    static final class Back extends ChannelInboundHandlerAdapter {
        Channel front;

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            Channel to = front;
            if (msg instanceof LastHttpContent) {
                front = null;
                IDLE.get(ctx.channel().eventLoop()).addFirst(ctx.channel());
                to.writeAndFlush(msg, to.voidPromise());
            } else if (msg instanceof HttpResponse || msg instanceof HttpContent) {
                to.write(msg, to.voidPromise());
            } else {
                ReferenceCountUtil.release(msg);
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        upstream = new InetSocketAddress("127.0.0.1", Integer.parseInt(args[1]));
        int loops = Integer.parseInt(args[2]);
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
        System.out.println("bare Netty proxy on " + port + ", " + loops + " event loops");
    }
}
