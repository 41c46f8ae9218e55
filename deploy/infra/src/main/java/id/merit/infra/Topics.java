package id.merit.infra;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/** Merit's topics (DESIGN §4) and their dead-letter topics, created when missing. */
public final class Topics {
    public static final List<String> MERIT = List.of(
            "merit.org.v1", "merit.employees.v1", "merit.appraisals.v1", "merit.feedback.v1", "merit.placements.v1");
    public static final String DEAD_LETTER_SUFFIX = ".dlq";

    private Topics() {
    }

    public static List<String> all() {
        List<String> all = new ArrayList<>(MERIT);
        MERIT.forEach(t -> all.add(t + DEAD_LETTER_SUFFIX));
        return all;
    }

    public static void ensure(KafkaBroker broker, int partitions) {
        try (Admin admin = broker.admin()) {
            Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
            List<NewTopic> missing = all().stream().filter(t -> !existing.contains(t))
                    .map(t -> new NewTopic(t, t.endsWith(DEAD_LETTER_SUFFIX) ? 1 : partitions, (short) 1))
                    .toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new InfraException("cannot create Merit's topics on " + broker.bootstrapServers() + ": " + e.getMessage(), e);
        }
    }
}
