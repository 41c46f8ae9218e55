package id.merit.placement.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.merit.placement.EmployeeView;
import com.fasterxml.jackson.databind.JsonNode;
import id.merit.placement.Proposal;
import id.merit.placement.TrainingRecord;
import id.merit.placement.domain.Predikat;
import id.merit.placement.domain.TrainingHours;
import id.merit.placement.service.PlanService;
import id.merit.platform.events.IncomingEvent;
import id.merit.platform.events.PoisonEventException;
import id.merit.platform.events.ProcessedEvents;
import id.merit.platform.events.RetriedWhileDatabaseDown;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Employees from merit.employees.v1; applied only when the snapshot's version is newer (order- and replay-safe). */
@ApplicationScoped
public class EmployeeProjection {
    static final String UPSERTED = "id.merit.employee.upserted.v1";
    static final String DEACTIVATED = "id.merit.employee.deactivated.v1";

    @Inject
    ObjectMapper mapper;
    @Inject
    ProcessedEvents processed;
    @Inject
    PlanService development;
    @Inject
    PredikatHistory predikatHistory;

    // Blocking: the projection writes to PostgreSQL inside a JTA transaction, off the Kafka event loop.
    @RetriedWhileDatabaseDown
    @Incoming("employees")
    @Blocking
    @Transactional
    public void on(ConsumerRecord<String, String> record) {
        IncomingEvent e = IncomingEvent.read(record, mapper);
        if (!processed.firstDelivery("placement.employees", e.id())) {
            return;
        }
        switch (e.type()) {
            case UPSERTED -> upserted(e);
            case DEACTIVATED -> deactivated(e);
            default -> { /* other employee events do not concern placement */ }
        }
    }

    private void upserted(IncomingEvent e) {
        String nip = Json.text(e, "nip");
        long version = Json.version(e);
        EmployeeView v = EmployeeView.findById(nip);
        if (v != null && v.version >= version) {
            return;
        }
        boolean created = v == null;
        if (created) {
            v = new EmployeeView();
            v.nip = nip;
        }
        v.name = Json.text(e, "name");
        v.status = Json.text(e, "status");
        v.unitId = Json.optionalUuid(e, e.data().get("unit"), "id");
        v.positionId = Json.optionalUuid(e, e.data().get("position"), "id");
        v.supervisorNip = Json.optionalText(e.data(), "supervisorNip");
        v.snapshot = e.data().toString();
        v.version = version;
        v.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        if (created) {
            v.persist();
        }
        if (v.positionId != null) {
            markApplied(nip, v.positionId);
        }
        trainings(e, nip);
        registryAppraisals(e, nip);
        development.refresh(nip);
    }

    /**
     * The national registry's results (registryAppraisals, year → predikat) become the NIP's REGISTRY rows; a year with
     * Merit's own result keeps it. An empty list means the registry knows none (REGISTRY rows go); a snapshot without
     * the field (from before registry results were carried) says nothing, so the rows stay. A malformed entry is poison.
     */
    private void registryAppraisals(IncomingEvent e, String nip) {
        JsonNode list = Json.optionalArray(e, "registryAppraisals");
        if (list == null) {
            return;
        }
        Map<Integer, Predikat> listed = new HashMap<>();
        for (JsonNode a : list) {
            JsonNode year = a.get("year");
            if (year == null || !year.isIntegralNumber() || !year.canConvertToInt()) {
                throw new PoisonEventException("event " + e.id() + " has a registry appraisal without a year");
            }
            if (listed.put(year.asInt(), PredikatHistory.predikat(e, Json.optionalText(a, "predikat"))) != null) {
                throw new PoisonEventException("event " + e.id() + " lists registry year " + year.asInt() + " twice");
            }
        }
        predikatHistory.replaceRegistry(nip, listed);
    }

    private static final Set<String> TRAINING_TYPES = Set.of("DIKLAT", "COURSE", "SEMINAR", "COACHING", "MENTORING", "ELEARNING");
    private static final Set<String> TRAINING_SOURCES = Set.of("MANUAL", "REGISTRY");

    /**
     * The snapshot's completed development activities replace the stored ones. A snapshot without the field
     * (from before training records existed) leaves them as they are; a malformed entry is poison.
     */
    private void trainings(IncomingEvent e, String nip) {
        JsonNode list = Json.optionalArray(e, "trainings");
        if (list == null) {
            return;
        }
        List<TrainingRecord> records = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (JsonNode t : list) {
            TrainingRecord r = new TrainingRecord();
            r.key = new TrainingRecord.Key(nip, Json.optionalUuid(e, t, "id"));
            if (r.key.id == null || !seen.add(r.key.id)) {
                throw new PoisonEventException("event " + e.id() + " has a training without a unique id");
            }
            r.title = Json.optionalText(t, "title");
            r.type = Json.optionalText(t, "type");
            r.source = Json.optionalText(t, "source");
            r.provider = Json.optionalText(t, "provider");
            r.evidenceUrl = Json.optionalText(t, "evidenceUrl");
            r.startDate = Json.optionalDate(e, t, "startDate");
            r.endDate = Json.optionalDate(e, t, "endDate");
            JsonNode hours = t.get("hours");
            if (r.title == null || r.title.isBlank() || !TRAINING_TYPES.contains(r.type) || !TRAINING_SOURCES.contains(r.source)
                    || r.startDate == null || r.endDate == null || r.endDate.isBefore(r.startDate)
                    || hours == null || !hours.canConvertToInt() || !hours.isIntegralNumber() || hours.asInt() < 1 || hours.asInt() > 1000) {
                throw new PoisonEventException("event " + e.id() + " has a malformed training " + r.key.id);
            }
            r.hours = hours.asInt();
            r.jpYear = TrainingHours.yearOf(new TrainingHours.Activity(r.endDate, r.hours));
            JsonNode competencies = t.get("competencies");
            r.competencies = competencies != null && competencies.isArray() ? competencies.toString() : "[]";
            records.add(r);
        }
        TrainingRecord.delete("key.nip", nip);
        TrainingRecord.getEntityManager().flush();
        records.forEach(r -> r.persist());
    }

    /** The person now sits in the approved position: the placement has been applied by employee-service. */
    private static void markApplied(String nip, UUID positionId) {
        Proposal.update("state = ?1, version = version + 1 where nip = ?2 and positionId = ?3 and state = ?4",
                Proposal.State.APPLIED, nip, positionId, Proposal.State.APPROVED);
    }

    private void deactivated(IncomingEvent e) {
        String nip = Json.text(e, "nip");
        String status = Json.text(e, "status");
        long version = Json.version(e);
        EmployeeView v = EmployeeView.findById(nip);
        if (v != null && v.version >= version) {
            return;
        }
        if (v == null) {
            // Keep a tombstone so that an older upsert arriving later cannot bring the person back as ACTIVE.
            v = new EmployeeView();
            v.nip = nip;
            v.name = "";
            v.snapshot = mapper.createObjectNode().put("nip", nip).toString();
            v.persist();
        }
        try {
            ObjectNode snapshot = (ObjectNode) mapper.readTree(v.snapshot);
            snapshot.put("status", status);
            snapshot.put("version", version);
            v.snapshot = snapshot.toString();
        } catch (Exception ex) {
            throw new PoisonEventException("stored snapshot of " + nip + " is unreadable");
        }
        v.status = status;
        v.version = version;
        v.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }
}
