package id.merit.employee.service;

import id.merit.employee.RegistryJob;
import id.merit.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Job rows and their progress, each write in its own short transaction so progress is visible while the job runs. */
@ApplicationScoped
public class RegistryJobs {
    /** {@code item} names the part of the row that was skipped (a training row, e.g. rw-diklat/123); null for the whole row. */
    public record Rejection(int row, String nip, String item, String reason) {
    }

    public record Counts(int created, int updated, int unchanged, int rejected) {
    }

    @Inject
    EntityManager em;

    /** The job row and its items (a NIP or a record's JSON each), committed together before any work starts. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public RegistryJob start(RegistryJob.Kind kind, List<String> items, String who) {
        return start(kind, items, who, null);
    }

    /**
     * As {@link #start(RegistryJob.Kind, List, String)}, claiming {@code night} for the job (the nightly sync);
     * null when another instance has claimed that night already — then nothing is written.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public RegistryJob start(RegistryJob.Kind kind, List<String> items, String who, java.time.LocalDate night) {
        UUID id = UUID.randomUUID();
        if (night != null && em.createNativeQuery("insert into registry_job_night (night, job_id) values (?1, ?2) on conflict do nothing")
                .setParameter(1, night).setParameter(2, id).executeUpdate() == 0) {
            return null;
        }
        RegistryJob j = new RegistryJob();
        j.id = id;
        j.kind = kind;
        j.state = RegistryJob.State.RUNNING;
        j.total = items.size();
        j.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        j.heartbeatAt = j.createdAt;
        j.createdBy = who;
        j.persist();
        em.flush();
        // One JDBC batch: an import may hold 50 000 records.
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into registry_job_item (job_id, row_no, item) values (?, ?, ?)")) {
                for (int row = 0; row < items.size(); row++) {
                    insert.setObject(1, j.id);
                    insert.setInt(2, row);
                    insert.setString(3, items.get(row));
                    insert.addBatch();
                    if ((row + 1) % 1000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
        });
        return j;
    }

    /** The items from {@code fromRow} on, in order. */
    @SuppressWarnings("unchecked")
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<String> items(UUID id, int fromRow) {
        return em.createNativeQuery("select item from registry_job_item where job_id = ?1 and row_no >= ?2 order by row_no")
                .setParameter(1, id).setParameter(2, fromRow).getResultList();
    }

    /** This instance is still working on these jobs. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void heartbeat(Collection<UUID> ids) {
        if (!ids.isEmpty()) {
            em.createNativeQuery("update registry_job set heartbeat_at = ?1 where id in (?2) and state = 'RUNNING'")
                    .setParameter(1, OffsetDateTime.now(ZoneOffset.UTC)).setParameter(2, ids).executeUpdate();
        }
    }

    /**
     * RUNNING jobs nobody has been alive for since {@code silentFor}: claimed for this instance (heartbeat renewed)
     * under row locks, so two instances never take over the same job.
     */
    @SuppressWarnings("unchecked")
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<RegistryJob> claimAbandoned(Duration silentFor) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<UUID> ids = em.createNativeQuery("select id from registry_job where state = 'RUNNING' "
                        + "and coalesce(heartbeat_at, created_at) < ?1 order by created_at for update skip locked", UUID.class)
                .setParameter(1, now.minus(silentFor)).getResultList();
        List<RegistryJob> claimed = new ArrayList<>();
        for (UUID id : ids) {
            RegistryJob j = RegistryJob.findById(id);
            j.heartbeatAt = now;
            claimed.add(j);
        }
        return claimed;
    }

    /** Counts and rejections up to {@code nextRow} (exclusive), in one transaction: a resumed job starts there. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void progress(UUID id, Counts c, List<Rejection> newRejections, RegistryJob.State state, String failure, int nextRow) {
        RegistryJob j = RegistryJob.findById(id);
        j.nextRow = nextRow;
        j.heartbeatAt = OffsetDateTime.now(ZoneOffset.UTC);
        j.created = c.created();
        j.updated = c.updated();
        j.unchanged = c.unchanged();
        j.rejected = c.rejected();
        j.state = state;
        j.failure = failure == null ? null : failure.substring(0, Math.min(1000, failure.length()));
        if (state != RegistryJob.State.RUNNING) {
            j.finishedAt = OffsetDateTime.now(ZoneOffset.UTC);
            em.createNativeQuery("delete from registry_job_item where job_id = ?1").setParameter(1, id).executeUpdate();
        }
        for (Rejection r : newRejections) {
            // One row may name the same item twice (two history rows with one registry id): one entry with both reasons.
            em.createNativeQuery("insert into registry_job_rejection (job_id, row_no, nip, item, reason) values (?1, ?2, ?3, ?4, ?5) "
                            + "on conflict (job_id, row_no, item) do update set reason = left(registry_job_rejection.reason || '; ' || excluded.reason, 1000)")
                    .setParameter(1, id).setParameter(2, r.row())
                    .setParameter(3, r.nip() == null ? null : r.nip().substring(0, Math.min(100, r.nip().length())))
                    .setParameter(4, r.item() == null ? "" : r.item().substring(0, Math.min(200, r.item().length())))
                    .setParameter(5, r.reason().substring(0, Math.min(1000, r.reason().length()))).executeUpdate();
        }
    }

    /** The newest jobs first (hr-admin's and the nightly sync's). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RegistryJob> recent(int page, int size) {
        return RegistryJob.<RegistryJob>find("order by createdAt desc, id").page(page, size).list();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count() {
        return RegistryJob.count();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RegistryJob find(UUID id) {
        RegistryJob j = RegistryJob.findById(id);
        if (j == null) {
            throw ProblemException.notFound("registry job", id);
        }
        return j;
    }

    @SuppressWarnings("unchecked")
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Rejection> rejections(UUID id, int max) {
        List<Object[]> rows = em.createNativeQuery("select row_no, nip, item, reason from registry_job_rejection where job_id = ?1 order by row_no, item")
                .setParameter(1, id).setMaxResults(max).getResultList();
        return rows.stream().map(r -> new Rejection(((Number) r[0]).intValue(), (String) r[1],
                ((String) r[2]).isEmpty() ? null : (String) r[2], (String) r[3])).toList();
    }
}
