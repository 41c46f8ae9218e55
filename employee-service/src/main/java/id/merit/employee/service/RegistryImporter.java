package id.merit.employee.service;

import com.fasterxml.jackson.databind.JsonNode;
import id.merit.employee.Employee;
import id.merit.employee.OrgUnit;
import id.merit.employee.Position;
import id.merit.employee.client.RegistryAppraisals;
import id.merit.employee.client.RegistryCompetencies;
import id.merit.employee.client.RegistryEducation;
import id.merit.employee.client.RegistryHistory;
import id.merit.employee.client.RegistryRecord;
import id.merit.employee.client.RegistryTrainings;
import id.merit.employee.config.RegistryConfig;
import id.merit.employee.domain.CompetencyKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes one registry record (API or file row) in its own transaction: the employee is stored whole or not at all.
 * Its history rows (trainings, appraisal results, education, competency assessments) are checked one by one first; a
 * bad one is reported and skipped, it never spoils the employee.
 */
@ApplicationScoped
public class RegistryImporter {
    /** Appraisal years are judged in the pemda's time zone (a result for a year not yet begun is not plausible). */
    private static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

    /**
     * The employee's outcome (a change to a history alone makes it UPDATED) and every history row or read that was
     * skipped.
     */
    public record Result(EmployeeService.Outcome outcome, List<RegistryHistory.Rejection> rejected) {
    }

    @Inject
    EmployeeService employees;
    @Inject
    TrainingService trainings;
    @Inject
    Validator validator;
    @Inject
    RegistryConfig config;
    @Inject
    RegistryWrites writes;

    /**
     * @param history the rw-* reads, or null when there were none (an export file): trainings, appraisal results,
     *                education beyond data-utama's and competencies untouched
     * @throws IllegalArgumentException or a ProblemException carrying the reason the record was rejected
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Result importRecord(JsonNode record, RegistryHistory history, String who) {
        String nip = record != null && record.hasNonNull("nipBaru") ? record.get("nipBaru").asText() : null;
        Employee existing = nip == null ? null : Employee.findById(nip);
        EmployeeData data = RegistryRecord.toData(record, existing, unor -> {
            OrgUnit u = OrgUnit.find("registryId", unor).firstResult();
            return u == null ? null : u.id;
        });
        String invalid = violations(data);
        if (invalid != null) {
            throw new IllegalArgumentException(invalid);
        }
        if (history == null) {
            return new Result(employees.upsert(data, null, who, e -> false), List.of());
        }
        List<RegistryHistory.Rejection> rejected = new ArrayList<>(history.unread());
        List<TrainingService.RegistryRow> rows = new ArrayList<>();
        Set<String> rejectedKeys = new HashSet<>();
        Set<String> sourcesRead = new HashSet<>();
        if (history.diklat() != null) {
            sourcesRead.add(RegistryTrainings.DIKLAT);
            trainingRows(RegistryTrainings.DIKLAT, history.diklat(), RegistryTrainings::diklat, rows, rejected, rejectedKeys);
        }
        if (history.kursus() != null) {
            sourcesRead.add(RegistryTrainings.KURSUS);
            trainingRows(RegistryTrainings.KURSUS, history.kursus(), RegistryTrainings::kursus, rows, rejected, rejectedKeys);
        }
        List<Employee.RegistryAppraisal> appraisals = history.skp22() == null ? null
                : RegistryAppraisals.read(history.skp22(), config.skp22(), LocalDate.now(ZONE).getYear(), rejected);
        List<EmployeeData.EducationItem> education = data.educationOrEmpty();
        if (history.pendidikan() != null) {
            education = RegistryEducation.merge(education, RegistryHistory.rows(RegistryEducation.PENDIDIKAN, history.pendidikan(),
                    r -> checked(RegistryEducation.item(r)), rejected), rejected);
        }
        List<EmployeeData.AssessmentItem> competencies = data.competenciesOrEmpty();
        if (history.kompetensi() != null) {
            // The technical part of the dictionary costs a statement; a person without assessments does not need it.
            List<RegistryCompetencies.Known> technical = history.kompetensi().isEmpty() ? List.of() : technicalCompetencies();
            competencies = RegistryCompetencies.merge(competencies, RegistryHistory.rows(RegistryCompetencies.KOMPETENSI, history.kompetensi(),
                    r -> checked(RegistryCompetencies.assessment(r, technical)), rejected), rejected);
        }
        EmployeeService.Outcome outcome = employees.upsert(data.with(education, competencies), appraisals, who,
                e -> trainings.applyRegistry(e, rows, rejectedKeys, sourcesRead, who));
        // The id skp22/save names the person by, kept so a write needs no data-utama read of its own.
        String registryId = record.hasNonNull("id") ? record.get("id").asText().trim() : "";
        if (!registryId.isEmpty() && registryId.length() <= 100) {
            writes.rememberRegistryId(nip, registryId);
        }
        return new Result(outcome, rejected);
    }

    /** Maps and checks each training row of one read; good rows go to {@code rows}, bad ones to {@code rejected} with the reason. */
    private void trainingRows(String source, JsonNode list, Function<JsonNode, TrainingService.RegistryRow> mapping,
                              List<TrainingService.RegistryRow> rows, List<RegistryHistory.Rejection> rejected, Set<String> rejectedKeys) {
        Set<String> ids = new HashSet<>();
        int before = rejected.size();
        for (var row : RegistryHistory.rows(source, list, r -> {
            TrainingService.RegistryRow t = mapping.apply(r);
            checked(t.data());
            TrainingService.violation(t.data()).ifPresent(v -> {
                throw new IllegalArgumentException(v.field() + " " + v.message());
            });
            if (!ids.add(t.registryId())) {
                throw new IllegalArgumentException("id " + t.registryId() + " appears twice");
            }
            return t;
        }, rejected)) {
            rows.add(row.value());
        }
        for (RegistryHistory.Rejection r : rejected.subList(before, rejected.size())) {
            if (r.registryId() != null) {
                // Keep the copy imported earlier: a row that turned bad is not a row the registry dropped.
                rejectedKeys.add(TrainingService.registryKey(source, r.registryId()));
            }
        }
    }

    /**
     * The technical competencies the positions' competency standards name (each code and name once): with the nine
     * standard ones, the competencies Merit knows.
     */
    private static List<RegistryCompetencies.Known> technicalCompetencies() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Position.getEntityManager().createNativeQuery("select distinct c ->> 'code', c ->> 'name' from position p "
                + "cross join lateral jsonb_array_elements(cast(p.competency_standard as jsonb)) c where c ->> 'kind' = 'TECHNICAL' order by 1, 2")
                .getResultList();
        return rows.stream().map(r -> new RegistryCompetencies.Known((String) r[0], (String) r[1], CompetencyKind.TECHNICAL)).toList();
    }

    /** {@code data} when its field rules hold. @throws IllegalArgumentException naming the broken ones */
    private <T> T checked(T data) {
        String invalid = violations(data);
        if (invalid != null) {
            throw new IllegalArgumentException(invalid);
        }
        return data;
    }

    private <T> String violations(T data) {
        Set<ConstraintViolation<T>> violations = validator.validate(data);
        if (violations.isEmpty()) {
            return null;
        }
        return violations.stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(v -> v.getPropertyPath() + " " + v.getMessage()).collect(Collectors.joining("; "));
    }
}
