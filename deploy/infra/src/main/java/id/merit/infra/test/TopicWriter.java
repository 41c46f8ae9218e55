package id.merit.infra.test;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/** Puts events on the test broker as another service's outbox relay would (CloudEvents binary mode). */
public final class TopicWriter {
    private TopicWriter() {
    }

    /** Sends a fresh event; returns its ce_id. */
    public static String send(String topic, String key, String type, String json) {
        String id = UUID.randomUUID().toString();
        send(topic, key, type, id, json);
        return id;
    }

    /** Sends an event with a given ce_id (send it twice to test a redelivery). */
    public static void send(String topic, String key, String type, String eventId, String json) {
        ProducerRecord<String, String> r = new ProducerRecord<>(topic, key, json);
        header(r, "ce_specversion", "1.0");
        header(r, "ce_id", eventId);
        header(r, "ce_source", "/merit/test");
        header(r, "ce_type", type);
        header(r, "ce_subject", key);
        header(r, "ce_time", OffsetDateTime.now(ZoneOffset.UTC).toString());
        header(r, "content-type", "application/json");
        sendRecord(r);
    }

    /** Sends a record exactly as given, e.g. without headers or with a broken body (a poison message). */
    public static void sendRaw(String topic, String key, String value) {
        sendRecord(new ProducerRecord<>(topic, key, value));
    }

    private static void sendRecord(ProducerRecord<String, String> r) {
        Map<String, Object> cfg = Map.of("bootstrap.servers", MeritInfraResource.infra().kafka.bootstrapServers(), "acks", "all");
        try (KafkaProducer<String, String> p = new KafkaProducer<>(cfg, new StringSerializer(), new StringSerializer())) {
            p.send(r).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("could not send to " + r.topic() + ": " + e.getMessage(), e);
        }
    }

    private static void header(ProducerRecord<String, String> r, String name, String value) {
        r.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
    }
}
