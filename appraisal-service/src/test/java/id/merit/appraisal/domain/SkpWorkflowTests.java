package id.merit.appraisal.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SkpWorkflowTests {

    /** Every legal move, written out by hand from DESIGN §3 and issue 4. */
    private static final String[][] LEGAL = {
            {"SUBMIT", "DRAFT", "SUBMITTED"},
            {"RETURN", "SUBMITTED", "DRAFT"},
            {"AGREE", "SUBMITTED", "AGREED"},
            {"RATE", "AGREED", "RATED"},
            {"RATE", "RATED", "RATED"},
            {"FINALIZE", "RATED", "FINAL"},
            {"OBJECT", "FINAL", "REOPENED"},
            {"DECIDE", "REOPENED", "FINAL"},
    };

    @ParameterizedTest(name = "{0} from {1} reaches {2}")
    @CsvSource({
            "SUBMIT, DRAFT, SUBMITTED",
            "RETURN, SUBMITTED, DRAFT",
            "AGREE, SUBMITTED, AGREED",
            "RATE, AGREED, RATED",
            "RATE, RATED, RATED",
            "FINALIZE, RATED, FINAL",
            "OBJECT, FINAL, REOPENED",
            "DECIDE, REOPENED, FINAL"})
    void aLegalTransitionReachesItsState(SkpTransition t, SkpState from, SkpState to) {
        assertTrue(t.allowedFrom(from));
        assertEquals(to, t.from(from));
    }

    static Stream<Arguments> illegalMoves() {
        Set<String> legal = new HashSet<>();
        for (String[] l : LEGAL) {
            legal.add(l[0] + "/" + l[1]);
        }
        return Stream.of(SkpTransition.values()).flatMap(t -> Stream.of(SkpState.values())
                .filter(s -> !legal.contains(t + "/" + s)).map(s -> Arguments.of(t, s)));
    }

    @ParameterizedTest(name = "{0} from {1} is refused")
    @MethodSource("illegalMoves")
    void anIllegalTransitionIsRefused(SkpTransition t, SkpState from) {
        assertFalse(t.allowedFrom(from));
        assertThrows(SkpTransition.IllegalTransitionException.class, () -> t.from(from));
    }

    @Test
    void everyActionAndStateIsEitherLegalOrIllegal() {
        assertEquals(SkpTransition.values().length * SkpState.values().length, LEGAL.length + illegalMoves().count());
    }

    @Test
    void theEmployeeShapesThePlanOnlyBeforeItIsAgreed() {
        assertTrue(SkpState.DRAFT.planEditableByEmployee());
        assertTrue(SkpState.SUBMITTED.planEditableByEmployee());
        for (SkpState s : new SkpState[]{SkpState.AGREED, SkpState.RATED, SkpState.FINAL, SkpState.REOPENED}) {
            assertFalse(s.planEditableByEmployee(), s.name());
        }
    }
}
