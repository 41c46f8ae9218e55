package id.merit.feedback.service;

import id.merit.feedback.config.FeedbackConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Now, and today at the service desks (their time zone decides deadlines, which year a visit belongs to and where the
 * public responses' day ends). Every date the service decides comes from {@link #now()}, so a test can move it.
 */
@ApplicationScoped
public class Clock {
    @Inject
    FeedbackConfig config;

    public OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    public LocalDate today() {
        return now().atZoneSameInstant(config.zone()).toLocalDate();
    }

    public int year() {
        return today().getYear();
    }

    /** The year a read asked for, or the current one here ({@link #year()}) when it asked for none. */
    public int yearOr(Integer asked) {
        return asked != null ? asked : year();
    }
}
