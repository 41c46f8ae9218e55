package id.merit.placement.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.merit.placement.PredikatRecord;
import id.merit.placement.domain.Labels;
import id.merit.placement.service.PlanService;
import id.merit.placement.domain.Predikat;
import id.merit.placement.domain.PredikatYear;
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

/**
 * Appraisals from merit.appraisals.v1: Merit's own predikat per employee and year (appraisal.finalized), which replaces
 * a registry one of that year, and which of them an objection has reopened (appraisal.reopened) until the decision.
 */
@ApplicationScoped
public class AppraisalProjection {
    static final String FINALIZED = "id.merit.appraisal.finalized.v1";
    static final String REOPENED = "id.merit.appraisal.reopened.v1";

    @Inject
    ObjectMapper mapper;
    @Inject
    ProcessedEvents processed;
    @Inject
    PlanService development;
    @Inject
    PredikatHistory predikatHistory;

    private static final Set<String> RATINGS = Set.of("ABOVE", "MEETS", "BELOW");

    // Blocking: JPA work inside a transaction, off the Kafka event loop.
    @RetriedWhileDatabaseDown
    @Incoming("appraisals")
    @Blocking
    @Transactional
    public void on(ConsumerRecord<String, String> record) {
        IncomingEvent e = IncomingEvent.read(record, mapper);
        boolean reopened = REOPENED.equals(e.type());
        if ((!FINALIZED.equals(e.type()) && !reopened) || !processed.firstDelivery("placement.appraisals", e.id())) {
            return;
        }
        if (reopened) {
            reopened(e);
            return;
        }
        String nip = Json.text(e, "nip");
        int year = Json.integer(e, "year");
        long version = Json.version(e);
        Predikat predikat = PredikatHistory.predikat(e, Json.text(e, "predikat"));
        predikatHistory.lock(nip);
        PredikatRecord r = PredikatRecord.findById(new PredikatRecord.Key(nip, year));
        // Merit's own result replaces a registry one of the same year whatever its version; among Merit's, the newest wins.
        if (r != null && r.source == PredikatYear.Source.MERIT && r.version >= version) {
            return;
        }
        boolean created = r == null;
        if (created) {
            r = new PredikatRecord();
            r.key = new PredikatRecord.Key(nip, year);
        }
        r.source = PredikatYear.Source.MERIT;
        r.predikat = predikat.name();
        r.underObjection = false;
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

    /**
     * The year's final predikat is disputed until the decision (a finalized event with a higher version). It stays in
     * force meanwhile — eligibility and scores keep using it — and is marked so the board sees it. A reopening of a
     * year this service has no Merit predikat for (none, or only the registry's) changes nothing: the decision brings it.
     */
    private void reopened(IncomingEvent e) {
        String nip = Json.text(e, "nip");
        long version = Json.version(e);
        predikatHistory.lock(nip);
        PredikatRecord r = PredikatRecord.findById(new PredikatRecord.Key(nip, Json.integer(e, "year")));
        if (r == null || r.source != PredikatYear.Source.MERIT || r.version >= version) {
            return;
        }
        r.underObjection = true;
        r.version = version;
        r.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
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
