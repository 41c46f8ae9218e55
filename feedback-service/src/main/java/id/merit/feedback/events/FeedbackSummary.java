package id.merit.feedback.events;

import id.merit.feedback.domain.BerAkhlak;
import id.merit.feedback.domain.IkmGrade;
import id.merit.feedback.domain.RaterGroup;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * feedback.summary on merit.feedback.v1 (key = NIP; schema events/feedback.summary.schema.json): every rater group of
 * the employee and year that passes the anonymity threshold, and the public satisfaction when it does. A group below
 * its threshold is absent, never zero.
 */
public record FeedbackSummary(String nip, int year, List<Group> groups, PublicSatisfaction publicSatisfaction, long version) {
    public static final String TOPIC = "merit.feedback.v1";
    public static final String TYPE = "id.merit.feedback.summary.v1";

    public record Group(RaterGroup group, long responses, Map<BerAkhlak, BigDecimal> means) {
    }

    public record PublicSatisfaction(long responses, BigDecimal ikm, IkmGrade grade) {
    }
}
