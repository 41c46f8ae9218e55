package id.merit.feedback.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.function.IntUnaryOperator;

/**
 * What becomes final with the passing of a day: 360° rounds whose deadline has passed are closed (their summaries
 * published), and the public's responses from before today start to count (the summaries of the employees they are
 * about published). The work exists once a day, after midnight in merit.feedback.zone; checking every few minutes
 * (merit.feedback.release-every, default 10m) does it soon after midnight and catches up after a stop. Safe on any
 * number of instances (rows claimed with skip locked) and idempotent (a closed round or a released response is never
 * taken again, an unchanged summary never sent again).
 */
@ApplicationScoped
public class DailyRelease {
    private static final Logger LOG = Logger.getLogger(DailyRelease.class);
    /** Rows per transaction: a long catch-up commits as it goes. */
    static final int BATCH = 200;

    @Inject
    PeerRoundService rounds;
    @Inject
    PublicFeedbackService publicFeedback;

    public record Released(int rounds, int responses) {
    }

    @Scheduled(every = "${merit.feedback.release-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "merit-feedback-release")
    void tick() {
        Released r = run();
        if (r.rounds() > 0 || r.responses() > 0) {
            LOG.infof("daily release: %d round(s) closed past their deadline, %d public response(s) now count", r.rounds(), r.responses());
        }
    }

    /** Everything due now, a batch (one transaction) at a time until a batch comes back short. */
    public Released run() {
        return new Released(drain(rounds::closeOverdue), drain(publicFeedback::releaseCounted));
    }

    private static int drain(IntUnaryOperator batch) {
        int total = 0;
        int n;
        do {
            n = batch.applyAsInt(BATCH);
            total += n;
        } while (n == BATCH);
        return total;
    }
}
