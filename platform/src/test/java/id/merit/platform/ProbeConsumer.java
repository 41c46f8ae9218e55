package id.merit.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.merit.platform.events.IncomingEvent;
import id.merit.platform.events.ProcessedEvents;
import id.merit.platform.events.RetriedWhileDatabaseDown;
import io.opentelemetry.api.trace.Span;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Test-only consumer of the probe's events: notes the trace each event was processed in, as a service would log it. */
@ApplicationScoped
public class ProbeConsumer {
    private static final Logger LOG = Logger.getLogger(ProbeConsumer.class);

    /** What the consumer saw while processing an event: the current span's trace and the logging MDC's. */
    public record Seen(String traceId, String spanId, String mdcTraceId) {
    }

    /** By event key (the probe item's name). */
    public static final Map<String, Seen> SEEN = new ConcurrentHashMap<>();

    @Inject
    ObjectMapper mapper;
    @Inject
    ProcessedEvents processed;

    // Blocking and transactional as every Merit consumer is: the trace must survive the hop to the worker thread.
    @RetriedWhileDatabaseDown
    @Incoming("probe-events")
    @Blocking
    @Transactional
    public void on(ConsumerRecord<String, String> record) {
        IncomingEvent e = IncomingEvent.read(record, mapper);
        if (!processed.firstDelivery("platform.probe", e.id())) {
            return;
        }
        var span = Span.current().getSpanContext();
        Object mdc = MDC.get("traceId");
        SEEN.put(e.key(), new Seen(span.getTraceId(), span.getSpanId(), mdc == null ? null : mdc.toString()));
        LOG.infof("probe event %s for %s consumed", e.id(), e.key());
    }
}
