package id.merit.employee.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * appraisal.finalized from appraisal-service on merit.appraisals.v1 (key = NIP): the result sent to the registry.
 * A later event for the same skpId with a higher version (after an objection) replaces it. Fields this service does
 * not send (periodId, berakhlak) and fields added later are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AppraisalFinalized(UUID skpId, String nip, Integer year, String hasilKerja, String perilakuKerja, String predikat,
                                 String appraiserNip, OffsetDateTime finalizedAt, Long version) {
    public static final String TYPE = "id.merit.appraisal.finalized.v1";
}
