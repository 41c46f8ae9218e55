package id.merit.platform.outbox;

import id.merit.platform.config.PlatformConfig;
import id.merit.platform.events.CloudEventHeaders;
import id.merit.platform.events.TraceContext;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Publishes committed outbox rows to Kafka in id order and marks them published. Only one replica relays
 * at a time (a PostgreSQL advisory lock), which keeps events of one key in order across replicas; rows are
 * also locked (FOR UPDATE SKIP LOCKED) so a batch is never marked by two relays. While Kafka is down the
 * relay backs off exponentially and the rows simply wait: nothing committed is lost.
 * <p>
 * An event written inside a traced request is sent within a "publish" span of that request's trace, and
 * the record's {@code traceparent} header names that span: the consumer continues the request's trace
 * although the relay runs later, on its own thread. The relay uses a plain producer, which nothing
 * instruments, so no other context can replace the header.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long RELAY_LOCK = 0x4d45524954L; // "MERIT": one relay lock per database

    @Inject
    AgroalDataSource dataSource;
    @Inject
    PlatformConfig config;
    @Inject
    MeterRegistry registry;
    @Inject
    Tracer tracer;
    @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092")
    String bootstrapServers;

    private volatile KafkaProducer<String, String> producer;
    private volatile long pauseUntil;
    private int consecutiveFailures;
    private final AtomicLong published = new AtomicLong();
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong oldestPendingSeconds = new AtomicLong();
    private static final long BACKLOG_EVERY_NANOS = TimeUnit.SECONDS.toNanos(1);
    private long backlogReadAt = System.nanoTime() - BACKLOG_EVERY_NANOS;
    private volatile boolean running;
    private Thread relayThread;

    void start(@Observes StartupEvent ev) {
        Gauge.builder("merit.outbox.pending", backlog, AtomicLong::get)
                .description("outbox events not yet published").register(registry);
        Gauge.builder("merit.outbox.oldest.pending.seconds", oldestPendingSeconds, AtomicLong::get)
                .description("age of the oldest unpublished outbox event").register(registry);
        Gauge.builder("merit.outbox.published", published, AtomicLong::get)
                .description("events published by this replica since start").register(registry);
        // A thread of its own rather than @Scheduled: Quarkus' scheduler runs an every() below one second only once a
        // second, so a "0.3s" relay kept each event waiting up to a second before any consumer could see it.
        running = true;
        relayThread = new Thread(this::loop, "merit-outbox-relay");
        relayThread.setDaemon(true);
        relayThread.start();
    }

    private void loop() {
        while (running) {
            long waitNanos;
            try {
                waitNanos = tick();
            } catch (Throwable t) {
                // Nothing may end this thread but stop(): a dead relay would leave every later event unpublished.
                LOG.errorf(t, "outbox relay: unexpected failure, next attempt in 1 s");
                waitNanos = TimeUnit.SECONDS.toNanos(1);
            }
            if (running && waitNanos > 0) {
                LockSupport.parkNanos(this, waitNanos); // woken early by stop()
            }
        }
    }

    /** Drains the outbox while batches come back full; returns how long to wait before looking again. */
    long tick() {
        long now = System.currentTimeMillis();
        if (now < pauseUntil) {
            return TimeUnit.MILLISECONDS.toNanos(pauseUntil - now);
        }
        try {
            int n;
            do {
                n = relayBatch();
            } while (running && n >= config.outbox().batchSize());
            consecutiveFailures = 0;
            return config.outbox().pollInterval().toNanos();
        } catch (Exception e) {
            consecutiveFailures++;
            long pause = Math.min(config.outbox().maxBackoff().toMillis(), 500L << Math.min(consecutiveFailures, 10));
            pauseUntil = System.currentTimeMillis() + pause;
            LOG.warnf("outbox relay failed (%d in a row), next attempt in %d ms: %s", consecutiveFailures, pause, e.getMessage());
            resetProducer();
            return TimeUnit.MILLISECONDS.toNanos(pause);
        }
    }

    /** Publishes up to one batch; returns how many rows were published. */
    public int relayBatch() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                int n = relayBatch(c);
                c.commit();
                return n;
            } catch (Exception e) {
                c.rollback();
                throw e;
            }
        }
    }

    private int relayBatch(Connection c) throws Exception {
        try (PreparedStatement lock = c.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, RELAY_LOCK);
            try (ResultSet rs = lock.executeQuery()) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    return 0; // another replica is relaying right now
                }
            }
        }
        if (System.nanoTime() - backlogReadAt >= BACKLOG_EVERY_NANOS) {
            // A count over every pending row: once per batch it cost a draining relay more than the batch's own reads.
            updateBacklog(c);
            backlogReadAt = System.nanoTime();
        }
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select id, event_id, topic, event_key, event_type, subject, payload, created_at, "
                + "traceparent from outbox_event where published_at is null order by id limit ? for update skip locked")) {
            ps.setInt(1, config.outbox().batchSize());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getObject(8, OffsetDateTime.class), rs.getString(9)));
                }
            }
        }
        if (rows.isEmpty()) {
            backlog.set(0);
            oldestPendingSeconds.set(0);
            return 0;
        }
        KafkaProducer<String, String> p = producer();
        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        List<Span> spans = new ArrayList<>();
        try {
            for (Row row : rows) {
                Span span = publishSpan(row);
                if (span != null) {
                    spans.add(span);
                }
                acks.add(p.send(record(row, span)));
            }
            p.flush();
            long deadline = System.nanoTime() + config.outbox().sendTimeout().toNanos();
            for (Future<RecordMetadata> ack : acks) {
                ack.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } catch (Exception e) {
            spans.forEach(s -> s.setStatus(StatusCode.ERROR, "not acknowledged: " + e.getMessage()));
            throw e;
        } finally {
            spans.forEach(Span::end);
        }
        try (PreparedStatement ps = c.prepareStatement(
                "update outbox_event set published_at = now(), attempts = attempts + 1 where id = any(?)")) {
            Array ids = c.createArrayOf("bigint", rows.stream().map(Row::id).toArray());
            ps.setArray(1, ids);
            ps.executeUpdate();
        }
        published.addAndGet(rows.size());
        return rows.size();
    }

    private void updateBacklog(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "select count(*), coalesce(extract(epoch from now() - min(created_at)), 0) from outbox_event where published_at is null")) {
            rs.next();
            backlog.set(rs.getLong(1));
            oldestPendingSeconds.set((long) rs.getDouble(2));
        }
    }

    /** A producer span in the trace of the request that wrote the row; null when the row carries no trace. */
    private Span publishSpan(Row row) {
        if (row.traceparent() == null) {
            return null;
        }
        Context parent = TraceContext.fromTraceparent(row.traceparent());
        if (!Span.fromContext(parent).getSpanContext().isValid()) {
            return null;
        }
        return tracer.spanBuilder(row.topic() + " publish").setParent(parent).setSpanKind(SpanKind.PRODUCER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "send")
                .setAttribute("messaging.destination.name", row.topic())
                .setAttribute("messaging.message.id", row.eventId())
                .setAttribute("messaging.kafka.message.key", row.key())
                .startSpan();
    }

    private ProducerRecord<String, String> record(Row row, Span span) {
        ProducerRecord<String, String> r = new ProducerRecord<>(row.topic(), row.key(), row.payload());
        header(r, CloudEventHeaders.SPEC_VERSION, "1.0");
        header(r, CloudEventHeaders.ID, row.eventId());
        header(r, CloudEventHeaders.SOURCE, config.eventSource());
        header(r, CloudEventHeaders.TYPE, row.type());
        if (row.subject() != null) {
            header(r, CloudEventHeaders.SUBJECT, row.subject());
        }
        header(r, CloudEventHeaders.TIME, row.createdAt().withOffsetSameInstant(ZoneOffset.UTC)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        header(r, CloudEventHeaders.CONTENT_TYPE, "application/json");
        if (span != null) {
            header(r, TraceContext.HEADER, TraceContext.traceparent(Context.root().with(span)));
        }
        return r;
    }

    private static void header(ProducerRecord<String, String> r, String name, String value) {
        r.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
    }

    /** Deletes published rows past their retention, a bounded number per run. */
    @Scheduled(every = "1h", delay = 1, delayUnit = TimeUnit.MINUTES, identity = "merit-outbox-cleanup")
    void cleanup() {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "delete from outbox_event where id in (select id from outbox_event where published_at < now() - ? * interval '1 second' limit 10000)")) {
            ps.setLong(1, config.outbox().retention().toSeconds());
            ps.executeUpdate();
        } catch (SQLException e) {
            LOG.warnf("outbox cleanup failed: %s", e.getMessage());
        }
    }

    private KafkaProducer<String, String> producer() {
        KafkaProducer<String, String> p = producer;
        if (p == null) {
            synchronized (this) {
                if (producer == null) {
                    Map<String, Object> cfg = new HashMap<>();
                    cfg.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
                    cfg.put(ProducerConfig.ACKS_CONFIG, "all");
                    cfg.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
                    cfg.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
                    cfg.put(ProducerConfig.LINGER_MS_CONFIG, 5);
                    cfg.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000);
                    cfg.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
                    cfg.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) config.outbox().sendTimeout().toMillis());
                    cfg.put(ProducerConfig.CLIENT_ID_CONFIG, config.eventSource().replace('/', '-') + "-outbox");
                    producer = new KafkaProducer<>(cfg, new StringSerializer(), new StringSerializer());
                }
                p = producer;
            }
        }
        return p;
    }

    private synchronized void resetProducer() {
        if (producer != null) {
            producer.close(java.time.Duration.ofSeconds(1));
            producer = null;
        }
    }

    void onStop(@Observes ShutdownEvent ev) {
        running = false;
        Thread t = relayThread;
        if (t != null) {
            LockSupport.unpark(t);
            try {
                // A batch in flight finishes (or fails and rolls back) before the producer goes away.
                t.join(config.outbox().sendTimeout().toMillis() + 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        resetProducer();
    }

    private record Row(long id, String eventId, String topic, String key, String type, String subject, String payload,
                       OffsetDateTime createdAt, String traceparent) {
    }
}
