package id.merit.infra.test;

import id.merit.infra.Wait;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/** Reads a topic of the test broker from the beginning until a matching record arrives (bounded in time). */
public final class TopicReader {
    private TopicReader() {
    }

    public static ConsumerRecord<String, String> await(String topic, Predicate<ConsumerRecord<String, String>> match,
                                                       Duration timeout) {
        return awaitAll(topic, match, 1, timeout).get(0);
    }

    public static List<ConsumerRecord<String, String>> awaitAll(String topic, Predicate<ConsumerRecord<String, String>> match,
                                                                int count, Duration timeout) {
        Map<String, Object> cfg = Map.of("bootstrap.servers", MeritInfraResource.infra().kafka.bootstrapServers(),
                "group.id", "test-reader-" + UUID.randomUUID(), "auto.offset.reset", "earliest",
                "enable.auto.commit", "false");
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(cfg, new StringDeserializer(), new StringDeserializer())) {
            c.subscribe(List.of(topic));
            Wait.until(count + " matching record(s) on " + topic, timeout, () -> {
                c.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (match.test(r)) {
                        found.add(r);
                    }
                });
                return found.size() >= count;
            });
        }
        return found;
    }

    /** Everything on the topic that arrives within the window (to prove that something did NOT arrive). */
    public static List<ConsumerRecord<String, String>> readFor(String topic, Duration window) {
        Map<String, Object> cfg = Map.of("bootstrap.servers", MeritInfraResource.infra().kafka.bootstrapServers(),
                "group.id", "test-reader-" + UUID.randomUUID(), "auto.offset.reset", "earliest",
                "enable.auto.commit", "false");
        List<ConsumerRecord<String, String>> all = new ArrayList<>();
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(cfg, new StringDeserializer(), new StringDeserializer())) {
            c.subscribe(List.of(topic));
            long end = System.nanoTime() + window.toNanos();
            while (System.nanoTime() < end) {
                c.poll(Duration.ofMillis(200)).forEach(all::add);
            }
        }
        return all;
    }

    /**
     * Every matching record of a topic on any broker, each partition read from its beginning to its end offset at
     * the time of the call, without joining a consumer group (for counting what a fault test left on the topic).
     */
    public static List<ConsumerRecord<String, String>> readToEnd(String bootstrap, String topic,
                                                                 Predicate<ConsumerRecord<String, String>> match) {
        Map<String, Object> cfg = Map.of("bootstrap.servers", bootstrap, "enable.auto.commit", "false", "max.poll.records", 5000);
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(cfg, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> parts = c.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            c.assign(parts);
            c.seekToBeginning(parts);
            Map<TopicPartition, Long> end = c.endOffsets(parts, Duration.ofSeconds(30));
            Wait.until("reading " + topic + " to its end", Duration.ofMinutes(2), () -> {
                c.poll(Duration.ofSeconds(1)).forEach(r -> {
                    if (match.test(r)) {
                        found.add(r);
                    }
                });
                return parts.stream().allMatch(p -> c.position(p, Duration.ofSeconds(30)) >= end.get(p));
            });
        }
        return found;
    }

    public static String header(ConsumerRecord<String, String> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
