package id.merit.e2e;

import com.fasterxml.jackson.databind.JsonNode;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * A paced stream of employee registrations through the gateway, written like a careful client would: each write
 * carries an Idempotency-Key and is retried with backoff while the gateway answers 502/503/504/429 or the
 * connection fails, so a write whose answer was lost in a crash is confirmed by the replay, never done twice.
 */
final class FaultWrites {
    static final Duration GIVE_UP = Duration.ofMinutes(3);

    private final Merit hr;
    private final UUID unit;
    private final int first;
    private final int count;

    FaultWrites(Merit hr, UUID unit, int first, int count) {
        this.hr = hr;
        this.unit = unit;
        this.first = first;
        this.count = count;
    }

    /**
     * @param acknowledged  NIPs answered 201 (or the replay of a 201)
     * @param refused       NIPs never acknowledged before {@link #GIVE_UP}
     * @param attempted     HTTP requests sent, retries included
     * @param statuses      answers per status (-1: connection failed)
     */
    record Result(List<String> acknowledged, List<String> refused, int attempted, Map<Integer, Integer> statuses) {
    }

    /**
     * Sends the writes from {@code threads} threads at about {@code perSecond} writes a second; {@code afterAck}
     * runs on the writing thread with the running count of acknowledged writes (the fault is injected there, while
     * the other threads keep writing).
     */
    Result run(int threads, int perSecond, IntConsumer afterAck) throws Exception {
        List<String> acked = Collections.synchronizedList(new ArrayList<>());
        List<String> refused = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, Integer> statuses = Collections.synchronizedMap(new TreeMap<>());
        AtomicInteger attempts = new AtomicInteger();
        AtomicInteger ackCount = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        long intervalNanos = perSecond <= 0 ? 0 : 1_000_000_000L / perSecond;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            done.add(pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < count) {
                    long due = start + i * intervalNanos;
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        FaultTests.sleep(Duration.ofNanos(wait));
                    }
                    Nips.Person p = person(first + i);
                    if (write(p, attempts, statuses)) {
                        acked.add(p.nip());
                        afterAck.accept(ackCount.incrementAndGet());
                    } else {
                        refused.add(p.nip());
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        return new Result(List.copyOf(acked), List.copyOf(refused), attempts.get(), Map.copyOf(statuses));
    }

    private boolean write(Nips.Person p, AtomicInteger attempts, Map<Integer, Integer> statuses) {
        long deadline = System.nanoTime() + GIVE_UP.toNanos();
        long backoff = 200;
        Merit.EmployeeSpec spec = spec(p, unit, "Pegawai Uji " + p.nip().substring(14));
        while (true) {
            attempts.incrementAndGet();
            Api.Res r = hr.post("/api/v1/employees").header("Idempotency-Key", "fault-" + p.nip()).json(spec.body())
                    .timeout(Duration.ofSeconds(30)).send();
            statuses.merge(r.status(), 1, Integer::sum);
            if (r.status() == 201 || r.status() == 200) {
                return true;
            }
            boolean retryable = r.status() == -1 || r.status() == 502 || r.status() == 503 || r.status() == 504 || r.status() == 429;
            if (!retryable) {
                throw new AssertionError("write of " + p.nip() + " refused for good: " + r);
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            FaultTests.sleep(Duration.ofMillis(backoff));
            backoff = Math.min(2000, backoff * 2);
        }
    }

    /** The n-th fault-test person: a birth date per n (1970 onwards), TMT CPNS 1998-07, serial 777 — unique per n. */
    static Nips.Person person(int n) {
        LocalDate birth = LocalDate.of(1970, 1, 1).plusDays(n);
        String sex = n % 2 == 0 ? "MALE" : "FEMALE";
        String nip = String.format("%04d%02d%02d199807%d777", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(),
                sex.equals("MALE") ? 1 : 2);
        return new Nips.Person(nip, birth, sex);
    }

    static Merit.EmployeeSpec spec(Nips.Person p, UUID unit, String name) {
        return new Merit.EmployeeSpec(p.nip(), name, null, "S.Sos.", "Palangka Raya", p.birthDate(), p.sex(), "II/c",
                LocalDate.of(2018, 4, 1), unit, List.of(Merit.education("D3", "Administrasi", "Politeknik Palangka Raya", 1995)),
                List.of(), null);
    }

    /** The writable fields of an employee snapshot, as PUT /employees/{nip} takes them. */
    static Map<String, Object> editable(JsonNode snapshot) {
        Map<String, Object> all = Api.JSON.convertValue(snapshot, Api.JSON.getTypeFactory()
                .constructMapType(LinkedHashMap.class, String.class, Object.class));
        Map<String, Object> b = new LinkedHashMap<>();
        for (String f : List.of("nip", "name", "frontTitle", "backTitle", "birthPlace", "birthDate", "sex", "status")) {
            b.put(f, all.get(f));
        }
        b.put("golongan", snapshot.path("golongan").path("code").asText(null));
        b.put("golonganTmt", snapshot.path("golongan").path("tmt").asText(null));
        b.put("unitId", snapshot.path("unit").path("id").asText(null));
        b.put("education", all.get("education"));
        return b;
    }

    static long count(String db, String sql, Object param) {
        try (Connection c = MeritStack.database(db); PreparedStatement ps = prepare(c, sql, param); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(db + ": " + e.getMessage(), e);
        }
    }

    static Map<String, Long> versions(String db, String sql, Object param) {
        Map<String, Long> out = new HashMap<>();
        try (Connection c = MeritStack.database(db); PreparedStatement ps = prepare(c, sql, param); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getLong(2));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(db + ": " + e.getMessage(), e);
        }
    }

    static List<String> strings(String db, String sql, Object param) {
        List<String> out = new ArrayList<>();
        try (Connection c = MeritStack.database(db); PreparedStatement ps = prepare(c, sql, param); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(db + ": " + e.getMessage(), e);
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object param) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        if (param instanceof String[] arr) {
            ps.setArray(1, c.createArrayOf("varchar", arr));
        } else {
            ps.setObject(1, param);
        }
        return ps;
    }
}
