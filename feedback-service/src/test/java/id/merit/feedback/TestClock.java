package id.merit.feedback;

import id.merit.feedback.config.FeedbackConfig;
import id.merit.feedback.service.Clock;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneId;

/**
 * The service's clock in tests: real time until a test sets it — to {@link #toMidYear() the middle of this year}, the
 * start of every test that depends on the day or the year, or to another instant (1 January in the service's zone) —
 * and moved forward when a test says so ("the next day"), so rules about days and years (deadlines, the public
 * responses' daily cut-off, the current year) are tested without waiting for one, on whatever day the tests run. Tests
 * that set or move it put it back afterwards ({@link #reset}).
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class TestClock extends Clock {
    /**
     * The year of the tests' data: the current year at the service desks (Asia/Jakarta, merit.feedback.zone's default,
     * which the test profile keeps) when the tests' application loaded this class. Taken once, so its tests agree on it
     * even in a run that goes past midnight on 31 December.
     */
    public static final int YEAR = Year.now(ZoneId.of("Asia/Jakarta")).getValue();

    @Inject
    FeedbackConfig settings;

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

    /**
     * From now on the clock reads 10:00 on 15 June of {@link #YEAR} at the service desks, and runs on from it: whatever
     * the real date and hour, a test that starts here and moves a few days on stays in the same year, and no midnight
     * passes while it runs.
     */
    public void toMidYear() {
        setTo(LocalDate.of(YEAR, 6, 15).atTime(10, 0).atZone(settings.zone()).toOffsetDateTime());
    }

    /** Real time again. */
    public void reset() {
        offset = Duration.ZERO;
    }
}
