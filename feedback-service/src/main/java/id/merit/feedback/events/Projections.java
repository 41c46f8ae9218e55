package id.merit.feedback.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.merit.feedback.EmployeeView;
import id.merit.feedback.UnitView;
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

/**
 * Keeps employee_view and unit_view in step with employee-service. Each event is applied once (its id is recorded in
 * the same transaction) and only when its version is newer than what is held, so replays and reordering are harmless.
 */
@ApplicationScoped
public class Projections {
    @Inject
    ObjectMapper mapper;
    @Inject
    ProcessedEvents processed;

    // Blocking: the projection writes to the database inside a JTA transaction, which must not run on the event loop.
    @RetriedWhileDatabaseDown
    @Incoming("employees")
    @Blocking
    @Transactional
    public void onEmployee(ConsumerRecord<String, String> record) {
        IncomingEvent e = IncomingEvent.read(record, mapper);
        if (!processed.firstDelivery("feedback.employees", e.id())) {
            return;
        }
        EmployeeSnapshot s = e.dataAs(EmployeeSnapshot.class, mapper);
        if (s.nip() == null || s.version() == null || s.status() == null) {
            throw new PoisonEventException("event " + e.id() + " lacks nip, status or version");
        }
        EmployeeView v = EmployeeView.findById(s.nip());
        if (v != null && v.version >= s.version()) {
            return;
        }
        switch (e.type()) {
            case EmployeeSnapshot.UPSERTED -> {
                if (s.displayName() == null) {
                    throw new PoisonEventException("employee.upserted " + e.id() + " lacks displayName");
                }
                if (v == null) {
                    v = new EmployeeView();
                    v.nip = s.nip();
                }
                v.displayName = s.displayName();
                v.supervisorNip = s.supervisorNip();
                v.unitId = s.unit() == null ? null : s.unit().id();
                v.unitName = s.unit() == null ? null : s.unit().name();
                v.positionName = s.position() == null ? null : s.position().name();
            }
            case EmployeeSnapshot.DEACTIVATED -> {
                if (v == null) {
                    // Nothing to deactivate yet; the version is kept so a late, older upsert is still ignored.
                    v = new EmployeeView();
                    v.nip = s.nip();
                    v.displayName = s.nip();
                }
            }
            default -> {
                return;
            }
        }
        v.status = s.status();
        v.version = s.version();
        v.persist();
    }

    @RetriedWhileDatabaseDown
    @Incoming("org")
    @Blocking
    @Transactional
    public void onOrg(ConsumerRecord<String, String> record) {
        IncomingEvent e = IncomingEvent.read(record, mapper);
        if (!UnitSnapshot.UPSERTED.equals(e.type()) || !processed.firstDelivery("feedback.org", e.id())) {
            return;
        }
        UnitSnapshot s = e.dataAs(UnitSnapshot.class, mapper);
        if (s.id() == null || s.name() == null || s.code() == null || s.version() == null) {
            throw new PoisonEventException("unit.upserted " + e.id() + " lacks id, code, name or version");
        }
        UnitView v = UnitView.findById(s.id());
        if (v != null && v.version >= s.version()) {
            return;
        }
        if (v == null) {
            v = new UnitView();
            v.id = s.id();
        }
        v.code = s.code();
        v.name = s.name();
        v.parentId = s.parentId();
        v.version = s.version();
        v.persist();
    }
}
