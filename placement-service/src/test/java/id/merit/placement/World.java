package id.merit.placement;

import io.quarkus.narayana.jta.QuarkusTransaction;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * A small city for one test: two units, two ADMINISTRATOR positions in unit one, and three employees of unit two.
 * A (Integritas 3, Kerja Sama 3, potential 85, predikat 2024 BAIK / 2025 SANGAT_BAIK) and B (2/3, potential 70,
 * BAIK / BAIK) are eligible; C is like A but BUTUH_PERBAIKAN in 2024, so ineligible.
 */
record World(UUID unit1, UUID unit2, UUID position1, UUID position2, String a, String b, String c) {

    static World create() {
        UUID u1 = Seed.unit("U1-" + UUID.randomUUID().toString().substring(0, 6));
        UUID u2 = Seed.unit("U2-" + UUID.randomUUID().toString().substring(0, 6));
        UUID p1 = Seed.position(u1, 1);
        UUID p2 = Seed.position(u1, 1);
        String a = Seed.employee(u2, 3, 3, 85.0);
        String b = Seed.employee(u2, 2, 3, 70.0);
        String c = Seed.employee(u2, 3, 3, 85.0);
        Seed.predikat(a, 2024, "BAIK");
        Seed.predikat(a, 2025, "SANGAT_BAIK");
        Seed.predikat(b, 2024, "BAIK");
        Seed.predikat(b, 2025, "BAIK");
        Seed.predikat(c, 2024, "BUTUH_PERBAIKAN");
        Seed.predikat(c, 2025, "SANGAT_BAIK");
        World w = new World(u1, u2, p1, p2, a, b, c);
        Seed.await(Duration.ofSeconds(30), () -> QuarkusTransaction.requiringNew().call(() ->
                PositionView.findById(p1) != null && PositionView.findById(p2) != null && UnitView.findById(u2) != null
                        && EmployeeView.count("nip in ?1", List.of(a, b, c)) == 3
                        && PredikatRecord.count("key.nip in ?1", List.of(a, b, c)) == 6));
        return w;
    }
}
