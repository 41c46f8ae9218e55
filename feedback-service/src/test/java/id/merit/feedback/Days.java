package id.merit.feedback;

import id.merit.feedback.service.DailyRelease;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Days passing in tests: the service's clock moved to tomorrow and the daily release run. The test sets the clock
 * before ({@link TestClock#toMidYear()}) and puts it back after ({@link TestClock#reset()}).
 */
@ApplicationScoped
public class Days {
    @Inject
    TestClock clock;
    @Inject
    DailyRelease release;

    /** The same time tomorrow, after the daily release: the responses submitted so far count, overdue rounds are closed. */
    public void next() {
        clock.nextDay();
        release.run();
    }
}
