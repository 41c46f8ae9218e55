package id.merit.employee.service;

import id.merit.employee.Employee;
import id.merit.employee.OrgUnit;
import id.merit.employee.Position;
import id.merit.employee.RegistryWrite;
import id.merit.employee.RegistryWriteAttempt;
import id.merit.employee.client.RegistrySkp22;
import id.merit.employee.config.RegistryConfig;
import id.merit.employee.events.AppraisalFinalized;
import id.merit.platform.paging.PageQuery;
import id.merit.platform.problem.ProblemException;
import id.merit.platform.rest.Versions;
import id.merit.platform.security.Caller;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Registry write rows: queued from appraisal events, claimed and settled by {@link RegistryWriter}, listed and retried
 * by hr-admin. Every change of a row locks it first (consumer, sender and retry never lose each other's update).
 */
@ApplicationScoped
public class RegistryWrites {
    /** Who changes a row while sending it (audit columns). */
    static final String SENDER = "registry-sender";
    private static final int MAX_TEXT = 2000;

    /** What an appraisal event did to the writes of its SKP. */
    public enum Change { QUEUED, REPLACED, HELD, IGNORED }

    /** A write claimed for one try: the result as it was when claimed. */
    public record Claim(UUID id, long sourceVersion, String nip, RegistrySkp22.Result result) {
    }

    public record Found(List<RegistryWrite> items, long total) {
    }

    @Inject
    EntityManager em;
    @Inject
    RegistryConfig config;
    @Inject
    Caller caller;

    /**
     * A final result: a new write, or the new body of the SKP's write not yet sent. A version at or below one already
     * seen for the SKP (sent, pending or put on hold by a reopening) changes nothing; a result the registry already
     * took is followed by a new write (the registry takes the corrected result).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Change finalized(AppraisalFinalized f, String eventId) {
        String trigger = "event:" + eventId;
        RegistryWrite w = open(f.skpId());
        if (f.version() <= newestVersion(f.skpId())) {
            return Change.IGNORED;
        }
        OffsetDateTime now = now();
        Change change = w == null ? Change.QUEUED : Change.REPLACED;
        if (w == null) {
            w = new RegistryWrite();
            w.id = UUID.randomUUID();
            w.skpId = f.skpId();
            w.status = RegistryWrite.Status.PENDING;
        } else if (w.status != RegistryWrite.Status.SENDING) {
            // A try in flight keeps its claim: this result goes when it ends, never beside it (the older could land last).
            w.status = RegistryWrite.Status.PENDING;
        }
        w.nip = f.nip();
        w.year = f.year();
        w.sourceVersion = f.version();
        w.sourceEventId = eventId;
        w.hasilKerja = f.hasilKerja();
        w.perilakuKerja = f.perilakuKerja();
        w.predikat = f.predikat();
        w.appraiserNip = f.appraiserNip();
        w.finalizedAt = f.finalizedAt();
        w.attempts = 0;
        w.lastError = null;
        // Body and answer are those of this result's last try; earlier results' tries stay in the attempt log.
        w.body = null;
        w.response = null;
        w.nextAttemptAt = now;
        w.triggeredBy = trigger;
        w.touch(trigger, now);
        w.persist();
        return change;
    }

    /**
     * An objection reopened the appraisal: its write not yet sent waits (HELD) for the decision, a higher version. A
     * result the registry already took stays as it is; the decision becomes a new write.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Change reopened(UUID skpId, long version, String eventId) {
        String trigger = "event:" + eventId;
        RegistryWrite w = open(skpId);
        if (w == null || version <= w.sourceVersion || (w.heldVersion != null && version <= w.heldVersion)) {
            return Change.IGNORED;
        }
        w.status = RegistryWrite.Status.HELD;
        w.heldVersion = version;
        w.touch(trigger, now());
        return Change.HELD;
    }

    /**
     * Due writes for this replica, claimed under row locks (skip locked: replicas never take the same write) and marked
     * SENDING until {@code claimFor} from now; a replica that dies mid-send gives them back when that runs out.
     */
    @SuppressWarnings("unchecked")
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Claim> claimDue(int max, Duration claimFor) {
        OffsetDateTime now = now();
        List<UUID> ids = em.createNativeQuery("select id from registry_write where status in ('PENDING', 'SENDING') "
                        + "and next_attempt_at <= ?1 and (claimed_until is null or claimed_until < ?1) "
                        + "order by next_attempt_at, id limit ?2 for update skip locked", UUID.class)
                .setParameter(1, now).setParameter(2, max).getResultList();
        List<Claim> claims = new ArrayList<>();
        for (UUID id : ids) {
            RegistryWrite w = RegistryWrite.findById(id);
            w.status = RegistryWrite.Status.SENDING;
            w.claimedUntil = now.plus(claimFor);
            w.touch(SENDER, now);
            claims.add(new Claim(w.id, w.sourceVersion, w.nip,
                    new RegistrySkp22.Result(w.year, w.hasilKerja, w.perilakuKerja, w.predikat, w.appraiserNip)));
        }
        return claims;
    }

    /** The registry's id of this person as last read (a sync or an earlier write), if known. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public java.util.Optional<String> registryId(String nip) {
        return em.createNativeQuery("select registry_id from registry_person where nip = ?1", String.class).setParameter(1, nip)
                .getResultStream().findFirst().map(String.class::cast);
    }

    /** Remembers the registry's id of a person, in the caller's transaction or a new one. */
    @Transactional
    public void rememberRegistryId(String nip, String registryId) {
        em.createNativeQuery("insert into registry_person (nip, registry_id) values (?1, ?2) on conflict (nip) do update "
                        + "set registry_id = excluded.registry_id where registry_person.registry_id <> excluded.registry_id")
                .setParameter(1, nip).setParameter(2, registryId).executeUpdate();
    }

    /** The appraiser as this service knows them: name with titles, position, unit, golongan. */
    @Transactional
    public RegistrySkp22.Penilai penilai(String appraiserNip) {
        Employee e = Employee.findById(appraiserNip);
        if (e == null) {
            throw new IllegalArgumentException("the appraiser " + appraiserNip + " is not an employee here (sync them from the registry)");
        }
        Position p = e.positionId == null ? null : Position.findById(e.positionId);
        OrgUnit u = e.unitId == null ? null : OrgUnit.findById(e.unitId);
        return new RegistrySkp22.Penilai(e.displayName(), p == null ? null : p.name, u == null ? null : u.name,
                e.golongan == null ? null : e.golongan.code);
    }

    /**
     * Settles one try: it joins the attempt log, and the write becomes SENT, or waits for its next try (backing off),
     * or is FAILED after the last one. When a newer result arrived during the try, that result is sent next whatever
     * this one did; when the write was put on hold or retried by hand meanwhile, it stays so.
     *
     * @param body     the body sent, null when it could not be built
     * @param response the registry's answer when it took the body, else null
     * @param error    why the try failed, null when it succeeded
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public RegistryWrite record(Claim c, String body, String response, String error) {
        RegistryWrite w = lock(c.id());
        OffsetDateTime now = now();
        RegistryWriteAttempt a = new RegistryWriteAttempt();
        a.writeId = w.id;
        a.attempt = (int) RegistryWriteAttempt.count("writeId", w.id) + 1;
        a.sourceVersion = c.sourceVersion();
        a.at = now;
        a.outcome = error == null ? RegistryWriteAttempt.Outcome.SENT : RegistryWriteAttempt.Outcome.FAILED;
        a.body = body;
        a.response = response;
        a.error = clip(error);
        a.triggeredBy = w.triggeredBy;

        w.claimedUntil = null;
        w.touch(SENDER, now);
        if (w.sourceVersion == c.sourceVersion()) {
            if (body != null) {
                w.body = body;
            }
            w.response = response;
        }
        settle(w, c, error, now, a);
        a.persist();
        return w;
    }

    private void settle(RegistryWrite w, Claim c, String error, OffsetDateTime now, RegistryWriteAttempt a) {
        if (w.sourceVersion != c.sourceVersion()) {
            if (w.status == RegistryWrite.Status.SENDING) {
                w.status = RegistryWrite.Status.PENDING;
            }
            return;
        }
        w.attempts++;
        if (error == null) {
            // Also when an objection came in during the try: the registry has this result now, the decision follows as a new write.
            w.status = RegistryWrite.Status.SENT;
            w.sentAt = now;
            w.lastError = null;
            return;
        }
        w.lastError = clip(error);
        if (w.status == RegistryWrite.Status.SENDING) {
            if (w.attempts >= config.writes().maxAttempts()) {
                w.status = RegistryWrite.Status.FAILED;
            } else {
                w.status = RegistryWrite.Status.PENDING;
                w.nextAttemptAt = now.plus(backoff(config.writes().firstRetryAfter(), config.writes().maxRetryAfter(), w.attempts));
                a.retryAt = w.nextAttemptAt;
            }
        }
    }

    /** Gives a claimed write back untried (the registry's configuration is incomplete): no try is counted. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(Claim c) {
        RegistryWrite w = lock(c.id());
        w.claimedUntil = null;
        if (w.status == RegistryWrite.Status.SENDING) {
            w.status = RegistryWrite.Status.PENDING;
        }
        w.touch(SENDER, now());
    }

    /** hr-admin sends a FAILED or HELD write again, now, with a fresh budget of tries. */
    @Transactional
    public RegistryWrite retry(UUID id, String ifMatch) {
        RegistryWrite w = RegistryWrite.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (w == null) {
            throw ProblemException.notFound("registry write", id);
        }
        Versions.check(ifMatch, w.version);
        if (w.status != RegistryWrite.Status.FAILED && w.status != RegistryWrite.Status.HELD) {
            throw ProblemException.illegalState("registry write " + id + " is " + w.status + "; only a FAILED or HELD write is retried");
        }
        OffsetDateTime now = now();
        w.status = RegistryWrite.Status.PENDING;
        w.attempts = 0;
        w.nextAttemptAt = now;
        w.triggeredBy = caller.id();
        w.touch(caller.id(), now);
        em.flush();
        return w;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RegistryWrite find(UUID id) {
        RegistryWrite w = RegistryWrite.findById(id);
        if (w == null) {
            throw ProblemException.notFound("registry write", id);
        }
        return w;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RegistryWriteAttempt> attempts(UUID id) {
        return RegistryWriteAttempt.of(id);
    }

    /** Newest first (created, then id: a stable order for paging). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Found list(RegistryWrite.Status status, String nip, Integer year, PageQuery page) {
        StringBuilder q = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (status != null) {
            q.append(" and status = :status");
            params.and("status", status);
        }
        if (nip != null) {
            q.append(" and nip = :nip");
            params.and("nip", nip);
        }
        if (year != null) {
            q.append(" and year = :year");
            params.and("year", year);
        }
        List<RegistryWrite> items = RegistryWrite.<RegistryWrite>find(q + " order by createdAt desc, id desc", params)
                .range(page.offset(), page.offset() + page.size - 1).list();
        return new Found(items, RegistryWrite.count(q.toString(), params));
    }

    /** Pause before the next try: {@code first} after one failure, doubling per failure, capped at {@code max}. */
    static Duration backoff(Duration first, Duration max, int failures) {
        Duration d = first.multipliedBy(1L << Math.min(Math.max(failures - 1, 0), 20));
        return d.compareTo(max) > 0 ? max : d;
    }

    /** The SKP's write not yet sent, locked; null when there is none. */
    private RegistryWrite open(UUID skpId) {
        return RegistryWrite.<RegistryWrite>find("skpId = ?1 and status <> ?2", skpId, RegistryWrite.Status.SENT)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    /** The highest appraisal version seen for the SKP: of any result recorded, or of a reopening that held one. */
    private long newestVersion(UUID skpId) {
        Number n = (Number) em.createNativeQuery("select max(greatest(source_version, coalesce(held_version, -1))) "
                + "from registry_write where skp_id = ?1").setParameter(1, skpId).getSingleResult();
        return n == null ? -1 : n.longValue();
    }

    private RegistryWrite lock(UUID id) {
        RegistryWrite w = RegistryWrite.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (w == null) {
            throw new IllegalStateException("registry write " + id + " vanished");
        }
        return w;
    }

    private static String clip(String s) {
        return s == null ? null : s.substring(0, Math.min(MAX_TEXT, s.length()));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
