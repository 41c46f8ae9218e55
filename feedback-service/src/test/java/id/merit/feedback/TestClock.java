package id.merit.feedback;

import id.merit.feedback.service.Clock;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * The service's clock in tests: real time, moved forward when a test says so ("the next day") or set to an
 * instant (1 January in the service's zone), so rules about days and years (deadlines, the public responses' daily
 * cut-off, the current year) are tested without waiting for one. Tests that move it put it
 * back afterwards ({@link #reset}).
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class TestClock extends Clock {
    private volatile Duration offset = Duration.ZERO;

    @Override
    public OffsetDateTime now() {
        return super.now().plus(offset);
    }

    public void advance(Duration d) {
        offset = offset.plus(d);
    }

    /** The same time tomorrow. */
    public void nextDay() {
        advance(Duration.ofDays(1));
    }

    /** From now on the clock reads this instant, and runs on from it. */
    public void setTo(OffsetDateTime instant) {
        offset = Duration.between(super.now(), instant);
    }

    public void reset() {
        offset = Duration.ZERO;
    }
}
