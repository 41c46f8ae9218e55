package id.merit.employee.service;

import com.fasterxml.jackson.databind.JsonNode;
import id.merit.employee.Employee;
import id.merit.employee.OrgUnit;
import id.merit.employee.client.RegistryRecord;
import id.merit.employee.client.RegistryTrainings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes one registry record (API or file row) in its own transaction: the employee is stored whole or not at all.
 * Its training rows are checked one by one first; a bad one is reported and skipped, it never spoils the employee.
 */
@ApplicationScoped
public class RegistryImporter {
    /** The employee's outcome (a training change alone makes it UPDATED) and the training rows that were skipped. */
    public record Result(EmployeeService.Outcome outcome, List<RegistryTrainings.Rejection> rejectedTrainings) {
    }

    @Inject
    EmployeeService employees;
    @Inject
    TrainingService trainings;
    @Inject
    Validator validator;

    /**
     * @param lists the rw-diklat / rw-kursus reads, or null when there were none (an export file): trainings untouched
     * @throws IllegalArgumentException or a ProblemException carrying the reason the record was rejected
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Result importRecord(JsonNode record, RegistryTrainings.Lists lists, String who) {
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
        if (lists == null) {
            return new Result(employees.upsert(data, who), List.of());
        }
        List<TrainingService.RegistryRow> rows = new ArrayList<>();
        Set<String> rejectedKeys = new HashSet<>();
        List<RegistryTrainings.Rejection> rejected = new ArrayList<>(lists.unread());
        Set<String> sourcesRead = new HashSet<>();
        if (lists.diklat() != null) {
            sourcesRead.add(RegistryTrainings.DIKLAT);
            read(RegistryTrainings.DIKLAT, lists.diklat(), RegistryTrainings::diklat, rows, rejected, rejectedKeys);
        }
        if (lists.kursus() != null) {
            sourcesRead.add(RegistryTrainings.KURSUS);
            read(RegistryTrainings.KURSUS, lists.kursus(), RegistryTrainings::kursus, rows, rejected, rejectedKeys);
        }
        EmployeeService.Outcome outcome = employees.upsert(data, who, e -> trainings.applyRegistry(e, rows, rejectedKeys, sourcesRead, who));
        return new Result(outcome, rejected);
    }

    /** Maps and checks each row of one read; good rows go to {@code rows}, bad ones to {@code rejected} with the reason. */
    private void read(String source, JsonNode list, Function<JsonNode, TrainingService.RegistryRow> mapping,
                      List<TrainingService.RegistryRow> rows, List<RegistryTrainings.Rejection> rejected, Set<String> rejectedKeys) {
        Set<String> ids = new HashSet<>();
        int index = 0;
        for (JsonNode item : list) {
            index++;
            String id = RegistryTrainings.idOf(item);
            try {
                TrainingService.RegistryRow row = mapping.apply(item);
                String invalid = violations(row.data());
                if (invalid == null) {
                    invalid = TrainingService.violation(row.data()).map(v -> v.field() + " " + v.message()).orElse(null);
                }
                if (invalid == null && !ids.add(row.registryId())) {
                    invalid = "id " + row.registryId() + " appears twice";
                }
                if (invalid != null) {
                    throw new IllegalArgumentException(invalid);
                }
                rows.add(row);
            } catch (IllegalArgumentException e) {
                rejected.add(new RegistryTrainings.Rejection(source, index, id, e.getMessage()));
                if (id != null) {
                    // Keep the copy imported earlier: a row that turned bad is not a row the registry dropped.
                    rejectedKeys.add(TrainingService.registryKey(source, id));
                }
            }
        }
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
