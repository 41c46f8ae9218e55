package id.merit.employee.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.merit.employee.service.EmployeeService;
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
import org.jboss.logging.Logger;

/** Applies approved placements: the employee moves into the position from the decision's TMT. */
@ApplicationScoped
public class PlacementConsumer {
    static final String CONSUMER = "employee.placements";
    private static final Logger LOG = Logger.getLogger(PlacementConsumer.class);

    @Inject
    ObjectMapper mapper;
    @Inject
    ProcessedEvents processed;
    @Inject
    EmployeeService employees;

    // Blocking: the effect is a JDBC transaction, which must not run on the Kafka event loop.
    @RetriedWhileDatabaseDown
    @Incoming("placements")
    @Blocking
    @Transactional
    public void on(ConsumerRecord<String, String> record) {
        IncomingEvent e = IncomingEvent.read(record, mapper);
        if (!PlacementApproved.TYPE.equals(e.type()) || !processed.firstDelivery(CONSUMER, e.id())) {
            return;
        }
        PlacementApproved p = e.dataAs(PlacementApproved.class, mapper);
        if (p.nip() == null || p.positionId() == null || p.unitId() == null || p.tmt() == null || p.decisionRef() == null
                || p.version() == null) {
            throw new PoisonEventException("placement.approved " + e.id() + " lacks nip, positionId, unitId, tmt, decisionRef or version");
        }
        boolean applied = employees.applyPlacement(p.nip(), p.positionId(), p.unitId(), p.tmt(), p.decisionRef(), p.version());
        LOG.infof("placement %s v%d for %s %s", p.decisionRef(), p.version(), p.nip(), applied ? "applied" : "ignored (older or superseded)");
    }
}
