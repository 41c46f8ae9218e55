package id.merit.feedback.service;

import id.merit.feedback.config.FeedbackConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Now, and today at the service desks (their time zone decides deadlines and which year a visit belongs to). */
@ApplicationScoped
public class Clock {
    @Inject
    FeedbackConfig config;

    public OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    public LocalDate today() {
        return LocalDate.now(config.zone());
    }

    public int year() {
        return today().getYear();
    }
}
