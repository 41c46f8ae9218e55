package id.merit.employee.service;

import id.merit.employee.RegistryJob;
import id.merit.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public RegistryJob start(RegistryJob.Kind kind, int total, String who) {
        RegistryJob j = new RegistryJob();
        j.id = UUID.randomUUID();
        j.kind = kind;
        j.state = RegistryJob.State.RUNNING;
        j.total = total;
        j.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        j.createdBy = who;
        j.persist();
        return j;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void progress(UUID id, Counts c, List<Rejection> newRejections, RegistryJob.State state, String failure) {
        RegistryJob j = RegistryJob.findById(id);
        j.created = c.created();
        j.updated = c.updated();
        j.unchanged = c.unchanged();
        j.rejected = c.rejected();
        j.state = state;
        j.failure = failure == null ? null : failure.substring(0, Math.min(1000, failure.length()));
        if (state != RegistryJob.State.RUNNING) {
            j.finishedAt = OffsetDateTime.now(ZoneOffset.UTC);
        }
        for (Rejection r : newRejections) {
            em.createNativeQuery("insert into registry_job_rejection (job_id, row_no, nip, item, reason) values (?1, ?2, ?3, ?4, ?5)")
                    .setParameter(1, id).setParameter(2, r.row())
                    .setParameter(3, r.nip() == null ? null : r.nip().substring(0, Math.min(100, r.nip().length())))
                    .setParameter(4, r.item() == null ? "" : r.item().substring(0, Math.min(200, r.item().length())))
                    .setParameter(5, r.reason().substring(0, Math.min(1000, r.reason().length()))).executeUpdate();
        }
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
