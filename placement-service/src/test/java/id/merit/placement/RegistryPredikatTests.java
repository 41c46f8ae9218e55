package id.merit.placement;

import id.merit.infra.test.EventSchemas;
import id.merit.infra.test.TopicReader;
import id.merit.infra.test.TopicWriter;
import id.merit.placement.domain.PredikatYear;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static id.merit.placement.Seed.registryAppraisal;
import static id.merit.placement.Seed.registryAppraisals;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The predikat history's two sources: Merit's own final results (appraisal.finalized) and the national registry's
 * (employee.upserted's registryAppraisals), with Merit's winning its year; and explanations that name the source and
 * an objection. Vacancies have TMT 2026-07-01, so the ADMINISTRATOR rule reads 2025 and 2024.
 */
@QuarkusTest
class RegistryPredikatTests {
    static final Duration WAIT = Duration.ofSeconds(30);
    static final String UPSERTED = "id.merit.employee.upserted.v1";
    static final String PREDIKAT_CHECK = "eligibility.checks.find { it.rule == 'PREDIKAT_RECENT_YEARS' }";
    static final String PREDIKAT_PART = "score.parts.find { it.component == 'PREDIKAT' }";

    /** A snapshot of the employee Seed.employee makes, with the registry's results; schema-checked when it has them. */
    private static String snapshot(String nip, UUID unit, long version, String registry) {
        String json = Seed.employeeJson(nip, unit, "ACTIVE", 3, 3, 85.0, version, registry);
        if (registry != null) {
            EventSchemas.assertValid("events/employee.upserted.schema.json", json);
        }
        return json;
    }

    private static void upsert(String nip, UUID unit, long version, String registry) {
        TopicWriter.send(Seed.EMPLOYEES, nip, UPSERTED, snapshot(nip, unit, version, registry));
    }

    private static void awaitMerit(String nip, int year, long version) {
        Seed.await(WAIT, () -> {
            PredikatRecord r = row(nip, year);
            return r != null && r.source == PredikatYear.Source.MERIT && r.version == version;
        });
    }

    private static PredikatRecord row(String nip, int year) {
        return QuarkusTransaction.requiringNew().call(() -> PredikatRecord.findById(new PredikatRecord.Key(nip, year)));
    }

    /** The stored history as year → "PREDIKAT SOURCE", to compare whole. */
    private static Map<Integer, String> history(String nip) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<Integer, String> out = new TreeMap<>();
            PredikatRecord.of(nip).forEach(r -> out.put(r.key.year, r.predikat + " " + r.source));
            return out;
        });
    }

    /** An ADMINISTRATOR position in unit1 and an employee of unit2 who meets every rule but the predikat one (version 1, no predikat). */
    private record Scene(UUID unit1, UUID unit2, UUID position, String nip) {
        static Scene create() {
            UUID unit1 = Seed.unit("RG1-" + UUID.randomUUID().toString().substring(0, 6));
            UUID unit2 = Seed.unit("RG2-" + UUID.randomUUID().toString().substring(0, 6));
            UUID position = Seed.position(unit1, 1);
            String nip = Seed.employee(unit2, 3, 3, 85.0);
            DevSeed.awaitPositions(position);
            DevSeed.awaitEmployee(nip, 1);
            return new Scene(unit1, unit2, position, nip);
        }
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    void registryResultsMakeACandidateEligibleAndEveryExplanationSaysTheyComeFromTheRegistry() {
        Scene s = Scene.create();
        String nip = s.nip();
        String vacancy = PlacementTests.storedVacancy(s.position(), "ADMINISTRATOR", s.unit1());
        // At go-live Merit has no results of its own yet: no predikat, so not eligible.
        given().queryParam("vacancyId", vacancy).queryParam("nip", nip).get("/api/v1/eligibility").then().statusCode(200)
                .body("eligibility.eligible", is(false)).body(PREDIKAT_CHECK + ".actual", is("2025:none, 2024:none"));

        upsert(nip, s.unit2(), 2, registryAppraisals(registryAppraisal(2023, "KURANG"), registryAppraisal(2024, "BAIK"),
                registryAppraisal(2025, "SANGAT_BAIK")));
        DevSeed.awaitEmployee(nip, 2);
        assertEquals(Map.of(2023, "KURANG REGISTRY", 2024, "BAIK REGISTRY", 2025, "SANGAT_BAIK REGISTRY"), history(nip));

        given().queryParam("vacancyId", vacancy).queryParam("nip", nip).get("/api/v1/eligibility").then().statusCode(200)
                .body("eligibility.eligible", is(true))
                .body(PREDIKAT_CHECK + ".actual", is("2025:SANGAT_BAIK (REGISTRY), 2024:BAIK (REGISTRY)"))
                .body(PREDIKAT_CHECK + ".predikatUsed.year", is(List.of(2025, 2024)))
                .body(PREDIKAT_CHECK + ".predikatUsed.source", is(List.of("REGISTRY", "REGISTRY")))
                .body(PREDIKAT_CHECK + ".predikatUsed.underObjection", is(List.of(false, false)))
                // (100 + 75) / 2, the same as Merit's own results would score.
                .body(PREDIKAT_PART + ".value", is(87.5f))
                .body(PREDIKAT_PART + ".predikatUsed.source", is(List.of("REGISTRY", "REGISTRY")))
                .body("score.parts.find { it.component == 'TALENT' }.predikatUsed[0].source", is("REGISTRY"))
                .body("score.parts.find { it.component == 'JPM' }.predikatUsed", is(List.of()));
        given().get("/api/v1/talent/" + nip).then().statusCode(200)
                .body("latestYear", is(2025)).body("latestPredikat", is("SANGAT_BAIK")).body("latestSource", is("REGISTRY"))
                .body("latestUnderObjection", is(false)).body("classification.box", is(9));
    }

    @Test
    @TestSecurity(user = "hr.admin", roles = "hr-admin")
    void theRankingAndTheEligibilityNameAPredikatUnderObjectionAndItsSource() {
        Scene s = Scene.create();
        String nip = s.nip();
        Seed.predikat(nip, 2025, "BAIK");
        TopicWriter.send(Seed.APPRAISALS, nip, "id.merit.appraisal.reopened.v1", ProjectionTests.reopenedJson(nip, 2025, "BAIK", 2));
        upsert(nip, s.unit2(), 2, registryAppraisals(registryAppraisal(2024, "BAIK")));
        DevSeed.awaitEmployee(nip, 2);
        Seed.await(WAIT, () -> row(nip, 2025) != null && row(nip, 2025).underObjection);
        String vacancy = PlacementTests.openVacancy(s.position());

        // Still in force (eligible, scored), but said: 2025 is Merit's and under objection, 2024 the registry's.
        given().queryParam("vacancyId", vacancy).queryParam("nip", nip).get("/api/v1/eligibility").then().statusCode(200)
                .body("eligibility.eligible", is(true))
                .body(PREDIKAT_CHECK + ".actual", is("2025:BAIK (MERIT, under objection), 2024:BAIK (REGISTRY)"))
                .body(PREDIKAT_CHECK + ".predikatUsed.source", is(List.of("MERIT", "REGISTRY")))
                .body(PREDIKAT_CHECK + ".predikatUsed.underObjection", is(List.of(true, false)))
                .body(PREDIKAT_PART + ".predikatUsed.underObjection", is(List.of(true, false)))
                .body("score.parts.find { it.component == 'TALENT' }.predikatUsed[0].underObjection", is(true));
        String me = "find { it.nip == '" + nip + "' }.score.parts.find { it.component == 'PREDIKAT' }.predikatUsed";
        given().queryParam("unitId", s.unit2()).get("/api/v1/vacancies/" + vacancy + "/candidates").then().statusCode(200)
                .body(me + ".year", is(List.of(2025, 2024)))
                .body(me + ".predikat", is(List.of("BAIK", "BAIK")))
                .body(me + ".source", is(List.of("MERIT", "REGISTRY")))
                .body(me + ".underObjection", is(List.of(true, false)));
        given().get("/api/v1/talent/" + nip).then().statusCode(200)
                .body("latestSource", is("MERIT")).body("latestUnderObjection", is(true));
    }

    @Test
    void meritsOwnResultWinsItsYearAndTheRegistryRowsFollowTheNewestSnapshot() {
        String nip = Seed.nip();
        UUID unit = UUID.randomUUID();
        // Merit's 2025 result arrives before the first snapshot that lists 2025 from the registry.
        TopicWriter.send(Seed.APPRAISALS, nip, "id.merit.appraisal.finalized.v1", Seed.finalizedJson(nip, 2025, "BAIK", 1));
        awaitMerit(nip, 2025, 1);
        upsert(nip, unit, 1, registryAppraisals(registryAppraisal(2022, "BAIK"), registryAppraisal(2023, "BUTUH_PERBAIKAN"),
                registryAppraisal(2024, "BAIK"), registryAppraisal(2025, "KURANG")));
        DevSeed.awaitEmployee(nip, 1);
        assertEquals(Map.of(2022, "BAIK REGISTRY", 2023, "BUTUH_PERBAIKAN REGISTRY", 2024, "BAIK REGISTRY", 2025, "BAIK MERIT"), history(nip));
        assertEquals(1L, row(nip, 2025).version);

        // Merit's 2024 result replaces the registry's, whatever the version; a reopening of the registry-only 2023 does nothing.
        TopicWriter.send(Seed.APPRAISALS, nip, "id.merit.appraisal.finalized.v1", Seed.finalizedJson(nip, 2024, "SANGAT_BAIK", 1));
        TopicWriter.send(Seed.APPRAISALS, nip, "id.merit.appraisal.reopened.v1", ProjectionTests.reopenedJson(nip, 2023, "BUTUH_PERBAIKAN", 3));
        // A marker behind them on the same partition (same key) proves both were consumed.
        TopicWriter.send(Seed.APPRAISALS, nip, "id.merit.appraisal.finalized.v1", Seed.finalizedJson(nip, 2019, "BAIK", 1));
        awaitMerit(nip, 2019, 1);
        PredikatRecord merit2024 = row(nip, 2024);
        assertEquals("SANGAT_BAIK", merit2024.predikat);
        assertEquals(PredikatYear.Source.MERIT, merit2024.source);
        assertNotNull(merit2024.berakhlak);
        PredikatRecord registry2023 = row(nip, 2023);
        assertEquals(PredikatYear.Source.REGISTRY, registry2023.source);
        assertFalse(registry2023.underObjection);
        assertEquals(0L, registry2023.version);

        // A later snapshot no longer lists 2022 and corrects 2023: 2022 goes, 2023 follows; Merit's years stay as they are.
        String v2 = snapshot(nip, unit, 2, registryAppraisals(registryAppraisal(2023, "BAIK"), registryAppraisal(2024, "KURANG"),
                registryAppraisal(2025, "KURANG")));
        String v2Id = UUID.randomUUID().toString();
        TopicWriter.send(Seed.EMPLOYEES, nip, UPSERTED, v2Id, v2);
        DevSeed.awaitEmployee(nip, 2);
        Map<Integer, String> afterV2 = Map.of(2019, "BAIK MERIT", 2023, "BAIK REGISTRY", 2024, "SANGAT_BAIK MERIT", 2025, "BAIK MERIT");
        assertEquals(afterV2, history(nip));

        // Redelivered (same event id) and older (new id, version 1) snapshots change nothing; nor does one without
        // the field (from before registry results were carried), which is the marker that all three were consumed.
        TopicWriter.send(Seed.EMPLOYEES, nip, UPSERTED, v2Id, v2);
        upsert(nip, unit, 1, registryAppraisals(registryAppraisal(2022, "SANGAT_KURANG")));
        upsert(nip, unit, 3, null);
        DevSeed.awaitEmployee(nip, 3);
        assertEquals(afterV2, history(nip));

        // An empty list: the registry knows none, so the REGISTRY rows go and Merit's stay.
        upsert(nip, unit, 4, registryAppraisals());
        DevSeed.awaitEmployee(nip, 4);
        assertEquals(Map.of(2019, "BAIK MERIT", 2024, "SANGAT_BAIK MERIT", 2025, "BAIK MERIT"), history(nip));
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    void aMalformedRegistryEntryIsPoisonAndLeavesTheEmployeeAsItWas() {
        String nip = Seed.employee(UUID.randomUUID(), 3, 3, 85.0);
        DevSeed.awaitEmployee(nip, 1);
        String bad = Seed.employeeJson(nip, UUID.randomUUID(), "ACTIVE", 3, 3, 85.0, 2, "[{\"year\":2024,\"predikat\":\"ISTIMEWA\"}]");
        TopicWriter.send(Seed.EMPLOYEES, nip, UPSERTED, bad);
        TopicReader.await(Seed.EMPLOYEES + ".dlq", r -> nip.equals(r.key()), WAIT);
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> ((EmployeeView) EmployeeView.findById(nip)).version));
        assertEquals(Map.of(), history(nip));
        given().get("/api/v1/talent/" + nip).then().statusCode(200)
                .body("latestPredikat", is((Object) null)).body("latestSource", is((Object) null));
    }
}
