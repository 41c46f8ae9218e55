package id.merit.employee.service;

import com.fasterxml.jackson.databind.JsonNode;
import id.merit.employee.Employee;
import id.merit.employee.OrgUnit;
import id.merit.employee.client.RegistryRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;

/** Writes one registry record (API or file row) in its own transaction: it is stored whole or not at all. */
@ApplicationScoped
public class RegistryImporter {
    @Inject
    EmployeeService employees;
    @Inject
    Validator validator;

    /** @throws IllegalArgumentException or a ProblemException carrying the reason the record was rejected */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public EmployeeService.Outcome importRecord(JsonNode record, String who) {
        String nip = record != null && record.hasNonNull("nipBaru") ? record.get("nipBaru").asText() : null;
        Employee existing = nip == null ? null : Employee.findById(nip);
        EmployeeData data = RegistryRecord.toData(record, existing, unor -> {
            OrgUnit u = OrgUnit.find("registryId", unor).firstResult();
            return u == null ? null : u.id;
        });
        Set<ConstraintViolation<EmployeeData>> violations = validator.validate(data);
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException(violations.stream()
                    .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .map(v -> v.getPropertyPath() + " " + v.getMessage()).collect(Collectors.joining("; ")));
        }
        return employees.upsert(data, who);
    }
}
