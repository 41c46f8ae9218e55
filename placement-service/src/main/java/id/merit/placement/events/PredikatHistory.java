package id.merit.placement.events;

import id.merit.placement.PredikatRecord;
import id.merit.placement.domain.Predikat;
import id.merit.placement.domain.PredikatYear;
import id.merit.platform.events.IncomingEvent;
import id.merit.platform.events.PoisonEventException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.query.NativeQuery;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes to one person's predikat history, which two channels feed: appraisals (MERIT rows) and employees (REGISTRY
 * rows). The rule: a MERIT row wins its year — the registry never touches it, and a finalized appraisal replaces a
 * REGISTRY row; REGISTRY rows are exactly what the newest employee snapshot lists, for the years without a MERIT row.
 */
@ApplicationScoped
class PredikatHistory {
    /** Query space of the lock's native query, so running it flushes nothing else. */
    private static final String LOCK_SPACE = "placement_predikat_lock";

    @Inject
    EntityManager em;

    /**
     * Serialises, until the transaction ends, the writes to one NIP's predikat rows. The two channels run concurrently:
     * without it a finalized appraisal and a snapshot listing the same year could both insert it (a key violation
     * sends the event to the dead-letter topic), or one could overwrite the other's row with what it read before.
     * Taken before the rows are read.
     */
    void lock(String nip) {
        em.createNativeQuery("select 1 as locked from pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .unwrap(NativeQuery.class)
                .addSynchronizedQuerySpace(LOCK_SPACE)
                .addScalar("locked", Integer.class)
                .setParameter("key", "placement.predikat:" + nip)
                .getSingleResult();
    }

    /** The predikat named in an event; a missing or unknown one makes the event poison. */
    static Predikat predikat(IncomingEvent e, String value) {
        try {
            return Predikat.valueOf(value);
        } catch (IllegalArgumentException | NullPointerException ex) {
            throw new PoisonEventException("event " + e.id() + " has an unknown predikat " + value);
        }
    }

    /**
     * The NIP's REGISTRY rows become exactly {@code listed} (year → predikat), except that a year with a MERIT row
     * keeps it; a REGISTRY year no longer listed is deleted. Rows that already say the same are not written.
     */
    void replaceRegistry(String nip, Map<Integer, Predikat> listed) {
        lock(nip);
        Map<Integer, PredikatRecord> stored = new HashMap<>();
        PredikatRecord.of(nip).forEach(r -> stored.put(r.key.year, r));
        for (PredikatRecord r : stored.values()) {
            if (r.source == PredikatYear.Source.REGISTRY && !listed.containsKey(r.key.year)) {
                r.delete();
            }
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        listed.forEach((year, predikat) -> {
            PredikatRecord r = stored.get(year);
            if (r == null) {
                r = new PredikatRecord();
                r.key = new PredikatRecord.Key(nip, year);
                r.source = PredikatYear.Source.REGISTRY;
                r.predikat = predikat.name();
                r.version = 0;
                r.updatedAt = now;
                r.persist();
            } else if (r.source == PredikatYear.Source.REGISTRY && !r.predikat.equals(predikat.name())) {
                r.predikat = predikat.name();
                r.updatedAt = now;
            }
        });
    }
}
