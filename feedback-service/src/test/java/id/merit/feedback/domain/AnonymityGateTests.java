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
        for (RaterGroup g : new RaterGroup[]{RaterGroup.PEER, RaterGroup.SUBORDINATE, RaterGroup.PUBLIC}) {
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
        AnonymityGate gate = new AnonymityGate(3, Map.of(RaterGroup.PUBLIC, 5));
        assertFalse(gate.shows(RaterGroup.PUBLIC, 4));
        assertTrue(gate.shows(RaterGroup.PUBLIC, 5));
        assertTrue(gate.shows(RaterGroup.PEER, 3));
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
