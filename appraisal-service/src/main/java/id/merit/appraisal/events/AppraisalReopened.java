package id.merit.appraisal.events;

import id.merit.appraisal.domain.Predikat;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * appraisal.reopened on merit.appraisals.v1, key = NIP: an objection reopened a final rating, so consumers
 * should treat the last predikat as provisional until the next appraisal.finalized (higher version).
 */
public record AppraisalReopened(UUID skpId, String nip, int year, String periodId, Predikat predikat, String appraiserNip,
                                OffsetDateTime reopenedAt, long version) {
    public static final String TYPE = "id.merit.appraisal.reopened.v1";
}
