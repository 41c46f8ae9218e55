package id.merit.feedback.rest;

import id.merit.feedback.PeerInvitation;
import id.merit.feedback.PeerRound;
import id.merit.feedback.domain.BerAkhlak;
import id.merit.feedback.domain.RaterGroup;
import id.merit.feedback.events.FeedbackSummary;
import id.merit.feedback.service.Clock;
import id.merit.feedback.service.PeerRoundService;
import id.merit.platform.paging.Page;
import id.merit.platform.paging.PageQuery;
import id.merit.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

@Path("/api/v1/feedback")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "360° tasks and summaries")
public class FeedbackTaskResource {
    /** The ?year= of a per-year read (summary, public rating, IKM); the answer says which year it is for. */
    static final String YEAR_OR_CURRENT = "the appraisal year, 2000..2100; defaults to the current year in MERIT_FEEDBACK_ZONE "
            + "(by default Asia/Jakarta), the zone that also decides which year a visit belongs to; the answer's year says which one it is";

    @Inject
    PeerRoundService rounds;
    @Inject
    Clock clock;

    @Schema(name = "BerAkhlakScores", description = "each of the seven values on the 1-4 scale")
    public record Scores(
            @NotNull @Min(1) @Max(4) Integer BERORIENTASI_PELAYANAN,
            @NotNull @Min(1) @Max(4) Integer AKUNTABEL,
            @NotNull @Min(1) @Max(4) Integer KOMPETEN,
            @NotNull @Min(1) @Max(4) Integer HARMONIS,
            @NotNull @Min(1) @Max(4) Integer LOYAL,
            @NotNull @Min(1) @Max(4) Integer ADAPTIF,
            @NotNull @Min(1) @Max(4) Integer KOLABORATIF) {
        Map<BerAkhlak, Integer> asMap() {
            Map<BerAkhlak, Integer> m = new EnumMap<>(BerAkhlak.class);
            m.put(BerAkhlak.BERORIENTASI_PELAYANAN, BERORIENTASI_PELAYANAN);
            m.put(BerAkhlak.AKUNTABEL, AKUNTABEL);
            m.put(BerAkhlak.KOMPETEN, KOMPETEN);
            m.put(BerAkhlak.HARMONIS, HARMONIS);
            m.put(BerAkhlak.LOYAL, LOYAL);
            m.put(BerAkhlak.ADAPTIF, ADAPTIF);
            m.put(BerAkhlak.KOLABORATIF, KOLABORATIF);
            return m;
        }
    }

    @Schema(name = "PeerAnswer")
    public record Answer(@NotNull @Valid Scores scores,
                         @Size(max = 2000) @Pattern(regexp = PublicSubmission.NO_MARKUP, message = PublicSubmission.NO_MARKUP_MESSAGE) String comment) {
    }

    @Schema(name = "FeedbackTask", description = "one of the caller's own invitations, with their own answer if given")
    public record Task(UUID id, UUID roundId, String rateeNip, int year, LocalDate deadline, PeerRound.Status roundStatus,
                       RaterGroup group, boolean answered, Map<BerAkhlak, Integer> scores, String comment) {
        static Task of(PeerInvitation i, PeerRound r) {
            return new Task(i.id, r.id, r.rateeNip, r.year, r.deadline, r.status, i.group, i.answered,
                    i.answered ? i.scores() : null, i.comment);
        }
    }

    @GET
    @Path("/tasks")
    @RolesAllowed(Roles.EMPLOYEE)
    @Operation(summary = "My feedback tasks", description = "only the caller's own invitations (by the nip in the token), newest first; "
            + "optionally of one year (the round's) and answered or not; paged")
    public Page<Task> tasks(@QueryParam("year") @Min(2000) @Max(2100)
                            @Parameter(description = "optional filter, 2000..2100: only the tasks of rounds of this year; absent: every year")
                            Integer year,
                            @QueryParam("answered") Boolean answered,
                            @Valid @BeanParam PageQuery page) {
        PeerRoundService.Tasks t = rounds.myTasks(year, answered, page.offset(), page.size);
        return Page.of(t.items().stream().map(i -> Task.of(i, rounds.roundOf(i))).toList(), page, t.total());
    }

    @PUT
    @Path("/tasks/{id}/answer")
    @RolesAllowed(Roles.EMPLOYEE)
    @Operation(summary = "Answer a task", description = "one answer per task, replaceable until the round closes or its deadline passes; "
            + "it counts in the results once the round is closed")
    public Task answer(@PathParam("id") UUID id, @NotNull @Valid Answer body) {
        PeerInvitation i = rounds.answer(id, body.scores().asMap(), body.comment());
        return Task.of(i, rounds.roundOf(i));
    }

    @GET
    @Path("/employees/{nip}/summary")
    @RolesAllowed({Roles.HR_ADMIN, Roles.EMPLOYEE})
    @Operation(summary = "An employee's feedback summary for a year",
            description = "the employee, their appraiser and hr-admin; the same aggregates as feedback.summary (groups below k absent): "
                    + "the 360° groups once the round is closed, the public's responses from the day after they were submitted; "
                    + "year defaults to the current year in MERIT_FEEDBACK_ZONE")
    public FeedbackSummary summary(@PathParam("nip") @Pattern(regexp = PeerRoundResource.NIP, message = "must be an 18-digit NIP") String nip,
                                   @QueryParam("year") @Min(2000) @Max(2100) @Parameter(description = YEAR_OR_CURRENT, example = "2026")
                                   Integer year) {
        return rounds.summary(nip, clock.yearOr(year));
    }
}
