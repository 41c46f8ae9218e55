package id.merit.feedback.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AggregateUntilTests {
    static final LocalDate TODAY = LocalDate.of(2026, 3, 14);

    @Test
    void theDailyCutOffCountsUpToYesterday() {
        assertEquals(TODAY, AggregateUntil.START_OF_DAY.firstUncountedDay(TODAY));
    }

    @Test
    void nowCountsTodayToo() {
        assertEquals(TODAY.plusDays(1), AggregateUntil.NOW.firstUncountedDay(TODAY));
    }

    @Test
    void theDailyCutOffIsTheDefault() throws NoSuchMethodException {
        var d = id.merit.feedback.config.FeedbackConfig.PublicResponses.class.getMethod("aggregateUntil")
                .getAnnotation(io.smallrye.config.WithDefault.class);
        assertEquals(AggregateUntil.START_OF_DAY.name(), d.value());
    }
}
