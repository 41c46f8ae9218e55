package id.merit.appraisal.rest;

import com.fasterxml.jackson.databind.JsonNode;
import id.merit.appraisal.BehaviourRating;
import id.merit.appraisal.DialogueEntry;
import id.merit.appraisal.Indicator;
import id.merit.appraisal.Realisation;
import id.merit.appraisal.Rhk;
import id.merit.appraisal.Skp;
import id.merit.appraisal.SkpHistory;
import id.merit.appraisal.domain.BerAkhlak;
import id.merit.appraisal.domain.Predikat;
import id.merit.appraisal.domain.Rating;
import id.merit.appraisal.domain.SkpState;
import id.merit.appraisal.service.AppraisalViews;
import id.merit.appraisal.service.SkpService;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** JSON shapes of SKP reads. */
final class SkpViews {
    private SkpViews() {
    }

    @Schema(name = "SkpSummary")
    record Summary(UUID id, int year, String nip, UUID unitId, String appraiserNip, SkpState state, Predikat predikat,
                   long version) {
        static Summary of(Skp s) {
            return new Summary(s.id, s.year, s.nip, s.unitId, s.appraiserNip, s.state, s.predikat, s.version);
        }
    }

    @Schema(name = "Indicator")
    record IndicatorView(UUID id, Indicator.Aspect aspect, String description, BigDecimal target, String targetUnit, long version) {
        static IndicatorView of(Indicator i) {
            return new IndicatorView(i.id, i.aspect, i.description, i.target, i.targetUnit, i.version);
        }
    }

    @Schema(name = "Rhk")
    record RhkView(UUID id, Rhk.Kind kind, String text, UUID parentRhkId, List<IndicatorView> indicators) {
    }

    @Schema(name = "BehaviourRating")
    record BehaviourView(BerAkhlak value, Rating rating, String expectation, String feedback) {
        static BehaviourView of(BehaviourRating b) {
            return new BehaviourView(b.value, b.rating, b.expectation, b.feedback);
        }
    }

    @Schema(name = "Skp")
    record Detail(UUID id, int year, String nip, UUID unitId, String appraiserNip, String appraiserOverrideReason,
                  SkpState state, Rating hasilKerja, Rating perilakuKerja, Predikat predikat, List<RhkView> rhk,
                  List<BehaviourView> berakhlak, OffsetDateTime ratedAt, OffsetDateTime finalizedAt, long version,
                  OffsetDateTime updatedAt, String updatedBy) {
        static Detail of(SkpService.SkpDetails d) {
            Skp s = d.skp();
            List<RhkView> rhk = d.rhk().stream().map(r -> new RhkView(r.id, r.kind, r.text, r.parentRhkId,
                    d.indicators().stream().filter(i -> i.rhkId.equals(r.id)).map(IndicatorView::of).toList())).toList();
            return new Detail(s.id, s.year, s.nip, s.unitId, s.appraiserNip, s.appraiserOverrideReason, s.state, s.hasilKerja,
                    s.perilakuKerja, s.predikat, rhk, d.behaviour().stream().map(BehaviourView::of).toList(), s.ratedAt,
                    s.finalizedAt, s.version, s.updatedAt, s.updatedBy);
        }
    }

    @Schema(name = "RatingInput", description = "received from feedback-service; input for the appraiser's judgement, not a rating")
    record Input(String source, String note, Long version, JsonNode feedbackSummary) {
    }

    @Schema(name = "RatingData")
    record RatingData(Detail skp, Input input) {
        static RatingData of(AppraisalViews.RatingData d) {
            return new RatingData(Detail.of(d.skp()), new Input("merit.feedback.v1 feedback.summary",
                    "input only: peer, subordinate and public feedback aggregates that passed the anonymity threshold; "
                            + "the appraiser's rating decides", d.feedbackSummaryVersion(), d.feedbackSummary()));
        }
    }

    @Schema(name = "SkpHistoryEntry")
    record HistoryView(String action, SkpState from, SkpState to, String reason, OffsetDateTime at, String by) {
        static HistoryView of(SkpHistory h) {
            return new HistoryView(h.action, h.fromState, h.toState, h.reason, h.at, h.byWho);
        }
    }

    @Schema(name = "Realisation")
    record RealisationView(UUID id, UUID indicatorId, int subPeriod, String actionPlan, BigDecimal value, String narrative,
                           JsonNode evidence, OffsetDateTime createdAt, String createdBy) {
    }

    @Schema(name = "DialogueEntry")
    record DialogueView(UUID id, UUID rhkId, BerAkhlak berakhlak, String authorNip, String text, OffsetDateTime createdAt) {
        static DialogueView of(DialogueEntry d) {
            return new DialogueView(d.id, d.rhkId, d.berakhlak, d.authorNip, d.text, d.createdAt);
        }
    }

    @Schema(name = "PredikatHistoryEntry")
    record PredikatView(int year, UUID skpId, Rating hasilKerja, Rating perilakuKerja, Predikat predikat, OffsetDateTime finalizedAt) {
        static PredikatView of(Skp s) {
            return new PredikatView(s.year, s.id, s.hasilKerja, s.perilakuKerja, s.predikat, s.finalizedAt);
        }
    }

    static RealisationView of(Realisation r, JsonNode evidence) {
        return new RealisationView(r.id, r.indicatorId, r.subPeriod, r.actionPlan, r.value, r.narrative, evidence, r.createdAt, r.createdBy);
    }
}
