package id.merit.feedback.domain;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnonymityGateTests {
    private final AnonymityGate defaults = new AnonymityGate(3, Map.of());

    @Test
    void anAnonymousGroupWithKMinusOneResponsesIsHiddenAndWithKIsShown() {
        for (RaterGroup g : new RaterGroup[]{RaterGroup.PEER, RaterGroup.SUBORDINATE, RaterGroup.CITIZEN, RaterGroup.STUDENT,
                RaterGroup.PARENT}) {
            assertFalse(defaults.shows(g, 2), g + " with 2 of k=3");
            assertTrue(defaults.shows(g, 3), g + " with 3 of k=3");
        }
    }

    @Test
    void kIsNeverBelowThreeForAnonymousGroupsWhateverIsConfigured() {
        AnonymityGate gate = new AnonymityGate(1, Map.of(RaterGroup.PEER, 2));
        assertEquals(3, gate.threshold(RaterGroup.PEER));
        assertEquals(3, gate.threshold(RaterGroup.SUBORDINATE));
        assertFalse(gate.shows(RaterGroup.PEER, 2));
    }

    @Test
    void kCanBeRaisedPerGroup() {
        AnonymityGate gate = new AnonymityGate(3, Map.of(RaterGroup.STUDENT, 5));
        assertFalse(gate.shows(RaterGroup.STUDENT, 4));
        assertTrue(gate.shows(RaterGroup.STUDENT, 5));
        assertTrue(gate.shows(RaterGroup.PARENT, 3), "each public group has its own k");
        assertTrue(gate.shows(RaterGroup.CITIZEN, 3));
        assertTrue(gate.shows(RaterGroup.PEER, 3));
    }

    @Test
    void configuredKeysAreGroupNamesInAnyCaseAndTheFloorStays() {
        AnonymityGate gate = AnonymityGate.configured(3, Map.of("parent", 4, "STUDENT", 2));
        assertEquals(4, gate.threshold(RaterGroup.PARENT));
        assertEquals(3, gate.threshold(RaterGroup.STUDENT));
        assertEquals(3, gate.threshold(RaterGroup.CITIZEN));
    }

    @Test
    void anOldPublicKStillHoldsForThePublicGroupsWithoutAKOfTheirOwn() {
        // Before CITIZEN, STUDENT and PARENT were told apart, k.PUBLIC=5 raised the one public group; an upgrade must
        // not quietly lower it to the default.
        AnonymityGate gate = AnonymityGate.configured(3, Map.of("PUBLIC", 5, "STUDENT", 4));
        assertEquals(5, gate.threshold(RaterGroup.CITIZEN));
        assertEquals(5, gate.threshold(RaterGroup.PARENT));
        assertEquals(4, gate.threshold(RaterGroup.STUDENT), "a group's own k wins");
        assertEquals(3, gate.threshold(RaterGroup.PEER));
    }

    @Test
    void anUnknownGroupInTheConfigurationIsRefusedNotIgnored() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> AnonymityGate.configured(3, Map.of("STUDENTS", 5)));
        assertTrue(e.getMessage().contains("merit.feedback.anonymity.k.STUDENTS"), e.getMessage());
    }

    @Test
    void selfAndSupervisorAreNamedAndShowFromOneResponse() {
        AnonymityGate gate = new AnonymityGate(5, Map.of(RaterGroup.SUPERVISOR, 5));
        assertTrue(gate.shows(RaterGroup.SELF, 1));
        assertTrue(gate.shows(RaterGroup.SUPERVISOR, 1));
    }

    @Test
    void aGroupWithoutResponsesIsNeverShown() {
        assertFalse(defaults.shows(RaterGroup.SELF, 0));
        assertFalse(defaults.shows(RaterGroup.PEER, 0));
    }
}
