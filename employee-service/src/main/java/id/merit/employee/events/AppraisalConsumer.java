package id.merit.employee.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.merit.employee.client.RegistrySkp22;
import id.merit.employee.service.RegistryWrites;
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

/**
 * Final appraisal results to send to the registry: appraisal.finalized queues a write (or replaces the body of one
 * not yet sent), appraisal.reopened holds a write not yet sent until the objection is decided. Other types are ignored.
 */
@ApplicationScoped
public class AppraisalConsumer {
    static final String CONSUMER = "employee.appraisals";
    private static final Logger LOG = Logger.getLogger(AppraisalConsumer.class);
    private static final String NIP = "[0-9]{18}";

    @Inject
    ObjectMapper mapper;
    @Inject
    ProcessedEvents processed;
    @Inject
    RegistryWrites writes;

    // Blocking: the effect is a JDBC transaction, which must not run on the Kafka event loop.
    @RetriedWhileDatabaseDown
    @Incoming("appraisals")
    @Blocking
    @Transactional
    public void on(ConsumerRecord<String, String> record) {
        IncomingEvent e = IncomingEvent.read(record, mapper);
        boolean finalized = AppraisalFinalized.TYPE.equals(e.type());
        if ((!finalized && !AppraisalReopened.TYPE.equals(e.type())) || !processed.firstDelivery(CONSUMER, e.id())) {
            return;
        }
        if (finalized) {
            AppraisalFinalized f = e.dataAs(AppraisalFinalized.class, mapper);
            check(e.id(), f);
            RegistryWrites.Change c = writes.finalized(f, e.id());
            LOG.infof("appraisal.finalized %s v%d of %s %d: registry write %s", f.skpId(), f.version(), f.nip(), f.year(), c);
        } else {
            AppraisalReopened r = e.dataAs(AppraisalReopened.class, mapper);
            if (r.skpId() == null || r.version() == null) {
                throw new PoisonEventException("appraisal.reopened " + e.id() + " lacks skpId or version");
            }
            RegistryWrites.Change c = writes.reopened(r.skpId(), r.version(), e.id());
            LOG.infof("appraisal.reopened %s v%d: registry write %s", r.skpId(), r.version(), c);
        }
    }

    /** What the registry write needs; anything else breaks the producer's schema and can never be sent. */
    private static void check(String id, AppraisalFinalized f) {
        if (f.skpId() == null || f.nip() == null || !f.nip().matches(NIP) || f.year() == null || f.year() < 2000 || f.year() > 2100
                || f.appraiserNip() == null || !f.appraiserNip().matches(NIP) || f.version() == null || f.version() < 0) {
            throw new PoisonEventException("appraisal.finalized " + id + " lacks a skpId, nip, year (2000-2100), appraiserNip or version");
        }
        if (!RegistrySkp22.RATINGS.contains(f.hasilKerja()) || !RegistrySkp22.RATINGS.contains(f.perilakuKerja())
                || !RegistrySkp22.PREDIKATS.contains(f.predikat())) {
            throw new PoisonEventException("appraisal.finalized " + id + " rates hasilKerja " + f.hasilKerja() + ", perilakuKerja "
                    + f.perilakuKerja() + ", predikat " + f.predikat() + ": not values of its schema");
        }
    }
}
