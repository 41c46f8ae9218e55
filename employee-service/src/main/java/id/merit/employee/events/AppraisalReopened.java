package id.merit.employee.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.UUID;

/** appraisal.reopened on merit.appraisals.v1: an objection reopened a final appraisal; its result is provisional. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AppraisalReopened(UUID skpId, String nip, Long version) {
    public static final String TYPE = "id.merit.appraisal.reopened.v1";
}
