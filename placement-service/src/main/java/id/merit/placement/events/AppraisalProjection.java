package id.merit.placement.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.merit.placement.PredikatRecord;
import id.merit.placement.domain.Labels;
import id.merit.placement.service.PlanService;
import id.merit.placement.domain.Predikat;
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
import java.util.Set;

/** Finalized appraisals from merit.appraisals.v1: the predikat history per employee and year. */
@ApplicationScoped
public class AppraisalProjection {
    static final String FINALIZED = "id.merit.appraisal.finalized.v1";

    @Inject
    ObjectMapper mapper;
    @Inject
    ProcessedEvents processed;
    @Inject
    PlanService development;

    private static final Set<String> RATINGS = Set.of("ABOVE", "MEETS", "BELOW");

    // Blocking: JPA work inside a transaction, off the Kafka event loop.
    @RetriedWhileDatabaseDown
    @Incoming("appraisals")
    @Blocking
    @Transactional
    public void on(ConsumerRecord<String, String> record) {
        IncomingEvent e = IncomingEvent.read(record, mapper);
        if (!processed.firstDelivery("placement.appraisals", e.id()) || !FINALIZED.equals(e.type())) {
            return;
        }
        String nip = Json.text(e, "nip");
        int year = Json.integer(e, "year");
        long version = Json.version(e);
        String predikat = Json.text(e, "predikat");
        try {
            Predikat.valueOf(predikat);
        } catch (IllegalArgumentException ex) {
            throw new PoisonEventException("event " + e.id() + " has an unknown predikat " + predikat);
        }
        PredikatRecord r = PredikatRecord.findById(new PredikatRecord.Key(nip, year));
        if (r != null && r.version >= version) {
            return;
        }
        boolean created = r == null;
        if (created) {
            r = new PredikatRecord();
            r.key = new PredikatRecord.Key(nip, year);
        }
        r.predikat = predikat;
        r.skpId = Json.optionalText(e.data(), "skpId");
        r.finalizedAt = Json.optionalTime(e, "finalizedAt");
        r.berakhlak = berakhlak(e);
        r.version = version;
        r.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        if (created) {
            r.persist();
        }
        development.refresh(nip);
    }

    /** The seven value ratings as JSON, or null when the event has none; a wrong value or rating is poison. */
    private String berakhlak(IncomingEvent e) {
        JsonNode b = e.data().get("berakhlak");
        if (b == null || b.isNull()) {
            return null;
        }
        if (!b.isObject()) {
            throw new PoisonEventException("event " + e.id() + " has a berakhlak that is not an object");
        }
        ObjectNode out = mapper.createObjectNode();
        b.fields().forEachRemaining(f -> {
            if (!Labels.isBerakhlak(f.getKey()) || !RATINGS.contains(f.getValue().asText())) {
                throw new PoisonEventException("event " + e.id() + " rates " + f.getKey() + " as " + f.getValue());
            }
            out.put(f.getKey(), f.getValue().asText());
        });
        return out.toString();
    }
}
