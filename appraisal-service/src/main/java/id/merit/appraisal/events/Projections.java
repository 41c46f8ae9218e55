package id.merit.appraisal.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.merit.appraisal.EmployeeView;
import id.merit.appraisal.FeedbackSummary;
import id.merit.appraisal.UnitView;
import id.merit.appraisal.service.SkpService;
import id.merit.platform.events.IncomingEvent;
import id.merit.platform.events.PoisonEventException;
import id.merit.platform.events.ProcessedEvents;
import id.merit.platform.events.RetriedWhileDatabaseDown;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Local projections of employees, org units and feedback summaries. Each snapshot is applied only when its
 * version is newer than the one held (order- and replay-safe), and each event id only once.
 */
@ApplicationScoped
public class Projections {
    private static final Logger LOG = Logger.getLogger(Projections.class);
    static final String EMPLOYEE_UPSERTED = "id.merit.employee.upserted.v1";
    static final String EMPLOYEE_DEACTIVATED = "id.merit.employee.deactivated.v1";
    static final String UNIT_UPSERTED = "id.merit.unit.upserted.v1";
    static final String FEEDBACK_SUMMARY = "id.merit.feedback.summary.v1";

    @Inject
    ObjectMapper mapper;
    @Inject
    ProcessedEvents processed;
    @Inject
    SkpService skps;

    // Blocking: the projection writes through JDBC in a transaction, which must not run on the event loop.
    @RetriedWhileDatabaseDown
    @Incoming("employees")
    @Blocking
    @Transactional
    public void onEmployee(ConsumerRecord<String, String> record) {
        IncomingEvent e = IncomingEvent.read(record, mapper);
        if (!processed.firstDelivery("appraisal.employees", e.id())) {
            return;
        }
        JsonNode d = e.data();
        String nip = text(e, d, "nip");
        long version = number(e, d, "version");
        EmployeeView v = EmployeeView.findById(nip);
        if (v != null && v.version >= version) {
            return;
        }
        switch (e.type()) {
            case EMPLOYEE_UPSERTED -> {
                if (v == null) {
                    v = new EmployeeView();
                    v.nip = nip;
                }
                v.displayName = text(e, d, "displayName");
                v.status = text(e, d, "status");
                v.supervisorNip = optional(d, "supervisorNip");
                JsonNode unit = d.path("unit");
                v.unitId = unit.hasNonNull("id") ? uuid(e, unit.get("id").asText()) : null;
                v.unitName = optional(unit, "name");
                v.unitPath = unit.hasNonNull("path") ? unit.get("path").toString() : null;
                v.positionName = optional(d.path("position"), "name");
                v.positionId = d.path("position").hasNonNull("id") ? uuid(e, d.path("position").get("id").asText()) : null;
                v.golongan = optional(d.path("golongan"), "code");
                v.version = version;
                v.persist();
                skps.followOrgData(v);
            }
            case EMPLOYEE_DEACTIVATED -> {
                if (v == null) {
                    // Nothing to deactivate yet; the upsert that follows (or came earlier, older) carries the rest.
                    return;
                }
                v.status = text(e, d, "status");
                v.version = version;
            }
            default -> LOG.debugf("ignoring %s on merit.employees.v1", e.type());
        }
    }

    @RetriedWhileDatabaseDown
    @Incoming("org")
    @Blocking
    @Transactional
    public void onOrg(ConsumerRecord<String, String> record) {
        IncomingEvent e = IncomingEvent.read(record, mapper);
        if (!processed.firstDelivery("appraisal.org", e.id()) || !UNIT_UPSERTED.equals(e.type())) {
            return;
        }
        JsonNode d = e.data();
        UUID id = uuid(e, text(e, d, "id"));
        long version = number(e, d, "version");
        UnitView u = UnitView.findById(id);
        if (u != null && u.version >= version) {
            return;
        }
        if (u == null) {
            u = new UnitView();
            u.id = id;
        }
        u.code = text(e, d, "code");
        u.name = text(e, d, "name");
        u.parentId = d.hasNonNull("parentId") ? uuid(e, d.get("parentId").asText()) : null;
        u.headPositionId = d.hasNonNull("headPositionId") ? uuid(e, d.get("headPositionId").asText()) : null;
        u.version = version;
        u.persist();
    }

    @RetriedWhileDatabaseDown
    @Incoming("feedback")
    @Blocking
    @Transactional
    public void onFeedback(ConsumerRecord<String, String> record) {
        IncomingEvent e = IncomingEvent.read(record, mapper);
        if (!processed.firstDelivery("appraisal.feedback", e.id()) || !FEEDBACK_SUMMARY.equals(e.type())) {
            return;
        }
        JsonNode d = e.data();
        String nip = text(e, d, "nip");
        int year = (int) number(e, d, "year");
        long version = number(e, d, "version");
        if (!d.path("groups").isArray()) {
            throw new PoisonEventException("feedback.summary " + e.id() + " has no groups array");
        }
        FeedbackSummary s = FeedbackSummary.find(nip, year).orElse(null);
        if (s != null && s.version >= version) {
            return;
        }
        if (s == null) {
            s = new FeedbackSummary();
            s.id = UUID.randomUUID();
            s.nip = nip;
            s.year = year;
        }
        s.payload = d.toString();
        s.version = version;
        s.receivedAt = OffsetDateTime.now(ZoneOffset.UTC);
        s.persist();
    }

    private static String text(IncomingEvent e, JsonNode d, String field) {
        JsonNode n = d.get(field);
        if (n == null || !n.isTextual() || n.asText().isBlank()) {
            throw new PoisonEventException(e.type() + " " + e.id() + " has no " + field);
        }
        return n.asText();
    }

    private static long number(IncomingEvent e, JsonNode d, String field) {
        JsonNode n = d.get(field);
        if (n == null || !n.canConvertToLong() || !n.isIntegralNumber()) {
            throw new PoisonEventException(e.type() + " " + e.id() + " has no integer " + field);
        }
        return n.asLong();
    }

    private static String optional(JsonNode d, String field) {
        JsonNode n = d.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    private static UUID uuid(IncomingEvent e, String s) {
        try {
            return UUID.fromString(s);
        } catch (IllegalArgumentException ex) {
            throw new PoisonEventException(e.type() + " " + e.id() + " carries a malformed id " + s);
        }
    }
}
