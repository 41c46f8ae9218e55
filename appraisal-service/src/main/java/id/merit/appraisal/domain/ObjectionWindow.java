package id.merit.appraisal.domain;

import java.time.Duration;
import java.time.OffsetDateTime;

/** An objection (keberatan) is accepted only within a fixed window after the rating became final. */
public final class ObjectionWindow {
    private ObjectionWindow() {
    }

    /** True from the moment of finalisation up to and including finalisedAt + window. */
    public static boolean isOpen(OffsetDateTime finalizedAt, OffsetDateTime now, Duration window) {
        if (finalizedAt == null || now.isBefore(finalizedAt)) {
            return false;
        }
        return !now.isAfter(finalizedAt.plus(window));
    }
}
