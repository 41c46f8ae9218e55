package id.merit.employee;

import id.merit.employee.domain.EmploymentType;
import id.merit.employee.domain.PositionType;
import id.merit.employee.domain.Sex;
import id.merit.employee.service.EmployeeData;
import id.merit.employee.service.EmployeeService;
import id.merit.employee.service.OrgUnitService;
import id.merit.employee.service.PositionData;
import id.merit.employee.service.PositionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/** Test data written through the services (the way hr-admin would), so any test identity can set up a scene. */
@ApplicationScoped
public class Seed {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final DateTimeFormatter YMD = DateTimeFormatter.BASIC_ISO_DATE;

    @Inject
    OrgUnitService units;
    @Inject
    PositionService positions;
    @Inject
    EmployeeService employees;

    /** A unique, valid number; the birth date moves a week per call so no two collide. */
    public static String nip(EmploymentType type, Sex sex) {
        int c = COUNTER.incrementAndGet();
        LocalDate birth = birthOf(c);
        String s = sex == Sex.MALE ? "1" : "2";
        String serial = String.format("%03d", c % 1000);
        return type == EmploymentType.PNS
                ? YMD.format(birth) + (birth.getYear() + 25) + String.format("%02d", 1 + c % 12) + s + serial
                : YMD.format(birth) + (birth.getYear() + 30) + "21" + s + serial;
    }

    public static LocalDate birthOf(String nip) {
        return LocalDate.parse(nip.substring(0, 8), YMD);
    }

    private static LocalDate birthOf(int c) {
        return LocalDate.of(1970, 1, 1).plusDays(7L * c);
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Bounded polling for asynchronous effects (consumers, background jobs); no fixed sleeps. */
    public static void await(java.time.Duration timeout, BooleanSupplier condition) {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not met within " + timeout);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted");
            }
        }
    }

    /** Reads in a fresh transaction, so polling sees rows changed by other threads rather than a cached entity. */
    public static <T> T read(java.util.function.Supplier<T> query) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(query::get);
    }

    public UUID unit(String name, UUID parent) {
        return units.create(unique("U"), name, parent).id;
    }

    public UUID position(UUID unit, PositionType type, int seats) {
        return positions.create(new PositionData(unique("P"), type + " position", type, null, unit, seats, null, null)).id;
    }

    public void head(UUID unit, UUID position) {
        var u = units.get(unit);
        units.update(unit, "\"" + u.version + "\"", u.name, u.parentId, position);
    }

    public String employee(String name) {
        return employee(nip(EmploymentType.PNS, Sex.FEMALE), name);
    }

    public String employee(String nip, String name) {
        employees.create(data(nip, name, null));
        return nip;
    }

    public static EmployeeData data(String nip, String name, String golongan) {
        Sex sex = nip.charAt(14) == '1' ? Sex.MALE : Sex.FEMALE;
        return new EmployeeData(nip, name, null, null, "Palangka Raya", birthOf(nip), sex, null, golongan,
                golongan == null ? null : LocalDate.of(2020, 4, 1), null, List.of(), List.of(), null, null);
    }

    public void place(String nip, UUID position, LocalDate tmt) {
        employees.move(nip, position, tmt, null, true, "seed");
    }
}
