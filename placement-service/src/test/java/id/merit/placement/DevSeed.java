package id.merit.placement;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.merit.infra.test.EventSchemas;
import id.merit.infra.test.TopicWriter;
import io.quarkus.narayana.jta.QuarkusTransaction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** Events for the development tests: units with parents, positions with a chosen standard, employees with trainings. */
final class DevSeed {
    static final Duration WAIT = Duration.ofSeconds(30);
    private static final ObjectMapper M = new ObjectMapper();

    private DevSeed() {
    }

    static UUID unit(String code, UUID parentId) {
        UUID id = UUID.randomUUID();
        String json = "{\"id\":\"" + id + "\",\"code\":\"" + code + "\",\"name\":\"Unit " + code + "\",\"parentId\":"
                + (parentId == null ? "null" : "\"" + parentId + "\"") + ",\"headPositionId\":null,\"version\":1}";
        EventSchemas.assertValid("events/unit.upserted.schema.json", json);
        TopicWriter.send(Seed.ORG, id.toString(), "id.merit.unit.upserted.v1", json);
        return id;
    }

    /** An ADMINISTRATOR-profile position (S1 Manajemen, 3 years as PENGAWAS) of the given type, standard and minimum golongan. */
    static UUID position(UUID unitId, String type, Map<String, Integer> standard, String minGolongan) {
        UUID id = UUID.randomUUID();
        try {
            ObjectNode p = (ObjectNode) M.readTree(Seed.positionJson(id, unitId, 1, "[]", 1));
            p.put("type", type);
            p.put("name", "Jabatan " + id.toString().substring(0, 4));
            ArrayNode s = p.putArray("competencyStandard");
            standard.forEach((code, level) -> s.addObject().put("code", code).putNull("name")
                    .put("kind", code.startsWith("TEKNIS") ? "TECHNICAL" : "MANAGERIAL").put("requiredLevel", level));
            ((ObjectNode) p.get("requirements")).put("minGolongan", minGolongan);
            String json = p.toString();
            EventSchemas.assertValid("events/position.upserted.schema.json", json);
            TopicWriter.send(Seed.ORG, id.toString(), "id.merit.position.upserted.v1", json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return id;
    }

    record Training(LocalDate start, LocalDate end, int hours) {
    }

    /**
     * An employee (Seed's profile: S1 Manajemen, III/d, PENGAWAS since 2019) sitting in positionId.
     * @param trainings null leaves the field out, as snapshots from before training records did
     */
    static String employeeJson(String nip, UUID unitId, UUID positionId, String supervisorNip, Map<String, Integer> competencies,
                               Double potential, Training[] trainings, long version) {
        try {
            ObjectNode e = (ObjectNode) M.readTree(Seed.employeeJson(nip, unitId, "ACTIVE", 1, 1, potential, version));
            ((ObjectNode) e.get("position")).put("id", positionId.toString());
            ((ObjectNode) e.get("positionHistory").get(0)).put("positionId", positionId.toString());
            if (supervisorNip == null) {
                e.putNull("supervisorNip");
            } else {
                e.put("supervisorNip", supervisorNip);
            }
            ArrayNode c = e.putArray("competencies");
            competencies.forEach((code, level) -> c.addObject().put("code", code).put("kind", "MANAGERIAL").put("level", level)
                    .put("assessedOn", "2025-03-01").putNull("source"));
            // A snapshot without the field is the contract as it was before training records: valid but for them.
            EventSchemas.assertValid("events/employee.upserted.schema.json", withTrainings(e, trainings == null ? new Training[0] : trainings));
            return withTrainings(e, trainings);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static String withTrainings(ObjectNode employee, Training[] trainings) {
        ObjectNode e = employee.deepCopy();
        e.remove("trainings");
        if (trainings != null) {
            ArrayNode a = e.putArray("trainings");
            for (Training t : trainings) {
                ObjectNode o = a.addObject();
                o.put("id", UUID.randomUUID().toString()).put("title", "Pelatihan " + t.start()).put("type", "COURSE").putNull("provider")
                        .put("startDate", t.start().toString()).put("endDate", t.end().toString()).put("hours", t.hours());
                o.putArray("competencies").add("KOMUNIKASI");
                o.putNull("evidenceUrl").put("source", "MANUAL");
            }
        }
        return e.toString();
    }

    static void employee(String nip, UUID unitId, UUID positionId, String supervisorNip, Map<String, Integer> competencies, Double potential,
                         Training[] trainings, long version) {
        TopicWriter.send(Seed.EMPLOYEES, nip, "id.merit.employee.upserted.v1",
                employeeJson(nip, unitId, positionId, supervisorNip, competencies, potential, trainings, version));
    }

    static void appraisal(String nip, int year, String predikat, long version, java.util.Set<String> below) {
        TopicWriter.send(Seed.APPRAISALS, nip, "id.merit.appraisal.finalized.v1", Seed.finalizedJson(nip, year, predikat, version, below));
    }

    static void awaitEmployee(String nip, long version) {
        Seed.await(WAIT, () -> QuarkusTransaction.requiringNew().call(() -> {
            EmployeeView e = EmployeeView.findById(nip);
            return e != null && e.version >= version;
        }));
    }

    static void awaitPositions(UUID... ids) {
        Seed.await(WAIT, () -> QuarkusTransaction.requiringNew().call(() -> PositionView.count("id in ?1", java.util.List.of(ids)) == ids.length));
    }

    static void awaitUnits(UUID... ids) {
        Seed.await(WAIT, () -> QuarkusTransaction.requiringNew().call(() -> UnitView.count("id in ?1", java.util.List.of(ids)) == ids.length));
    }

    static void awaitPredikat(String nip, int year, long version) {
        Seed.await(WAIT, () -> QuarkusTransaction.requiringNew().call(() -> {
            PredikatRecord r = PredikatRecord.findById(new PredikatRecord.Key(nip, year));
            return r != null && r.version >= version;
        }));
    }
}
