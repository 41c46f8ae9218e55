package id.merit.employee.domain;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrgTreeTests {
    // pemda -> dinas -> bidang -> seksi
    final UUID pemda = UUID.randomUUID(), dinas = UUID.randomUUID(), bidang = UUID.randomUUID(), seksi = UUID.randomUUID(),
            other = UUID.randomUUID();
    final Map<UUID, UUID> parent = new HashMap<>(Map.of(dinas, pemda, bidang, dinas, seksi, bidang, other, pemda));

    @Test
    void movingAUnitUnderItsDescendantIsACycle() {
        assertTrue(OrgTree.wouldCreateCycle(dinas, seksi, parent::get));
    }

    @Test
    void movingAUnitUnderItselfIsACycle() {
        assertTrue(OrgTree.wouldCreateCycle(bidang, bidang, parent::get));
    }

    @Test
    void movingAUnitUnderAnotherBranchIsFine() {
        assertFalse(OrgTree.wouldCreateCycle(bidang, other, parent::get));
        assertFalse(OrgTree.wouldCreateCycle(bidang, null, parent::get));
    }

    // Heads: dinas head = kadis (A), bidang head = kabid (B), seksi head vacant; staff S in seksi, T in bidang.
    final UUID kadis = UUID.randomUUID(), kabid = UUID.randomUUID(), kasi = UUID.randomUUID(), staff = UUID.randomUUID();
    final Map<UUID, UUID> heads = Map.of(dinas, kadis, bidang, kabid, seksi, kasi);
    final Map<UUID, String> holders = Map.of(kadis, "A", kabid, "B");
    final Supervision.OrgView org = new Supervision.OrgView() {
        public UUID parentOf(UUID unit) { return parent.get(unit); }
        public UUID headPositionOf(UUID unit) { return heads.get(unit); }
        public Optional<String> holderOf(UUID position) { return Optional.ofNullable(holders.get(position)); }
    };

    @Test
    void staffAreSupervisedByTheHeadOfTheirOwnUnit() {
        assertEquals(Optional.of("B"), Supervision.supervisorOf("T", staff, bidang, org));
    }

    @Test
    void aUnitHeadIsSupervisedByTheHeadOfTheUnitAbove() {
        assertEquals(Optional.of("A"), Supervision.supervisorOf("B", kabid, bidang, org));
    }

    @Test
    void aVacantHeadPassesSupervisionUp() {
        assertEquals(Optional.of("B"), Supervision.supervisorOf("S", staff, seksi, org));
    }

    @Test
    void theTopHeadHasNoSupervisor() {
        assertEquals(Optional.empty(), Supervision.supervisorOf("A", kadis, dinas, org));
    }
}
