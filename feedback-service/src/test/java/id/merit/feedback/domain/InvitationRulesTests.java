package id.merit.feedback.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InvitationRulesTests {
    static final String RATEE = "198609262015051001";
    static final String BOSS = "197501012000031002";
    static final String REPORT = "199001012018011003";
    static final String PEER = "198805052012122004";

    static boolean allowed(RaterGroup g, String rater, String raterSupervisor) {
        return InvitationRules.refusal(g, RATEE, BOSS, rater, true, raterSupervisor).isEmpty();
    }

    @Test
    void theRateeIsSelfAndNeverTheirOwnPeer() {
        assertTrue(allowed(RaterGroup.SELF, RATEE, BOSS));
        assertTrue(!allowed(RaterGroup.PEER, RATEE, BOSS));
        assertTrue(!allowed(RaterGroup.SELF, PEER, BOSS));
    }

    @Test
    void onlyTheRateesSupervisorIsSupervisor() {
        assertTrue(allowed(RaterGroup.SUPERVISOR, BOSS, null));
        assertTrue(!allowed(RaterGroup.SUPERVISOR, PEER, BOSS));
        assertTrue(!allowed(RaterGroup.PEER, BOSS, null));
    }

    @Test
    void aSubordinateReportsToTheRatee() {
        assertTrue(allowed(RaterGroup.SUBORDINATE, REPORT, RATEE));
        assertTrue(!allowed(RaterGroup.SUBORDINATE, PEER, BOSS));
        assertTrue(!allowed(RaterGroup.PEER, REPORT, RATEE));
    }

    @Test
    void anyOtherActiveEmployeeMayBeAPeerButNotAnInactiveOne() {
        assertTrue(allowed(RaterGroup.PEER, PEER, BOSS));
        assertTrue(InvitationRules.refusal(RaterGroup.PEER, RATEE, BOSS, PEER, false, BOSS).isPresent());
    }

    @Test
    void nobodyIsInvitedAsCitizenStudentOrParent() {
        for (RaterGroup g : RaterGroup.PUBLIC_GROUPS) {
            assertTrue(!allowed(g, PEER, BOSS), g + " comes through visit tokens");
        }
    }

    @Test
    void meansAreTakenPerValueOverThoseWhoRatedIt() {
        // AKUNTABEL: (4 + 3 + 3) / 3 = 3.33; LOYAL rated once: 2 / 1 = 2.00; KOMPETEN by nobody → null
        var means = Means.of(List.of(
                Map.of(BerAkhlak.AKUNTABEL, 4, BerAkhlak.LOYAL, 2),
                Map.of(BerAkhlak.AKUNTABEL, 3),
                Map.of(BerAkhlak.AKUNTABEL, 3)));
        assertEquals(new BigDecimal("3.33"), means.get(BerAkhlak.AKUNTABEL));
        assertEquals(new BigDecimal("2.00"), means.get(BerAkhlak.LOYAL));
        assertNull(means.get(BerAkhlak.KOMPETEN));
    }
}
