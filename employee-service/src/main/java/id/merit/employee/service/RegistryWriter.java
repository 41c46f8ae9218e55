package id.merit.employee.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.merit.employee.RegistryWrite;
import id.merit.employee.client.RegistryClient;
import id.merit.employee.client.RegistryException;
import id.merit.employee.client.RegistrySkp22;
import id.merit.employee.config.RegistryConfig;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sends due registry writes (skp22/save) on a schedule. Each try resolves the person's registry id (data-utama
 * {@code id}), builds the body from the result and this service's record of the appraiser, posts it and settles the
 * write ({@link RegistryWrites#record}). The client retries a failing call a few times within seconds; a try that still
 * fails is tried again later, backing off up to hours, so a registry outage of a day loses nothing.
 */
@ApplicationScoped
public class RegistryWriter {
    private static final Logger LOG = Logger.getLogger(RegistryWriter.class);

    @Inject
    RegistryWrites writes;
    @Inject
    RegistryClient client;
    @Inject
    RegistryConfig config;

    // Said once per process: the scheduler asks every few seconds, the reason does not change.
    private final AtomicBoolean saidDisabled = new AtomicBoolean();
    private final AtomicBoolean saidNotConfigured = new AtomicBoolean();

    @Scheduled(every = "${merit.registry.writes.poll-interval:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "merit-registry-writes")
    void tick() {
        sendDue();
    }

    /**
     * Tries every due write once, a claimed batch at a time. Does nothing while sending is switched off or the
     * registry is not configured: writes stay PENDING and go out once it is.
     *
     * @return the number of tries made
     */
    public int sendDue() {
        if (!config.sendAppraisals()) {
            if (saidDisabled.compareAndSet(false, true)) {
                LOG.info("registry writes: sending is switched off (merit.registry.send-appraisals=false); results stay PENDING");
            }
            return 0;
        }
        if (config.apiUrl().isEmpty()) {
            if (saidNotConfigured.compareAndSet(false, true)) {
                LOG.info("registry writes: the registry is not configured (MERIT_REGISTRY_API_URL); results stay PENDING");
            }
            return 0;
        }
        int tries = 0;
        int batchSize = config.writes().batchSize();
        List<RegistryWrites.Claim> batch;
        do {
            batch = writes.claimDue(batchSize, config.writes().claimFor());
            for (int i = 0; i < batch.size(); i++) {
                if (!send(batch.get(i))) {
                    batch.subList(i + 1, batch.size()).forEach(writes::release);
                    return tries;
                }
                tries++;
            }
        } while (batch.size() == batchSize);
        return tries;
    }

    /** One try; false when the registry's configuration is incomplete (the write is given back untried). */
    private boolean send(RegistryWrites.Claim c) {
        String body = null;
        try {
            RegistrySkp22.Penilai penilai = writes.penilai(c.result().appraiserNip());
            String pnsId = registryId(c.nip());
            ObjectNode b = RegistrySkp22.body(c.result(), pnsId, penilai, config.skp22());
            body = b.toString();
            JsonNode answer = client.saveSkp22(b);
            writes.record(c, body, answer.toString(), null);
            LOG.infof("registry write %s: skp22/save of %s %d (appraisal v%d) sent", c.id(), c.nip(), c.result().year(), c.sourceVersion());
            return true;
        } catch (RegistryException e) {
            if (e.kind() == RegistryException.Kind.NOT_CONFIGURED) {
                writes.release(c);
                if (saidNotConfigured.compareAndSet(false, true)) {
                    LOG.warnf("registry writes: %s; results stay PENDING", e.getMessage());
                }
                return false;
            }
            failed(c, body, e.getMessage());
        } catch (IllegalArgumentException e) {
            failed(c, body, e.getMessage());
        } catch (RuntimeException e) {
            // Not the registry's answer (e.g. the database): recorded as a failed try all the same, so it is visible.
            LOG.errorf(e, "registry write %s failed unexpectedly", c.id());
            failed(c, body, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        return true;
    }

    /** The person's registry id: as kept from a sync or an earlier write, else read from data-utama and kept. */
    private String registryId(String nip) {
        return writes.registryId(nip).orElseGet(() -> {
            String id = RegistrySkp22.registryId(client.dataUtama(nip), nip);
            writes.rememberRegistryId(nip, id);
            return id;
        });
    }

    private void failed(RegistryWrites.Claim c, String body, String error) {
        RegistryWrite w = writes.record(c, body, null, error == null ? "failed" : error);
        if (w.status == RegistryWrite.Status.FAILED) {
            LOG.warnf("registry write %s: skp22/save of %s %d gave up after %d tries, retry it by hand: %s", c.id(), c.nip(),
                    c.result().year(), w.attempts, error);
        } else {
            LOG.infof("registry write %s: try %d failed, next at %s: %s", c.id(), w.attempts, w.nextAttemptAt, error);
        }
    }
}
