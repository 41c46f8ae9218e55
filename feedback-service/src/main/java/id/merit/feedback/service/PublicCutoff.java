package id.merit.feedback.service;

import id.merit.feedback.PublicResponse;
import id.merit.feedback.config.FeedbackConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Which of the public's responses count in the aggregates now (merit.feedback.public.aggregate-until): by default those
 * submitted before today, so no aggregate moves with a single visit. Every aggregate reads through here: the unit's
 * IKM, the employee's public rating and feedback.summary.
 */
@ApplicationScoped
public class PublicCutoff {
    @Inject
    Clock clock;
    @Inject
    FeedbackConfig config;

    /** Responses of this day and later do not count yet. */
    public LocalDate firstUncountedDay() {
        return config.publicResponses().aggregateUntil().firstUncountedDay(clock.today());
    }

    /**
     * The day a response submitted now waits on before it counts, or null when it counts at once. The day is kept only
     * until the daily release clears it: a response keeps no time of its own.
     */
    public LocalDate pendingDayOfNew() {
        LocalDate today = clock.today();
        return firstUncountedDay().isAfter(today) ? null : today;
    }

    /** The counted responses among those a Panache query with positional parameters ?1…?n selects. */
    public List<PublicResponse> counted(String query, Object... params) {
        Object[] all = Arrays.copyOf(params, params.length + 1);
        all[params.length] = firstUncountedDay();
        return PublicResponse.list("(" + query + ") and " + PublicResponse.counted("", all.length), all);
    }
}
