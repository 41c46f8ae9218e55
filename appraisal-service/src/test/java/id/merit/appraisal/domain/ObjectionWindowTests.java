package id.merit.appraisal.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ObjectionWindowTests {
    private static final OffsetDateTime FINALIZED = OffsetDateTime.of(2027, 1, 10, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final Duration FOURTEEN_DAYS = Duration.ofDays(14);

    @Test
    void openRightAfterFinalisation() {
        assertTrue(ObjectionWindow.isOpen(FINALIZED, FINALIZED, FOURTEEN_DAYS));
    }

    @Test
    void stillOpenAtTheLastInstantOfTheWindow() {
        assertTrue(ObjectionWindow.isOpen(FINALIZED, FINALIZED.plusDays(14), FOURTEEN_DAYS));
    }

    @Test
    void closedJustAfterTheWindow() {
        assertFalse(ObjectionWindow.isOpen(FINALIZED, FINALIZED.plusDays(14).plusSeconds(1), FOURTEEN_DAYS));
    }

    @Test
    void closedWhenNothingWasFinalised() {
        assertFalse(ObjectionWindow.isOpen(null, FINALIZED, FOURTEEN_DAYS));
    }
}
