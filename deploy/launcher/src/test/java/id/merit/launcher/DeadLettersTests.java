package id.merit.launcher;

import id.merit.infra.KafkaBroker;
import id.merit.infra.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code merit dead-letters} against a real broker: listing, replay with the original headers, replay only once. */
class DeadLettersTests {
    private static final String TOPIC = "merit.org.v1";
    @TempDir
    static Path dir;
    static KafkaBroker broker;

    @BeforeAll
    static void start() {
        broker = KafkaBroker.scratch(dir, 3);
    }

    @AfterAll
    static void stop() {
        broker.stop();
    }

    @Test
    void listsTheSetAsideEventsAndReplaysEachOnceWithItsOwnHeadersOnly() throws Exception {
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        setAside(first, "unit-1", "projection failed: unit-9 unknown");
        setAside(second, "unit-2", "projection failed: unit-8 unknown");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        DeadLetters tool = new DeadLetters(broker.bootstrapServers(), new PrintStream(printed, true, StandardCharsets.UTF_8));

        List<DeadLetters.Entry> before = tool.list(TOPIC);
        assertEquals(List.of(first, second), before.stream().map(DeadLetters.Entry::id).toList());
        assertTrue(before.stream().noneMatch(DeadLetters.Entry::replayed));
        assertEquals("projection failed: unit-9 unknown", before.get(0).reason());

        assertEquals(0, tool.run(List.of(TOPIC, "--replay")));
        String out = printed.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("2 event(s) set aside, 2 not replayed"), out);
        assertTrue(out.contains("replayed 2 event(s) on " + TOPIC), out);

        List<ConsumerRecord<String, String>> again = readAll(TOPIC);
        assertEquals(Set.of(first, second), ids(again));
        ConsumerRecord<String, String> r = again.stream().filter(x -> first.equals(header(x, "ce_id"))).findFirst().orElseThrow();
        assertEquals("unit-1", r.key());
        assertEquals("{\"id\":\"unit-1\"}", r.value());
        assertEquals("id.merit.unit.upserted.v1", header(r, "ce_type"));
        assertNull(header(r, "dead-letter-reason"), "the dead-letter headers stay behind");

        assertTrue(tool.list(TOPIC).stream().allMatch(DeadLetters.Entry::replayed));
        assertEquals(0, tool.replay(TOPIC), "nothing is replayed twice");
        assertEquals(2, readAll(TOPIC).size());

        String third = UUID.randomUUID().toString();
        setAside(third, "unit-3", "still failing");
        assertEquals(1, tool.replay(TOPIC), "only what was set aside since");
        List<ConsumerRecord<String, String>> all = readAll(TOPIC);
        assertEquals(3, all.size());
        assertEquals(Set.of(first, second, third), ids(all));
    }

    @Test
    void anUnknownTopicIsRefusedWithTheListOfTopics() {
        DeadLetters tool = new DeadLetters(broker.bootstrapServers(), new PrintStream(new ByteArrayOutputStream()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> tool.run(List.of("merit.nope.v1")));
        assertTrue(e.getMessage().contains("merit.employees.v1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> tool.run(List.of(TOPIC, "--replay-all")));
        assertFalse(Topics.MERIT.contains("merit.nope.v1"));
    }

    /** A record as SmallRye's dead-letter strategy writes it: the original record plus dead-letter-* headers. */
    private static void setAside(String id, String key, String reason) throws Exception {
        try (KafkaProducer<String, String> p = new KafkaProducer<>(Map.of("bootstrap.servers", broker.bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> r = new ProducerRecord<>(TOPIC + Topics.DEAD_LETTER_SUFFIX, key, "{\"id\":\"" + key + "\"}");
            r.headers().add("ce_id", id.getBytes(StandardCharsets.UTF_8));
            r.headers().add("ce_type", "id.merit.unit.upserted.v1".getBytes(StandardCharsets.UTF_8));
            r.headers().add("dead-letter-reason", reason.getBytes(StandardCharsets.UTF_8));
            r.headers().add("dead-letter-topic", TOPIC.getBytes(StandardCharsets.UTF_8));
            p.send(r).get(30, TimeUnit.SECONDS);
        }
    }

    private static Set<String> ids(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(x -> header(x, "ce_id")).collect(Collectors.toSet());
    }

    /** Every record on the topic's partitions. */
    private static List<ConsumerRecord<String, String>> readAll(String topic) {
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(Map.of("bootstrap.servers", broker.bootstrapServers(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> parts = c.partitionsFor(topic).stream().map(i -> new TopicPartition(topic, i.partition())).toList();
            c.assign(parts);
            c.seekToBeginning(parts);
            Map<TopicPartition, Long> end = c.endOffsets(parts);
            List<ConsumerRecord<String, String>> out = new ArrayList<>();
            while (parts.stream().anyMatch(p -> c.position(p) < end.get(p))) {
                c.poll(Duration.ofMillis(200)).forEach(out::add);
            }
            return out;
        }
    }

    private static String header(ConsumerRecord<String, String> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
