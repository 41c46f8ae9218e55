package id.merit.appraisal.events;

import id.merit.appraisal.domain.BerAkhlak;
import id.merit.appraisal.domain.Predikat;
import id.merit.appraisal.domain.Rating;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** appraisal.finalized on merit.appraisals.v1, key = NIP (schema: events/appraisal.finalized.schema.json). */
public record AppraisalFinalized(UUID skpId, String nip, int year, String periodId, Rating hasilKerja, Rating perilakuKerja,
                                 Map<BerAkhlak, Rating> berakhlak, Predikat predikat, String appraiserNip,
                                 OffsetDateTime finalizedAt, long version) {
    public static final String TOPIC = "merit.appraisals.v1";
    public static final String TYPE = "id.merit.appraisal.finalized.v1";
}
