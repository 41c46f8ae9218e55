import id.merit.infra.KafkaBroker;
import id.merit.infra.Net;
import id.merit.infra.Topics;

import java.nio.file.Path;
import java.time.Duration;

/** Starts a single-node KRaft broker with the Merit topics (same code as the launcher and the tests) until killed. */
public class BenchKafka {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        KafkaBroker kafka = new KafkaBroker(dir, Net.freePort(), Net.freePort(), dir.resolve("broker.log"), "512m")
                .start(Duration.ofSeconds(120));
        Topics.ensure(kafka, 3);
        Runtime.getRuntime().addShutdownHook(new Thread(kafka::stop));
        System.out.println("READY " + kafka.bootstrapServers());
        System.out.flush();
        Thread.currentThread().join();
    }
}
