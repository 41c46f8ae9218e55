package id.merit.launcher;

import id.merit.infra.InfraException;
import id.merit.infra.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * {@code merit dead-letters <topic> [--replay]}: lists the events the services set aside on {@code <topic>.dlq}
 * (with the reason the consumer gave) and, with {@code --replay}, publishes them again on {@code <topic>} once the
 * cause is fixed. Every consumer is idempotent by event id, so the services that had processed an event skip it
 * and the one that had failed on it gets it again. Progress is the committed offset of the consumer group
 * {@value #GROUP}: an event is replayed once; one that fails again comes back to the dead-letter topic as a new record.
 */
final class DeadLetters {
    static final String GROUP = "merit-dead-letters";
    private static final String DEAD_LETTER_HEADER_PREFIX = "dead-letter-";
    private static final Duration POLL = Duration.ofMillis(500);

    private final String bootstrap;
    private final PrintStream out;

    DeadLetters(String bootstrap, PrintStream out) {
        this.bootstrap = bootstrap;
        this.out = out;
    }

    /** One set-aside event: where it sits, and whether it has been replayed already. */
    record Entry(long offset, String key, String id, String type, String reason, boolean replayed) {
    }

    /** Every record of the dead-letter topic of {@code topic}, oldest first. */
    List<Entry> list(String topic) {
        String dlq = deadLetterTopic(topic);
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = partitions(consumer, dlq);
            Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(Set.copyOf(partitions));
            List<Entry> entries = new ArrayList<>();
            readAll(consumer, partitions, Map.of(), r -> {
                OffsetAndMetadata done = committed.get(new TopicPartition(r.topic(), r.partition()));
                entries.add(new Entry(r.offset(), text(r.key()), header(r, "ce_id"), header(r, "ce_type"),
                        header(r, DEAD_LETTER_HEADER_PREFIX + "reason"), done != null && r.offset() < done.offset()));
            });
            return entries;
        }
    }

    /** Publishes the not yet replayed records again on {@code topic}; returns how many. */
    int replay(String topic) {
        String dlq = deadLetterTopic(topic);
        int replayed = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(); KafkaProducer<byte[], byte[]> producer = producer()) {
            List<TopicPartition> partitions = partitions(consumer, dlq);
            List<ConsumerRecord<byte[], byte[]>> pending = new ArrayList<>();
            readAll(consumer, partitions, consumer.committed(Set.copyOf(partitions)), pending::add);
            Map<TopicPartition, OffsetAndMetadata> next = new HashMap<>();
            for (ConsumerRecord<byte[], byte[]> r : pending) {
                ProducerRecord<byte[], byte[]> again = new ProducerRecord<>(topic, r.key(), r.value());
                for (Header h : r.headers()) {
                    if (!h.key().startsWith(DEAD_LETTER_HEADER_PREFIX)) {
                        again.headers().add(h);
                    }
                }
                producer.send(again).get(30, TimeUnit.SECONDS);
                replayed++;
                next.put(new TopicPartition(r.topic(), r.partition()), new OffsetAndMetadata(r.offset() + 1));
                // Committed after each acknowledged send: an interrupted replay resumes after the last event it re-sent.
                consumer.commitSync(next);
            }
            return replayed;
        } catch (InfraException e) {
            throw e;
        } catch (Exception e) {
            throw new InfraException("replay of " + dlq + " stopped after " + replayed + " event(s): " + e.getMessage(), e);
        }
    }

    int run(List<String> args) {
        List<String> topics = args.stream().filter(a -> !a.startsWith("--")).toList();
        if (topics.size() != 1 || args.stream().anyMatch(a -> a.startsWith("--") && !a.equals("--replay"))) {
            throw new IllegalArgumentException("usage: merit dead-letters <topic> [--replay], topic one of " + Topics.MERIT);
        }
        String topic = topics.get(0);
        List<Entry> entries;
        try {
            entries = list(topic);
        } catch (org.apache.kafka.common.KafkaException e) {
            throw new InfraException("cannot read " + deadLetterTopic(topic) + " from the broker at " + bootstrap
                    + " (KAFKA_BOOTSTRAP_SERVERS): " + e.getMessage(), e);
        }
        long waiting = entries.stream().filter(e -> !e.replayed()).count();
        out.printf("%s: %d event(s) set aside, %d not replayed%n", deadLetterTopic(topic), entries.size(), waiting);
        for (Entry e : entries) {
            out.printf("  %6d %s %-38s %-36s key=%s  %s%n", e.offset(), e.replayed() ? "replayed" : "waiting ",
                    e.type(), e.id(), e.key(), e.reason() == null ? "" : e.reason());
        }
        if (args.contains("--replay")) {
            out.printf("replayed %d event(s) on %s%n", replay(topic), topic);
        }
        return 0;
    }

    private static String deadLetterTopic(String topic) {
        if (!Topics.MERIT.contains(topic)) {
            throw new IllegalArgumentException("unknown topic " + topic + "; one of " + Topics.MERIT);
        }
        return topic + Topics.DEAD_LETTER_SUFFIX;
    }

    /** Reads the partitions to their current end, each from its offset in {@code from} or else from the start. */
    private static void readAll(KafkaConsumer<byte[], byte[]> consumer, List<TopicPartition> partitions,
                                Map<TopicPartition, OffsetAndMetadata> from, Consumer<ConsumerRecord<byte[], byte[]>> each) {
        consumer.assign(partitions);
        for (TopicPartition p : partitions) {
            OffsetAndMetadata c = from.get(p);
            if (c == null) {
                consumer.seekToBeginning(List.of(p));
            } else {
                consumer.seek(p, c.offset());
            }
        }
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
            if (System.nanoTime() > deadline) {
                throw new InfraException("could not read " + partitions + " to its end within 60 s");
            }
            for (ConsumerRecord<byte[], byte[]> r : consumer.poll(POLL)) {
                if (r.offset() < end.get(new TopicPartition(r.topic(), r.partition()))) {
                    each.accept(r);
                }
            }
        }
    }

    private static List<TopicPartition> partitions(KafkaConsumer<byte[], byte[]> consumer, String topic) {
        var infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
        if (infos == null || infos.isEmpty()) {
            throw new InfraException("topic " + topic + " does not exist on the broker");
        }
        return infos.stream().map(i -> new TopicPartition(i.topic(), i.partition())).toList();
    }

    private KafkaConsumer<byte[], byte[]> consumer() {
        Map<String, Object> cfg = new HashMap<>();
        cfg.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        cfg.put(ConsumerConfig.GROUP_ID_CONFIG, GROUP);
        cfg.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        cfg.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return new KafkaConsumer<>(cfg, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    private KafkaProducer<byte[], byte[]> producer() {
        Map<String, Object> cfg = new HashMap<>();
        cfg.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        cfg.put(ProducerConfig.ACKS_CONFIG, "all");
        cfg.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return new KafkaProducer<>(cfg, new ByteArraySerializer(), new ByteArraySerializer());
    }

    private static String header(ConsumerRecord<byte[], byte[]> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : text(h.value());
    }

    private static String text(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }
}
