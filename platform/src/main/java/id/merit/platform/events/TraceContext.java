package id.merit.platform.events;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * W3C trace context as events carry it: the outbox stores the writing request's traceparent, the relay
 * sends it as the Kafka record header {@value #HEADER}, and the consumer's span continues the same trace.
 */
public final class TraceContext {
    public static final String HEADER = "traceparent";

    private static final TextMapGetter<String> ONE_VALUE = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String carrier) {
            return List.of(HEADER);
        }

        @Override
        public String get(String carrier, String key) {
            return HEADER.equals(key) ? carrier : null;
        }
    };

    private TraceContext() {
    }

    /** The traceparent of the current span, or null when no valid span is current (e.g. a scheduled job). */
    public static String currentTraceparent() {
        return traceparent(Context.current());
    }

    /** The traceparent of the span in the given context, or null when it holds no valid span. */
    public static String traceparent(Context context) {
        Map<String, String> carrier = new HashMap<>(2);
        W3CTraceContextPropagator.getInstance().inject(context, carrier, Map::put);
        return carrier.get(HEADER);
    }

    /** A context whose parent span is the one a stored traceparent names (the root context when it names none). */
    public static Context fromTraceparent(String traceparent) {
        if (traceparent == null) {
            return Context.root();
        }
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), traceparent, ONE_VALUE);
    }
}
