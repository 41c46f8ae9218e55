package id.merit.infra;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KafkaBrokerTests {
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
    void createsEveryMeritTopicAndItsDeadLetterTopic() throws Exception {
        var names = broker.admin().listTopics().names().get(10, TimeUnit.SECONDS);
        assertTrue(names.containsAll(Topics.all()), "topics: " + names);
        assertEquals(10, Topics.all().size());
        Topics.ensure(broker, 3); // idempotent: a second call finds them all and creates nothing
    }

    @Test
    void aRecordProducedIsConsumedBackFromTheRealBroker() {
        Map<String, Object> p = Map.of("bootstrap.servers", broker.bootstrapServers(), "acks", "all");
        try (var producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("merit.org.v1", "unit-1", "{\"hello\":1}")).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        Map<String, Object> c = Map.of("bootstrap.servers", broker.bootstrapServers(), "group.id", "t",
                "auto.offset.reset", "earliest");
        List<ConsumerRecord<String, String>> seen = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(c, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("merit.org.v1"));
            Wait.until("the record", Duration.ofSeconds(30), () -> {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                return !seen.isEmpty();
            });
        }
        assertEquals("unit-1", seen.get(0).key());
        assertEquals("{\"hello\":1}", seen.get(0).value());
    }

    @Test
    void refusesToStartOnAPortInUseAndSaysWhich() {
        var clash = new KafkaBroker(dir.resolve("other"), broker.port(), Net.freePort(), dir.resolve("o.log"), "256m");
        InfraException e = assertThrows(InfraException.class, () -> clash.start(Duration.ofSeconds(5)));
        assertTrue(e.getMessage().contains(String.valueOf(broker.port())), e.getMessage());
        assertFalse(e.getMessage().isBlank());
    }
}
