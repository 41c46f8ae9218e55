package id.merit.feedback;

import id.merit.feedback.service.Clock;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * The service's clock in tests: real time, moved forward when a test says so ("the next day"), so rules about days
 * (deadlines, the public responses' daily cut-off) are tested without waiting for one. Tests that move it put it
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

    public void reset() {
        offset = Duration.ZERO;
    }
}
