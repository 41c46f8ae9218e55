package id.merit.employee.service;

import id.merit.employee.Employee;
import id.merit.employee.RegistryJob;
import id.merit.employee.config.RegistryConfig;
import id.merit.employee.domain.EmployeeStatus;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Keeps Merit in step with the registry without anyone starting it (DESIGN §1): every night the unit tree (ref-unor),
 * then every employee in active service as one background job like POST /registry/jobs (GET /registry/jobs lists it) — their histories, registry
 * appraisal results and trainings included. One job per night whichever instance fires first; nothing without a
 * configured registry (MERIT_REGISTRY_API_URL). The hour is {@code merit.registry.nightly-cron} (Palangka Raya's time,
 * WIB), "off" to switch it off.
 */
@ApplicationScoped
public class RegistryNightly {
    private static final Logger LOG = Logger.getLogger(RegistryNightly.class);
    /** Who the night's changes are recorded as made by. */
    public static final String WHO = "registry-nightly";
    static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

    @Inject
    RegistryConfig config;
    @Inject
    RegistrySync sync;

    @Scheduled(cron = "${merit.registry.nightly-cron:0 30 1 * * ?}", timeZone = "Asia/Jakarta", identity = "merit-registry-nightly",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void fire() {
        run(LocalDate.now(ZONE));
    }

    /**
     * The sync of {@code night} ({@link RegistrySync#startNightlySync}).
     *
     * @return the job, or empty when the registry is not configured or another instance has run this night already
     */
    public Optional<RegistryJob> run(LocalDate night) {
        if (config.apiUrl().isEmpty()) {
            LOG.debug("nightly registry sync: the registry is not configured (MERIT_REGISTRY_API_URL)");
            return Optional.empty();
        }
        List<String> nips = Employee.getEntityManager()
                .createQuery("select e.nip from Employee e where e.status in :statuses order by e.nip", String.class)
                .setParameter("statuses", EmployeeStatus.ACTIVE_SERVICE).getResultList();
        RegistryJob job = sync.startNightlySync(nips, WHO, night);
        if (job == null) {
            LOG.debugf("nightly registry sync of %s: started by another instance", night);
            return Optional.empty();
        }
        LOG.infof("nightly registry sync of %s: job %s, %d employees", night, job.id, nips.size());
        return Optional.of(job);
    }
}
