package id.merit.e2e.demo;

import com.fasterxml.jackson.databind.JsonNode;
import id.merit.e2e.Api;
import id.merit.e2e.Appraisals;
import id.merit.e2e.Feedback;
import id.merit.e2e.KeycloakUsers;
import id.merit.e2e.Merit;
import id.merit.e2e.Poll;
import id.merit.e2e.Tokens;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Loads the Palangka Raya demo data ({@link DemoModel}) into a running Merit only through the gateway's public API,
 * with real Keycloak tokens (an hr-admin account of its own, {@value #HR}, for BKPSDM's work; each employee's own account for their SKP and peer answers,
 * each appraiser's for agreeing and rating; accounts are made with Keycloak's admin API, username = NIP, password
 * {@value Tokens#DEMO_PASSWORD}). Every step looks up what exists (by code, NIP, state) before it writes, so a second
 * load changes nothing.
 *
 * <pre>java -cp deploy/e2e/target/classes:$(cat deploy/e2e/target/e2e.classpath) id.merit.e2e.demo.DemoLoader \
 *     [--gateway http://localhost:8080] [--keycloak http://localhost:8180] [--size 600] [--seed 2026] [--threads 4]</pre>
 */
public final class DemoLoader {
    public static final int FULL_SIZE = 600;
    public static final long SEED = 62_2026L;

    /**
     * {@code demoUsers}: the realm's demo employees ({@code pegawai}, {@code atasan}) become people of the demo
     * organisation, signed in with their own accounts ({@link DemoModel#DEMO_ACCOUNTS}); off where something else
     * places them (the e2e tests' shared organisation).
     */
    public record Options(String gateway, String keycloak, String keycloakAdminPassword, int size, long seed, int threads,
                          boolean demoUsers) {
        public static Options defaults() {
            return new Options("http://localhost:8080", "http://localhost:8180",
                    System.getenv().getOrDefault("MERIT_KEYCLOAK_ADMIN_PASSWORD", "admin"), FULL_SIZE, SEED, 4, true);
        }
    }

    /** What the load found and did: per kind the number present afterwards and how many this load created. */
    public record Summary(Map<String, Integer> present, Map<String, Integer> created, Map<String, Long> phaseMillis, long millis) {
        public int createdTotal() {
            return created.values().stream().mapToInt(Integer::intValue).sum();
        }

        public String text() {
            StringBuilder b = new StringBuilder("Palangka Raya demo data (present / created by this load):\n");
            present.forEach((k, v) -> b.append(String.format("  %-34s %6d / %d%n", k, v, created.getOrDefault(k, 0))));
            b.append("  phases: ").append(phaseMillis.entrySet().stream()
                    .map(e -> e.getKey() + " " + String.format("%.1f s", e.getValue() / 1000.0)).collect(Collectors.joining(", ")));
            b.append(String.format("%n  took %.1f s%n", millis / 1000.0));
            return b.toString();
        }
    }

    /**
     * BKPSDM's work is done as an hr-admin account of the loader's own: the gateway limits each caller, and as
     * hr.admin a load spent that budget, so someone signed in as hr.admin meanwhile got 429s.
     */
    static final String HR = "bkpsdm.loader";
    private static final Duration ASYNC = Duration.ofMinutes(3);

    private final Options options;
    /** Replaced by the model without the demo users when the data was loaded before they were part of it. */
    private DemoModel model;
    private boolean demoUsers;
    private final Api api;
    private final Tokens tokens;
    private final KeycloakUsers users;
    private final int year = LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear();
    private final Map<String, Integer> present = new LinkedHashMap<>();
    private final Map<String, AtomicInteger> created = new ConcurrentHashMap<>();
    private final Map<String, Long> phases = new LinkedHashMap<>();
    private final Map<String, UUID> unitIds = new ConcurrentHashMap<>();
    private final Map<String, UUID> positionIds = new ConcurrentHashMap<>();

    public DemoLoader(Options options) {
        this.options = options;
        this.model = new DemoModel(options.seed(), options.size(), options.demoUsers());
        this.demoUsers = options.demoUsers();
        // Outside the e2e stack the gateway limits each caller to 600 requests a minute: wait those out.
        this.api = new Api(options.gateway()).patientWith429(Duration.ofMinutes(5));
        this.tokens = new Tokens(options.keycloak() + "/realms/merit");
        this.users = new KeycloakUsers(options.keycloak(), options.keycloakAdminPassword());
    }

    public DemoModel model() {
        return model;
    }

    public static void main(String[] args) {
        Options o;
        try {
            o = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("demo data: " + e.getMessage());
            System.exit(2);
            return;
        }
        try {
            System.out.print(new DemoLoader(o).load().text());
            System.exit(0);
        } catch (RuntimeException e) {
            boolean down = String.valueOf(e.getMessage()).contains("ConnectException");
            System.err.println("demo data: " + e.getMessage() + (down ? " — is Merit running (gateway " + o.gateway()
                    + ", Keycloak " + o.keycloak() + ")?" : ""));
            System.exit(1);
        }
    }

    /** Options from the command line; the Keycloak admin password also from MERIT_KEYCLOAK_ADMIN_PASSWORD (kept off the command line). */
    static Options parse(String[] args) {
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("option " + args[args.length - 1] + " needs a value");
        }
        Options o = Options.defaults();
        for (int i = 0; i < args.length; i += 2) {
            String v = args[i + 1];
            o = switch (args[i]) {
                case "--gateway" -> new Options(v, o.keycloak(), o.keycloakAdminPassword(), o.size(), o.seed(), o.threads(), o.demoUsers());
                case "--keycloak" -> new Options(o.gateway(), v, o.keycloakAdminPassword(), o.size(), o.seed(), o.threads(), o.demoUsers());
                case "--keycloak-admin-password" -> new Options(o.gateway(), o.keycloak(), v, o.size(), o.seed(), o.threads(), o.demoUsers());
                case "--size" -> new Options(o.gateway(), o.keycloak(), o.keycloakAdminPassword(), Integer.parseInt(v), o.seed(), o.threads(), o.demoUsers());
                case "--seed" -> new Options(o.gateway(), o.keycloak(), o.keycloakAdminPassword(), o.size(), Long.parseLong(v), o.threads(), o.demoUsers());
                case "--threads" -> new Options(o.gateway(), o.keycloak(), o.keycloakAdminPassword(), o.size(), o.seed(), Integer.parseInt(v), o.demoUsers());
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (--gateway, --keycloak, --keycloak-admin-password, --size, --seed, --threads)");
            };
        }
        if (o.size() < 1 || o.threads() < 1) {
            throw new IllegalArgumentException("--size and --threads must be at least 1");
        }
        return o;
    }

    /** A username, or the NIP of a demo employee (signed in with their own account, not one named by the NIP). */
    private Merit as(String username) {
        return new Merit(api, tokens.of(account(username)));
    }

    private void created(String kind) {
        created.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
    }

    public Summary load() {
        long t0 = System.nanoTime();
        users.ensure(HR, null, "Pemuat", "Data Demo", "hr-admin");
        phase("organisation", this::organisation);
        phase("employees", this::employees);
        phase("accounts", this::accounts);
        phase("periods", this::periods);
        phase("peer feedback " + (year - 1), this::peerFeedback);
        phase("appraisal " + (year - 2), () -> appraisalYear(year - 2, 0));
        phase("appraisal " + (year - 1), () -> appraisalYear(year - 1, 4));
        phase("public feedback " + year, this::publicFeedback);
        phase("vacancies", this::vacancies);
        Map<String, Integer> made = new LinkedHashMap<>();
        present.keySet().forEach(k -> made.put(k, created.getOrDefault(k, new AtomicInteger()).get()));
        return new Summary(new LinkedHashMap<>(present), made, new LinkedHashMap<>(phases), (System.nanoTime() - t0) / 1_000_000);
    }

    private void phase(String name, Runnable step) {
        long t = System.nanoTime();
        step.run();
        phases.put(name, (System.nanoTime() - t) / 1_000_000);
    }

    // ---------------------------------------------------------------- organisation

    private void organisation() {
        Merit hr = as(HR);
        Map<String, JsonNode> units = byCode(hr.all("/api/v1/units"));
        for (DemoModel.Unit u : model.units) {
            JsonNode existing = units.get(u.code());
            if (existing != null) {
                unitIds.put(u.code(), UUID.fromString(existing.path("id").asText()));
            } else {
                unitIds.put(u.code(), hr.unit(u.code(), u.name(), u.parentCode() == null ? null : unitIds.get(u.parentCode())));
                created("units");
            }
        }
        present.put("units", model.units.size());
        Map<String, JsonNode> positions = byCode(hr.all("/api/v1/positions"));
        for (DemoModel.Position p : model.positions) {
            JsonNode existing = positions.get(p.code());
            if (existing != null) {
                positionIds.put(p.code(), UUID.fromString(existing.path("id").asText()));
            } else {
                positionIds.put(p.code(), hr.position(new Merit.PositionSpec(p.code(), p.name(), p.type(), p.fungsionalLevel(),
                        unitIds.get(p.unitCode()), p.seats(), p.competencies(), p.requirements())));
                created("positions");
            }
        }
        present.put("positions", model.positions.size());
        units = byCode(hr.all("/api/v1/units"));
        for (DemoModel.Position p : model.positions) {
            if (p.head() && !positionIds.get(p.code()).toString().equals(units.get(p.unitCode()).path("headPositionId").asText())) {
                hr.head(unitIds.get(p.unitCode()), positionIds.get(p.code()));
                created("head positions");
            }
        }
        present.put("head positions", (int) model.positions.stream().filter(DemoModel.Position::head).count());
    }

    private static Map<String, JsonNode> byCode(List<JsonNode> items) {
        Map<String, JsonNode> m = new LinkedHashMap<>();
        items.forEach(n -> m.put(n.path("code").asText(), n));
        return m;
    }

    // ---------------------------------------------------------------- employees

    private void employees() {
        Map<String, JsonNode> known = new ConcurrentHashMap<>();
        as(HR).all("/api/v1/employees?unitId=" + unitIds.get(DemoModel.ROOT) + "&includeSubUnits=true")
                .forEach(e -> known.put(e.path("nip").asText(), e));
        if (demoUsers) {
            // Loaded before the demo users were people of the organisation: the people who hold their seats stay.
            DemoModel without = new DemoModel(options.seed(), options.size());
            Set<String> withThem = model.people.stream().map(p -> p.nip().nip()).collect(Collectors.toSet());
            if (without.people.stream().map(p -> p.nip().nip()).anyMatch(n -> known.containsKey(n) && !withThem.contains(n))) {
                System.out.println("demo data: loaded before the demo users (pegawai, atasan) were part of it; they stay"
                        + " outside it (./merit start --reset-data --demo loads it afresh with them)");
                model = without;
                demoUsers = false;
            }
        }
        // Heads one after the other, top down, before anyone else: a person's supervisor is derived when they are
        // placed, and placing a head and a head of a unit below it at the same time can leave the lower one's
        // published supervisor stale (seen with parallel heads: employee-service's re-publication misses a
        // concurrent, uncommitted placement). Then one worker per position: its seats are taken one after the other.
        Set<String> heads = model.positions.stream().filter(DemoModel.Position::head).map(DemoModel.Position::code).collect(Collectors.toSet());
        model.people.stream().filter(p -> heads.contains(p.positionCode())).forEach(p -> register(p, known.get(p.nip().nip())));
        Map<String, List<DemoModel.Person>> byPosition = model.people.stream().filter(p -> !heads.contains(p.positionCode()))
                .collect(Collectors.groupingBy(DemoModel.Person::positionCode, LinkedHashMap::new, Collectors.toList()));
        parallel(byPosition.values(), group -> {
            for (DemoModel.Person p : group) {
                register(p, known.get(p.nip().nip()));
            }
        });
        present.put("employees", model.people.size());
    }

    private void register(DemoModel.Person p, JsonNode known) {
        UUID position = positionIds.get(p.positionCode());
        if (known != null && position.toString().equals(known.path("positionId").asText())) {
            return;
        }
        Merit hr = as(HR);
        String etag;
        if (known == null) {
            Api.Res r = hr.post("/api/v1/employees").header("Idempotency-Key", "demo-employee-" + p.nip().nip())
                    .json(p.spec(unitIds.get(p.unitCode())).body()).send();
            if (r.status() == 409) {
                etag = hr.get("/api/v1/employees/" + p.nip().nip()).send().expect(200).etag();
            } else {
                etag = r.expect(200, 201).etag();
                created("employees");
            }
        } else {
            etag = hr.get("/api/v1/employees/" + p.nip().nip()).send().expect(200).etag();
        }
        Api.Res moved = hr.put("/api/v1/employees/" + p.nip().nip() + "/position").ifMatch(etag)
                .json(Map.of("positionId", position, "tmt", p.positionTmt().toString(),
                        "decisionRef", "821.2/" + p.nip().nip().substring(15) + "/BKPSDM/" + p.positionTmt().getYear()))
                .send();
        if (moved.status() == 412) {
            hr.assign(p.nip().nip(), position, p.positionTmt(), "821.2/" + p.nip().nip().substring(15) + "/BKPSDM/" + p.positionTmt().getYear());
        } else {
            moved.expect(200);
        }
    }

    private String account(String nipOrUsername) {
        return demoUsers ? DemoModel.DEMO_ACCOUNTS.getOrDefault(nipOrUsername, nipOrUsername) : nipOrUsername;
    }

    private void accounts() {
        Set<String> existing = users.usernames();
        parallel(model.people, p -> {
            // The demo employees' accounts come with the realm.
            if (!existing.contains(account(p.nip().nip()))) {
                users.ensureEmployee(p.nip().nip(), p.firstName(), p.lastName());
                created("employee accounts");
            }
        });
        present.put("employee accounts", model.people.size());
    }

    private void periods() {
        Merit hr = as(HR);
        int made = 0;
        for (int y = year - 2; y <= year; y++) {
            Api.Res r = hr.post("/api/v1/periods").json(Map.of("year", y, "subPeriodKind", "QUARTERLY")).send().expect(201, 200, 409);
            made += r.status() == 409 ? 0 : 1;
        }
        created.computeIfAbsent("periods", k -> new AtomicInteger()).addAndGet(made);
        present.put("periods", 3);
    }

    // ---------------------------------------------------------------- appraisal and feedback

    /** Staff of a unit other than its head, in model order. */
    private Map<String, List<DemoModel.Person>> staffByUnit() {
        Set<String> heads = model.positions.stream().filter(DemoModel.Position::head).map(DemoModel.Position::code).collect(Collectors.toSet());
        return model.people.stream().filter(p -> !heads.contains(p.positionCode()))
                .collect(Collectors.groupingBy(DemoModel.Person::unitCode, LinkedHashMap::new, Collectors.toList()));
    }

    /**
     * In every unit with at least eight staff, the first staff member is rated by the next three (k = 3), and the
     * round is closed: only a closed round's answers count, in its results and in the summary appraisal-service reads.
     */
    private void peerFeedback() {
        int rounds = 0;
        List<Runnable> work = new ArrayList<>();
        for (List<DemoModel.Person> staff : staffByUnit().values()) {
            if (staff.size() < 8) {
                continue;
            }
            DemoModel.Person ratee = staff.get(0);
            Map<String, Merit> raters = new LinkedHashMap<>();
            staff.subList(1, 4).forEach(r -> raters.put(r.nip().nip(), null));
            rounds++;
            work.add(() -> {
                Map<String, Merit> withTokens = new LinkedHashMap<>();
                raters.keySet().forEach(n -> withTokens.put(n, as(n)));
                boolean answered = withTokens.values().stream().allMatch(m -> Feedback.task(m, ratee.nip().nip(), year - 1)
                        .map(t -> t.path("answered").asBoolean()).orElse(false));
                if (!answered) {
                    created("peer rounds " + (year - 1));
                    created.computeIfAbsent("peer answers " + (year - 1), k -> new AtomicInteger()).addAndGet(3);
                }
                awaitKnown(() -> Feedback.closeRound(as(HR), Feedback.peerRound(as(HR), ratee.nip().nip(), year - 1,
                        LocalDate.of(year, 12, 31).toString(), withTokens, key -> 2 + Math.floorMod(key.hashCode(), 3))));
            });
        }
        parallel(work, Runnable::run);
        present.put("peer rounds " + (year - 1), rounds);
        present.put("peer answers " + (year - 1), rounds * 3);
    }

    /**
     * Every employee with an appraiser drafts, gets agreed and rated (predikat mostly BAIK, some SANGAT_BAIK, a few
     * BUTUH_PERBAIKAN, from the NIP); then each unit's result is recorded and the unit finalised.
     */
    private void appraisalYear(int y, int quarters) {
        AtomicInteger rated = new AtomicInteger();
        AtomicInteger noAppraiser = new AtomicInteger();
        Set<UUID> skpUnits = ConcurrentHashMap.newKeySet();
        parallel(model.people, p -> {
            String nip = p.nip().nip();
            Merit owner = as(nip);
            JsonNode skp = awaitKnown(() -> {
                Api.Res r = owner.post("/api/v1/skp").json(Map.of("year", y)).send();
                if (r.status() == 422 && r.body().contains("no supervisor")) {
                    return null;
                }
                if (r.status() == 409) {
                    return Appraisals.ensureSkp(owner, owner, y, nip);
                }
                created("SKPs " + y);
                return r.expect(201).json();
            });
            if (skp == null) {
                noAppraiser.incrementAndGet();
                return;
            }
            int h = Math.floorMod((nip + y).hashCode(), 100);
            String hasil = h < 20 ? "ABOVE" : h < 94 ? (h % 3 == 0 ? "ABOVE" : "MEETS") : "BELOW";
            String perilaku = h < 20 ? "ABOVE" : "MEETS";
            Appraisals.toRated(owner, owner, as(skp.path("appraiserNip").asText()), y, nip, rhk(p), hasil, perilaku, quarters);
            skpUnits.add(UUID.fromString(skp.path("unitId").asText()));
            rated.incrementAndGet();
        });
        Merit hr = as(HR);
        int finalized = 0;
        for (UUID unit : skpUnits) {
            JsonNode d = Appraisals.distribution(hr, unit, y);
            // Once the unit's head is rated the result follows their Hasil Kerja (DESIGN §3); ISTIMEWA otherwise. A unit
            // finalised by an earlier load keeps the result it was finalised against.
            String result = d.path("head").path("consistentResults").path(0).asText("ISTIMEWA");
            if (!d.hasNonNull("finalizedAt") && !result.equals(d.path("unitResult").asText())) {
                Appraisals.unitResult(hr, unit, y, result);
            }
            JsonNode progress = hr.get("/api/v1/appraisals/units/" + unit + "/progress?year=" + y).send().expect(200).json();
            if (progress.path("states").path("RATED").asLong() > 0) {
                Api.Res f = Appraisals.finalizeUnit(hr, unit, y, null);
                if (f.status() == 409) {
                    f = Appraisals.finalizeUnit(hr, unit, y, "Data demo: sebaran disetujui pejabat pembina kepegawaian");
                }
                finalized += f.expect(200).json().path("finalized").asInt();
            }
        }
        created.computeIfAbsent("final SKPs " + y, k -> new AtomicInteger()).addAndGet(finalized);
        present.put("SKPs " + y, rated.get());
        present.put("final SKPs " + y, rated.get());
        present.put("employees without appraiser " + y, noAppraiser.get());
    }

    private static String rhk(DemoModel.Person p) {
        return switch (p.positionCode().replaceAll(".*-", "")) {
            case "KEPSEK", "AM", "AP" -> "Terlaksananya pembelajaran yang berkualitas";
            case "KAPUS", "DOKTER", "PERAWAT", "BIDAN" -> "Meningkatnya mutu pelayanan kesehatan masyarakat";
            case "HEAD" -> "Tercapainya sasaran kinerja unit kerja";
            default -> "Terselenggaranya layanan administrasi yang tertib dan tepat waktu";
        };
    }

    private static <T> T awaitKnown(java.util.function.Supplier<T> step) {
        return Poll.whileUnknown("Merit's projections to know the demo employees", ASYNC, step);
    }

    private static void awaitKnown(Runnable step) {
        awaitKnown(() -> {
            step.run();
            return Boolean.TRUE;
        });
    }

    /**
     * Citizens rate three desk officers of Disdukcapil, and students and parents two teachers of SD Negeri 1 Langkai,
     * through one-time visit tokens (k = 3 responses per group, each group on its own; one comment per group that
     * hr-admin approves). Visits belong to the year they happen, so this is the current year's public feedback. A group
     * already shown from 3 responses is skipped, which assumes the suite counts responses at once
     * (MERIT_FEEDBACK_PUBLIC_AGGREGATE_UNTIL=NOW, as the launcher starts feedback-service); with the production cut-off
     * they count from the next day, and a second load on the same day would add three more.
     */
    private void publicFeedback() {
        Merit hr = as(HR);
        List<DemoModel.Person> desk = model.people.stream().filter(p -> p.positionCode().equals("DISDUKCAPIL-DAFDUK-PELAKSANA")).limit(3).toList();
        List<DemoModel.Person> teachers = model.people.stream().filter(p -> p.positionCode().startsWith("DISDIK-SDN1-GURU")).limit(2).toList();
        int rated = 0;
        int responses = 0;
        for (DemoModel.Person p : concat(desk, teachers)) {
            rated++;
            boolean school = p.unitCode().startsWith("DISDIK-SDN");
            JsonNode shown = Feedback.publicRating(hr, p.nip().nip(), year);
            UUID channel = null;
            String marker = "demo-" + p.nip().nip().substring(12);
            for (String group : school ? List.of("STUDENT", "PARENT") : List.of("CITIZEN")) {
                responses += 3;
                JsonNode g = Feedback.group(shown, group);
                if (g.path("shown").asBoolean() && g.path("responses").asInt() >= 3) {
                    continue;
                }
                if (channel == null) {
                    channel = Feedback.channel(hr, unitIds.get(p.unitCode()), p.nip().nip(),
                            (school ? "Kelas " : "Loket ") + p.name(), school ? "SCHOOL" : "SERVICE_DESK");
                }
                for (int i = 0; i < 3; i++) {
                    String code = Feedback.visitToken(hr, channel, school ? "Pembelajaran di kelas" : "Perekaman KTP-el", group);
                    String comment = i > 0 ? null : switch (group) {
                        case "STUDENT" -> "Guru sabar dan jelas menerangkan (" + marker + ")";
                        case "PARENT" -> "Perkembangan anak selalu dikabarkan (" + marker + ")";
                        default -> "Petugas ramah, antrean tertib (" + marker + ")";
                    };
                    (school ? Feedback.rateTeacher(api, code, 3 + i % 2, comment)
                            : Feedback.respond(api, code, 3 + Math.floorMod((p.nip().nip() + i).hashCode(), 2), 3 + i % 2, comment))
                            .expect(201);
                    created("public responses " + year);
                }
            }
            Feedback.approve(hr, marker);
        }
        present.put("employees with public rating " + year, rated);
        present.put("public responses " + year, responses);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** The seats left open on purpose become OPEN vacancies (TMT 1 December of this year). */
    private void vacancies() {
        Merit hr = as(HR);
        Set<String> open = hr.all("/api/v1/vacancies").stream().filter(v -> !"CANCELLED".equals(v.path("state").asText()))
                .map(v -> v.path("positionId").asText()).collect(Collectors.toSet());
        int n = 0;
        for (DemoModel.Position p : model.positions) {
            if (!p.leaveVacant()) {
                continue;
            }
            n++;
            UUID id = positionIds.get(p.code());
            if (open.contains(id.toString())) {
                continue;
            }
            hr.openVacancy(id, LocalDate.of(year, 12, 1), "Pengisian " + p.name(), ASYNC);
            created("open vacancies");
        }
        present.put("open vacancies", n);
    }

    // ---------------------------------------------------------------- plumbing

    private <T> void parallel(Collection<T> items, Consumer<T> work) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, options.threads()));
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(pool.submit(() -> work.accept(item)));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        } finally {
            pool.shutdownNow();
        }
    }
}
