package id.merit.employee.service;

import id.merit.employee.Employee;
import id.merit.employee.Training;
import id.merit.employee.domain.TrainingSource;
import id.merit.platform.problem.Problem;
import id.merit.platform.problem.ProblemException;
import id.merit.platform.rest.Versions;
import id.merit.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Training records (completed development activities) of an employee. They are part of the employee snapshot, so
 * every change bumps the employee's version and republishes employee.upserted in the same transaction.
 */
@ApplicationScoped
public class TrainingService {
    /** An employee's trainings; with a year, those that ended in it and their JP total. */
    public record Listing(String nip, Integer year, Integer totalHours, List<Training> items) {
    }

    /** A registry row already mapped and checked; {@code source} is the registry read it came from (rw-diklat / rw-kursus). */
    public record RegistryRow(String source, String registryId, TrainingData data) {
        String key() {
            return registryKey(source, registryId);
        }
    }

    /** Identifies a registry row across syncs: the read it came from and the registry's own id. */
    public static String registryKey(String source, String registryId) {
        return source + "/" + registryId;
    }

    @Inject
    EmployeeService employees;
    @Inject
    Caller caller;

    @Transactional
    public Training create(String nip, TrainingData d) {
        Employee e = employees.find(nip);
        check(d);
        Training t = new Training();
        t.id = UUID.randomUUID();
        t.nip = nip;
        t.source = TrainingSource.MANUAL;
        return write(e, t, d);
    }

    /** Read rules of the employee record apply (hr-admin, integration, auditor; the employee and their supervisors). */
    @Transactional
    public Listing list(String nip, Integer year) {
        employees.read(nip);
        if (year == null) {
            return new Listing(nip, null, null, Training.of(nip));
        }
        List<Training> items = Training.endingIn(nip, year);
        return new Listing(nip, year, items.stream().mapToInt(t -> t.hours).sum(), items);
    }

    @Transactional
    public Training get(String nip, UUID id) {
        employees.read(nip);
        return find(nip, id);
    }

    /**
     * hr-admin may correct any row, a registry row too (e.g. to add the competencies the registry does not carry);
     * the next sync puts the registry's own fields back if they differ.
     */
    @Transactional
    public Training update(String nip, UUID id, String ifMatch, TrainingData d) {
        Employee e = employees.find(nip);
        Training t = find(nip, id);
        Versions.check(ifMatch, t.version);
        check(d);
        return write(e, t, d);
    }

    /** hr-admin's write: every field, including the ones a registry row does not carry. */
    private Training write(Employee e, Training t, TrainingData d) {
        apply(t, d);
        t.competencies = new ArrayList<>(d.competenciesOrEmpty());
        t.evidenceUrl = blankToNull(d.evidenceUrl());
        t.touch(caller.id(), now());
        t.persistAndFlush();
        republish(e, caller.id());
        return t;
    }

    /** A registry row cannot be deleted here: the next sync would bring it back. It goes when the registry drops it. */
    @Transactional
    public void delete(String nip, UUID id, String ifMatch) {
        Employee e = employees.find(nip);
        Training t = find(nip, id);
        Versions.check(ifMatch, t.version);
        if (t.source == TrainingSource.REGISTRY) {
            throw ProblemException.conflict("training " + id + " was imported from the registry (" + t.registrySource + " " + t.registryId
                    + "); correct it in SIASN, the next sync follows");
        }
        t.delete();
        Training.getEntityManager().flush();
        republish(e, caller.id());
    }

    /**
     * Brings the employee's registry rows in line with what the registry gave: new rows are inserted, known ones
     * (same registry id) updated in the fields the registry owns — competencies and evidence added here are kept —,
     * and rows the registry no longer lists are removed, but only from the reads that were made and never a row whose
     * current registry version was rejected ({@code rejectedKeys}). Does not publish: the caller does once.
     *
     * @return whether anything changed
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean applyRegistry(Employee e, List<RegistryRow> rows, Set<String> rejectedKeys, Set<String> sourcesRead, String who) {
        Map<String, Training> existing = new HashMap<>();
        for (Training t : Training.<Training>list("nip = ?1 and source = ?2", e.nip, TrainingSource.REGISTRY)) {
            existing.put(registryKey(t.registrySource, t.registryId), t);
        }
        boolean changed = false;
        Set<String> seen = new HashSet<>(rejectedKeys);
        for (RegistryRow r : rows) {
            seen.add(r.key());
            Training t = existing.get(r.key());
            if (t == null) {
                t = new Training();
                t.id = UUID.randomUUID();
                t.nip = e.nip;
                t.source = TrainingSource.REGISTRY;
                t.registrySource = r.source();
                t.registryId = r.registryId();
                t.competencies = new ArrayList<>(r.data().competenciesOrEmpty());
                t.evidenceUrl = blankToNull(r.data().evidenceUrl());
            } else if (registryFields(t).equals(registryFields(r.data()))) {
                continue;
            }
            apply(t, r.data());
            t.touch(who, now());
            t.persist();
            changed = true;
        }
        for (Map.Entry<String, Training> x : existing.entrySet()) {
            if (!seen.contains(x.getKey()) && sourcesRead.contains(x.getValue().registrySource)) {
                x.getValue().delete();
                changed = true;
            }
        }
        Training.getEntityManager().flush();
        return changed;
    }

    /** Rules beyond the field annotations; the same for hr-admin input and registry rows. Empty when the data is good. */
    public static Optional<Problem.FieldError> violation(TrainingData d) {
        if (d.endDate().isBefore(d.startDate())) {
            return Optional.of(new Problem.FieldError("endDate", "must be on or after startDate (" + d.startDate() + ")"));
        }
        Set<String> codes = new HashSet<>();
        for (String c : d.competenciesOrEmpty()) {
            if (!codes.add(c)) {
                return Optional.of(new Problem.FieldError("competencies", "competency " + c + " appears twice"));
            }
        }
        String url = blankToNull(d.evidenceUrl());
        if (url != null && !isHttpsUrl(url)) {
            return Optional.of(new Problem.FieldError("evidenceUrl", "must be an https:// link with a host"));
        }
        return Optional.empty();
    }

    private static void check(TrainingData d) {
        violation(d).ifPresent(v -> {
            throw ProblemException.invalid("body." + v.field(), v.message());
        });
    }

    private static boolean isHttpsUrl(String s) {
        try {
            URI u = new URI(s);
            return "https".equalsIgnoreCase(u.getScheme()) && u.getHost() != null && !u.getHost().isBlank() && u.getUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static void apply(Training t, TrainingData d) {
        t.title = d.title().trim();
        t.type = d.type();
        t.provider = blankToNull(d.provider());
        t.startDate = d.startDate();
        t.endDate = d.endDate();
        t.hours = d.hours();
    }

    /** The fields a registry row sets, to tell a changed row from an unchanged one. */
    private static List<Object> registryFields(Training t) {
        return List.of(t.title, t.type, Objects.toString(t.provider), t.startDate, t.endDate, t.hours);
    }

    private static List<Object> registryFields(TrainingData d) {
        return List.of(d.title().trim(), d.type(), Objects.toString(blankToNull(d.provider())), d.startDate(), d.endDate(), d.hours());
    }

    private Training find(String nip, UUID id) {
        Training t = Training.findById(id);
        if (t == null || !t.nip.equals(nip)) {
            throw ProblemException.notFound("training of employee " + nip, id);
        }
        return t;
    }

    /** The trainings are part of the employee snapshot: a new employee version, published through the outbox. */
    private void republish(Employee e, String who) {
        e.touch(who, now());
        employees.republish(e);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
