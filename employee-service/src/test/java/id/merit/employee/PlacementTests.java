package id.merit.employee;

import id.merit.employee.domain.PositionType;
import id.merit.infra.test.EventSchemas;
import id.merit.infra.test.TopicReader;
import id.merit.infra.test.TopicWriter;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

@QuarkusTest
@TestSecurity(user = "hr.admin", roles = "hr-admin")
class PlacementTests {
    static final String TOPIC = "merit.placements.v1";
    static final String TYPE = "id.merit.placement.approved.v1";

    @Inject
    Seed seed;

    static String placement(String nip, UUID position, UUID unit, LocalDate tmt, String ref, long version) {
        String json = "{\"nip\":\"" + nip + "\",\"positionId\":\"" + position + "\",\"unitId\":\"" + unit + "\",\"tmt\":\"" + tmt
                + "\",\"decisionRef\":\"" + ref + "\",\"version\":" + version + "}";
        EventSchemas.assertValid("events/placement.approved.schema.json", json);
        return json;
    }

    private static List<PositionHistory> history(String nip) {
        return Seed.read(() -> PositionHistory.of(nip));
    }

    private static long version(String nip) {
        return Seed.read(() -> Employee.<Employee>findById(nip).version);
    }

    @Test
    void anApprovedPlacementMovesTheEmployeeClosesTheOldRowAndIsAppliedOnceWhenReplayed() {
        UUID unit = seed.unit("Dinas Pendidikan", null);
        UUID guru = seed.position(unit, PositionType.PELAKSANA, 5);
        UUID kasi = seed.position(unit, PositionType.PENGAWAS, 1);
        String nip = seed.employee("Guru Berprestasi");
        seed.place(nip, guru, LocalDate.of(2020, 1, 2));
        String ref = Seed.unique("SK-800");

        String eventId = TopicWriter.send(TOPIC, nip, TYPE, placement(nip, kasi, unit, LocalDate.of(2026, 3, 1), ref, 1));
        Seed.await(Duration.ofSeconds(30), () -> history(nip).size() == 2);

        List<PositionHistory> h = history(nip);
        assertEquals(kasi, h.get(0).positionId);
        assertNull(h.get(0).until);
        assertEquals(ref, h.get(0).decisionRef);
        assertEquals(LocalDate.of(2026, 3, 1), h.get(1).until);
        assertEquals(kasi, Seed.read(() -> Employee.<Employee>findById(nip).positionId));
        long afterFirst = version(nip);

        // The same event delivered again, then a later marker event to know the consumer got past it.
        TopicWriter.send(TOPIC, nip, TYPE, eventId, placement(nip, kasi, unit, LocalDate.of(2026, 3, 1), ref, 1));
        String marker = seed.employee("Penanda");
        TopicWriter.send(TOPIC, marker, TYPE, placement(marker, guru, unit, LocalDate.of(2026, 3, 1), Seed.unique("SK-M"), 1));
        Seed.await(Duration.ofSeconds(30), () -> history(marker).size() == 1);

        assertEquals(2, history(nip).size());
        assertEquals(afterFirst, version(nip));
    }

    @Test
    void anOlderVersionOfAnAppliedDecisionIsIgnored() {
        UUID unit = seed.unit("Dinas Kesehatan", null);
        UUID a = seed.position(unit, PositionType.PELAKSANA, 5);
        UUID b = seed.position(unit, PositionType.PELAKSANA, 5);
        String nip = seed.employee("Perawat");
        String ref = Seed.unique("SK-821");
        TopicWriter.send(TOPIC, nip, TYPE, placement(nip, b, unit, LocalDate.of(2026, 2, 1), ref, 2));
        Seed.await(Duration.ofSeconds(30), () -> history(nip).size() == 1);
        TopicWriter.send(TOPIC, nip, TYPE, placement(nip, a, unit, LocalDate.of(2026, 2, 1), ref, 1));
        String marker = seed.employee("Penanda");
        TopicWriter.send(TOPIC, marker, TYPE, placement(marker, a, unit, LocalDate.of(2026, 2, 1), Seed.unique("SK-M"), 1));
        Seed.await(Duration.ofSeconds(30), () -> history(marker).size() == 1);
        assertEquals(b, Seed.read(() -> Employee.<Employee>findById(nip).positionId));
        assertEquals(1, history(nip).size());
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndTheChannelKeepsConsuming() {
        UUID unit = seed.unit("Dinas Perhubungan", null);
        UUID pos = seed.position(unit, PositionType.PELAKSANA, 5);
        String nip = seed.employee("Petugas");
        String poisonKey = Seed.unique("poison");
        TopicWriter.sendRaw(TOPIC, poisonKey, "not json at all");
        String unknownEmployee = "197001012000011999";
        TopicWriter.send(TOPIC, unknownEmployee, TYPE, placement(unknownEmployee, pos, unit, LocalDate.of(2026, 1, 2), Seed.unique("SK-X"), 1));
        TopicWriter.send(TOPIC, nip, TYPE, placement(nip, pos, unit, LocalDate.of(2026, 1, 2), Seed.unique("SK-900"), 1));

        TopicReader.await(TOPIC + ".dlq", r -> poisonKey.equals(r.key()), Duration.ofSeconds(30));
        TopicReader.await(TOPIC + ".dlq", r -> unknownEmployee.equals(r.key()), Duration.ofSeconds(30));
        Seed.await(Duration.ofSeconds(30), () -> history(nip).size() == 1);
    }
}
