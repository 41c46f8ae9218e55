package id.merit.e2e;

import id.merit.e2e.demo.DemoLoader;
import id.merit.e2e.demo.DemoModel;
import id.merit.launcher.DemoUser;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo organisation's people, without a stack: with the demo users, {@code atasan} heads the Disdukcapil bidang
 * and {@code pegawai} is on its staff (so atasan is her supervisor and appraiser), under the NIPs the realm's accounts
 * carry; without them, neither NIP is anyone's.
 */
class DemoModelTests {
    @Test
    void theRealmsDemoEmployeesArePeopleOfTheDemoOrganisation() {
        DemoModel model = new DemoModel(DemoLoader.SEED, DemoLoader.FULL_SIZE, true);
        Map<String, DemoModel.Person> byNip = model.people.stream().collect(Collectors.toMap(p -> p.nip().nip(), p -> p));
        assertEquals(DemoLoader.FULL_SIZE, byNip.size(), "one person per NIP");

        DemoModel.Person atasan = byNip.get(DemoModel.ATASAN_NIP);
        DemoModel.Person pegawai = byNip.get(DemoModel.PEGAWAI_NIP);
        assertEquals(DemoModel.DEMO_USERS_UNIT, atasan.unitCode());
        assertEquals(DemoModel.DEMO_USERS_UNIT, pegawai.unitCode());
        assertTrue(position(model, atasan).head(), "atasan heads the unit");
        assertEquals("PELAKSANA", position(model, pegawai).type());
        assertEquals("FEMALE", pegawai.nip().sex());
        assertEquals("MALE", atasan.nip().sex());
        assertTrue(pegawai.golonganTmt().getYear() >= 2015, "no golongan before the CPNS date in her NIP (2015)");

        // The same accounts the launcher prints and the realm holds.
        Map<String, String> launcherAccounts = DemoUser.ALL.stream().filter(u -> u.nip() != null && !u.username().equals("hr.admin"))
                .collect(Collectors.toMap(DemoUser::nip, DemoUser::username));
        assertEquals(launcherAccounts, DemoModel.DEMO_ACCOUNTS);
    }

    @Test
    void withoutTheDemoUsersTheSameSeatsAreFilledByOthers() {
        DemoModel with = new DemoModel(DemoLoader.SEED, DemoLoader.FULL_SIZE, true);
        DemoModel without = new DemoModel(DemoLoader.SEED, DemoLoader.FULL_SIZE);
        Set<String> nips = without.people.stream().map(p -> p.nip().nip()).collect(Collectors.toSet());
        assertFalse(nips.contains(DemoModel.ATASAN_NIP));
        assertFalse(nips.contains(DemoModel.PEGAWAI_NIP));
        assertEquals(seats(without), seats(with), "the same positions filled, as often");
        assertEquals(new HashSet<>(without.units), new HashSet<>(with.units));
    }

    private static DemoModel.Position position(DemoModel model, DemoModel.Person person) {
        return model.positions.stream().filter(p -> p.code().equals(person.positionCode())).findFirst().orElseThrow();
    }

    private static List<String> seats(DemoModel model) {
        return model.people.stream().map(DemoModel.Person::positionCode).sorted().toList();
    }
}
