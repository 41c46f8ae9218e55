package id.merit.employee.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.merit.employee.RegistryJob;
import id.merit.employee.client.RegistryClient;
import id.merit.employee.client.RegistryException;
import id.merit.employee.client.RegistryAppraisals;
import id.merit.employee.client.RegistryCompetencies;
import id.merit.employee.client.RegistryEducation;
import id.merit.employee.client.RegistryHistory;
import id.merit.employee.client.RegistryTrainings;
import id.merit.employee.config.RegistryConfig;
import id.merit.platform.problem.Problem;
import id.merit.platform.problem.ProblemException;
import id.merit.platform.security.Caller;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.scheduler.Scheduled;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/** Registry sync (one NIP, the unit tree, a background list of NIPs) and the offline file import. */
@ApplicationScoped
public class RegistrySync {
    private static final Logger LOG = Logger.getLogger(RegistrySync.class);
    /** Progress is written every this many records, so a poller sees the job move without a write per record. */
    static final int PROGRESS_EVERY = 50;
    private static final AttributeKey<String> JOB = AttributeKey.stringKey("merit.registry.job");
    private static final AttributeKey<Long> ROW = AttributeKey.longKey("merit.registry.row");

    public record UnitSyncResult(int created, int updated, int unchanged, int rejected, List<RegistryJobs.Rejection> rejections) {
    }

    @Inject
    RegistryClient client;
    @Inject
    RegistryImporter importer;
    @Inject
    RegistryJobs jobs;
    @Inject
    OrgUnitService units;
    @Inject
    Caller caller;

    @Inject
    RegistryConfig config;
    @Inject
    OpenTelemetry openTelemetry;
    private Tracer tracer;
    @Inject
    ObjectMapper mapper;

    /** The jobs this instance works on; their heartbeat is renewed by {@link #keepJobsAlive()}. */
    private final Set<UUID> running = ConcurrentHashMap.newKeySet();
    private final ExecutorService workers = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "registry-job");
        t.setDaemon(true);
        return t;
    });

    @PostConstruct
    void init() {
        tracer = openTelemetry.getTracer("id.merit.employee.registry");
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    /** One employee's registry reads: data-utama and, when read from the API, the histories. */
    record Fetched(JsonNode dataUtama, RegistryHistory history) {
    }

    /** data-utama plus rw-diklat, rw-kursus, rw-skp22, rw-pendidikan and rw-kompetensi, all read before anything is written. */
    public RegistryImporter.Result syncOne(String nip) {
        Fetched f = fetch(nip);
        try {
            return importer.importRecord(f.dataUtama(), f.history(), caller.id());
        } catch (IllegalArgumentException e) {
            throw ProblemException.unprocessable("the registry record of " + nip + " cannot be used: " + e.getMessage());
        } catch (ProblemException e) {
            if (e.problem().status() == 400) {
                throw ProblemException.unprocessable("the registry record of " + nip + " cannot be used: " + e.getMessage());
            }
            throw e;
        }
    }

    /** Reads ref-unor and writes the tree parents first; a unit whose parent is unknown or in a loop is rejected. */
    public UnitSyncResult syncUnits() {
        return syncUnits(caller.id());
    }

    /** As {@link #syncUnits()}, the changes recorded as made by {@code who} (the nightly sync has no caller). */
    public UnitSyncResult syncUnits(String who) {
        JsonNode list;
        try {
            list = client.refUnor();
        } catch (RegistryException e) {
            throw asProblem(e);
        }
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        for (JsonNode n : list) {
            String id = n.path("Id").asText(null);
            if (id != null && !id.isBlank()) {
                byId.put(id, n);
            }
        }
        Map<String, List<String>> children = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        for (Map.Entry<String, JsonNode> e : byId.entrySet()) {
            String parent = parentOf(e.getValue());
            if (parent == null || !byId.containsKey(parent)) {
                queue.add(e.getKey());
            } else {
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(e.getKey());
            }
        }
        int[] counts = new int[4];
        List<RegistryJobs.Rejection> rejections = new ArrayList<>();
        Set<String> done = new HashSet<>();
        int row = 0;
        while (!queue.isEmpty()) {
            String id = queue.poll();
            done.add(id);
            JsonNode n = byId.get(id);
            row++;
            try {
                String code = "UNOR-" + id.replaceAll("[^A-Za-z0-9._-]", "");
                String name = n.path("NamaUnor").asText("").trim();
                if (name.isEmpty()) {
                    throw new IllegalArgumentException("NamaUnor is empty");
                }
                String parent = parentOf(n);
                EmployeeService.Outcome o = units.upsertFromRegistry(id, code.substring(0, Math.min(50, code.length())),
                        name.substring(0, Math.min(200, name.length())), parent != null && byId.containsKey(parent) ? parent : null, who);
                counts[o.ordinal()]++;
                queue.addAll(children.getOrDefault(id, List.of()));
            } catch (RuntimeException e) {
                counts[3]++;
                rejections.add(new RegistryJobs.Rejection(row, id, null, reason(e)));
            }
        }
        for (String id : byId.keySet()) {
            if (!done.contains(id)) {
                counts[3]++;
                rejections.add(new RegistryJobs.Rejection(++row, id, null, "its DiatasanId chain loops back to itself"));
            }
        }
        return new UnitSyncResult(counts[0], counts[1], counts[2], counts[3], rejections);
    }

    /** Syncs each NIP from the registry in the background; GET the job for progress. */
    public RegistryJob startSync(List<String> nips) {
        RegistryJob job = jobs.start(RegistryJob.Kind.SYNC, nips, caller.id());
        run(job, nips);
        return job;
    }

    /**
     * The night's sync: claims the night, brings the unit tree up to date (a failure there is logged; the employees
     * are still synced, each row reporting its own), then syncs {@code nips} in the background. Null when another
     * instance has claimed the night already.
     */
    public RegistryJob startNightlySync(List<String> nips, String who, java.time.LocalDate night) {
        RegistryJob job = jobs.start(RegistryJob.Kind.SYNC, nips, who, night);
        if (job == null) {
            return null;
        }
        try {
            UnitSyncResult units = syncUnits(who);
            LOG.infof("nightly registry sync of %s: units %d created, %d updated, %d unchanged, %d rejected", night,
                    units.created(), units.updated(), units.unchanged(), units.rejected());
        } catch (RuntimeException e) {
            LOG.warnf("nightly registry sync of %s: the unit tree was not synced: %s", night, reason(e));
        }
        run(job, nips);
        return job;
    }

    /** Imports registry-shaped records (already parsed from CSV or JSON) in the background. */
    public RegistryJob startImport(List<JsonNode> records) {
        List<String> items = records.stream().map(JsonNode::toString).toList();
        RegistryJob job = jobs.start(RegistryJob.Kind.IMPORT, items, caller.id());
        run(job, items);
        return job;
    }

    /**
     * Keeps this instance's jobs alive and takes over the jobs of an instance that stopped (a crash or a restart):
     * each resumes at its last progress write, with the counts of that write. Items after it are done again — the
     * import is an idempotent upsert, so the employee ends the same; one the stopped instance had already created
     * or changed is then counted as unchanged.
     */
    @Scheduled(every = "${merit.registry.job-heartbeat:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void keepJobsAlive() {
        jobs.heartbeat(Set.copyOf(running));
        for (RegistryJob j : jobs.claimAbandoned(config.jobTakeoverAfter())) {
            if (running.contains(j.id)) {
                continue;
            }
            List<String> items = jobs.items(j.id, j.nextRow);
            if (items.size() != j.total - j.nextRow) {
                // A job from before items were stored: nothing to resume from.
                jobs.progress(j.id, new RegistryJobs.Counts(j.created, j.updated, j.unchanged, j.rejected), List.of(),
                        RegistryJob.State.FAILED, "interrupted by a restart; start it again", j.nextRow);
                continue;
            }
            LOG.infof("registry job %s: taken over at row %d of %d", j.id, j.nextRow, j.total);
            run(j, items);
        }
    }

    /** Works through {@code items}, the job's rows from {@code job.nextRow} on. */
    private void run(RegistryJob job, List<String> items) {
        UUID jobId = job.id;
        int firstRow = job.nextRow;
        String who = job.createdBy;
        Function<String, Fetched> source = job.kind == RegistryJob.Kind.SYNC ? this::fetch : r -> new Fetched(json(r), null);
        running.add(jobId);
        workers.submit(() -> {
            int[] c = {job.created, job.updated, job.unchanged, job.rejected};
            List<RegistryJobs.Rejection> pending = new ArrayList<>();
            int row = firstRow;
            try {
                for (String item : items) {
                    // A trace per row: the row's events carry it through the outbox into every consumer.
                    Span span = tracer.spanBuilder("registry " + job.kind.name().toLowerCase() + " row")
                            .setSpanKind(SpanKind.INTERNAL).setAttribute(JOB, jobId.toString()).setAttribute(ROW, row + 1L)
                            .startSpan();
                    try (Scope ignored = span.makeCurrent()) {
                        Fetched f = source.apply(item);
                        RegistryImporter.Result r = importer.importRecord(f.dataUtama(), f.history(), who);
                        c[r.outcome().ordinal()]++;
                        // A skipped history row is listed under the employee's row; the employee itself counts as imported.
                        for (RegistryHistory.Rejection t : r.rejected()) {
                            pending.add(new RegistryJobs.Rejection(row + 1, nipOf(job.kind, item), t.item(), t.reason()));
                        }
                    } catch (RuntimeException e) {
                        c[3]++;
                        pending.add(new RegistryJobs.Rejection(row + 1, nipOf(job.kind, item), null, reason(e)));
                        span.setStatus(StatusCode.ERROR, reason(e));
                    } finally {
                        span.end();
                    }
                    row++;
                    if ((row - firstRow) % PROGRESS_EVERY == 0) {
                        jobs.progress(jobId, counts(c), pending, RegistryJob.State.RUNNING, null, row);
                        pending.clear();
                    }
                }
                jobs.progress(jobId, counts(c), pending, RegistryJob.State.DONE, null, row);
            } catch (RuntimeException e) {
                LOG.errorf(e, "registry job %s failed", jobId);
                jobs.progress(jobId, counts(c), List.of(), RegistryJob.State.FAILED, e.getMessage(), row);
            } finally {
                running.remove(jobId);
            }
        });
    }

    private JsonNode json(String record) {
        try {
            return mapper.readTree(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored import record is not JSON", e);
        }
    }

    private Fetched fetch(String nip) {
        try {
            JsonNode dataUtama = client.dataUtama(nip);
            List<RegistryHistory.Rejection> unread = new ArrayList<>();
            JsonNode diklat = history(RegistryTrainings.DIKLAT, nip, unread);
            JsonNode kursus = history(RegistryTrainings.KURSUS, nip, unread);
            JsonNode skp22 = history(RegistryAppraisals.SKP22, nip, unread);
            JsonNode pendidikan = history(RegistryEducation.PENDIDIKAN, nip, unread);
            JsonNode kompetensi = history(RegistryCompetencies.KOMPETENSI, nip, unread);
            return new Fetched(dataUtama, new RegistryHistory(diklat, kursus, skp22, pendidikan, kompetensi, unread));
        } catch (RegistryException e) {
            if (e.kind() == RegistryException.Kind.NOT_FOUND) {
                throw ProblemException.notFound("registry record of", nip);
            }
            throw asProblem(e);
        }
    }

    /**
     * A history read (pns/{source}/{nip}). The employee's main record matters more: when this read is refused or keeps
     * failing, the employee is still synced, the read is reported, and what came from it stays as it was.
     */
    private JsonNode history(String source, String nip, List<RegistryHistory.Rejection> unread) {
        try {
            return client.history(source, nip);
        } catch (RegistryException e) {
            if (e.kind() == RegistryException.Kind.NOT_CONFIGURED) {
                throw e;
            }
            unread.add(new RegistryHistory.Rejection(source, 0, null, "not read, kept as it was: " + e.getMessage()));
            return null;
        }
    }

    private static ProblemException asProblem(RegistryException e) {
        return switch (e.kind()) {
            case NOT_FOUND -> new ProblemException(Problem.of(404, "not-found", "Not found", e.getMessage()));
            case NOT_CONFIGURED, UNAVAILABLE -> new ProblemException(Problem.of(503, "registry-unavailable", "Registry unavailable", e.getMessage()));
            case REFUSED -> new ProblemException(Problem.of(502, "registry-refused", "Registry refused the call", e.getMessage()));
        };
    }

    private static String parentOf(JsonNode n) {
        String p = n.path("DiatasanId").asText(null);
        return p == null || p.isBlank() ? null : p;
    }

    private String nipOf(RegistryJob.Kind kind, String item) {
        if (kind == RegistryJob.Kind.SYNC) {
            return item;
        }
        JsonNode n = json(item);
        return n.hasNonNull("nipBaru") ? n.get("nipBaru").asText() : null;
    }

    private static String reason(RuntimeException e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    private static RegistryJobs.Counts counts(int[] c) {
        return new RegistryJobs.Counts(c[0], c[1], c[2], c[3]);
    }
}
