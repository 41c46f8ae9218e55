package id.merit.feedback.events;

import id.merit.feedback.domain.BerAkhlak;
import id.merit.feedback.domain.IkmGrade;
import id.merit.feedback.domain.RaterGroup;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * feedback.summary on merit.feedback.v1 (key = NIP; schema events/feedback.summary.schema.json): every rater group of
 * the employee and year that passes its own anonymity threshold (CITIZEN, STUDENT and PARENT separately; PUBLIC is
 * no longer published), and the citizens' satisfaction (IKM) when CITIZEN does. A group below its threshold is
 * absent, never zero.
 */
public record FeedbackSummary(String nip, int year, List<Group> groups, PublicSatisfaction publicSatisfaction, long version) {
    public static final String TOPIC = "merit.feedback.v1";
    public static final String TYPE = "id.merit.feedback.summary.v1";

    public record Group(RaterGroup group, long responses, Map<BerAkhlak, BigDecimal> means) {
    }

    public record PublicSatisfaction(long responses, BigDecimal ikm, IkmGrade grade) {
    }
}
