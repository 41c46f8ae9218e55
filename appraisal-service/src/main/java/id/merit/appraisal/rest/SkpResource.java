package id.merit.appraisal.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.merit.appraisal.DialogueEntry;
import id.merit.appraisal.Indicator;
import id.merit.appraisal.Realisation;
import id.merit.appraisal.Rhk;
import id.merit.appraisal.Skp;
import id.merit.appraisal.domain.BerAkhlak;
import id.merit.appraisal.domain.Rating;
import id.merit.appraisal.service.AppraisalViews;
import id.merit.appraisal.service.SkpService;
import id.merit.platform.idempotency.Idempotency;
import id.merit.platform.paging.Page;
import id.merit.platform.paging.PageQuery;
import id.merit.platform.rest.Versions;
import id.merit.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Path("/api/v1/skp")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "SKP")
public class SkpResource {
    static final String NIP = "[0-9]{18}";
    static final String HTTP_URL = "https?://[^\\s/$.?#][^\\s]*";

    @Inject
    SkpService skps;
    @Inject
    AppraisalViews views;
    @Inject
    ObjectMapper mapper;
    @Inject
    Idempotency idempotency;

    @Schema(name = "NewSkp")
    public record NewSkp(@NotNull @Min(2000) @Max(2100) @Schema(examples = "2026") Integer year,
                         @Pattern(regexp = NIP, message = "must be an 18-digit NIP")
                         @Schema(description = "hr-admin only; employees create their own SKP", examples = "198609262015051001") String nip) {
    }

    @Schema(name = "AppraiserOverride")
    public record AppraiserOverride(@NotNull @Pattern(regexp = NIP, message = "must be an 18-digit NIP") String appraiserNip,
                                    @NotBlank @Size(max = 1000) String reason) {
    }

    @Schema(name = "NewIndicator")
    public record NewIndicator(@NotNull Indicator.Aspect aspect,
                               @NotBlank @Size(max = 500) @Schema(examples = "Jumlah dokumen perencanaan") String description,
                               @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) @Schema(examples = "12") BigDecimal target,
                               @NotBlank @Size(max = 50) @Schema(examples = "dokumen") String targetUnit) {
    }

    @Schema(name = "NewRhk")
    public record NewRhk(@NotNull Rhk.Kind kind,
                         @NotBlank @Size(max = 1000) @Schema(examples = "Tersusunnya dokumen perencanaan bidang") String text,
                         @Schema(description = "the appraiser's RHK this one supports (same period)") UUID parentRhkId,
                         @NotNull @Size(min = 1, max = 20) List<@NotNull @Valid NewIndicator> indicators,
                         @Size(max = 1000) @Schema(description = "required when the appraiser adds an RHK to an agreed plan; recorded") String reason) {
    }

    @Schema(name = "RhkChange")
    public record RhkChange(@NotNull Rhk.Kind kind,
                            @NotBlank @Size(max = 1000) String text,
                            @Schema(description = "the appraiser's RHK this one supports (same period); null takes the link off") UUID parentRhkId,
                            @Size(max = 1000) @Schema(description = "required after the plan is agreed; recorded") String reason) {
    }

    @Schema(name = "TargetChange")
    public record TargetChange(@NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal target,
                               @NotBlank @Size(max = 50) String targetUnit,
                               @Size(max = 1000) @Schema(description = "required after the plan is agreed") String reason) {
    }

    @Schema(name = "Reason")
    public record Reason(@Size(max = 2000) String reason) {
    }

    @Schema(name = "Objection")
    public record Objection(@NotBlank @Size(max = 2000) String reason) {
    }

    @Schema(name = "EvidenceLink")
    public record EvidenceLink(@NotBlank @Size(max = 2000) @Pattern(regexp = HTTP_URL, message = "must be an http(s) URL")
                               @Schema(examples = "https://drive.example.go.id/laporan-q1.pdf") String url,
                               @NotBlank @Size(max = 200) @Schema(examples = "Laporan triwulan I") String label) {
    }

    @Schema(name = "NewRealisation")
    public record NewRealisation(@NotNull UUID indicatorId,
                                 @NotNull @Min(1) @Max(12) @Schema(description = "month 1-12 or quarter 1-4", examples = "1") Integer subPeriod,
                                 @Size(max = 1000) String actionPlan,
                                 @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal value,
                                 @Size(max = 2000) String narrative,
                                 @NotNull @Size(max = 20) List<@NotNull @Valid EvidenceLink> evidence) {
    }

    @Schema(name = "NewDialogueEntry")
    public record NewDialogue(UUID rhkId, BerAkhlak berakhlak, @NotBlank @Size(max = 2000) String text) {
    }

    @Schema(name = "BehaviourRatingInput")
    public record BehaviourInput(@NotNull BerAkhlak value, @NotNull Rating rating,
                                 @NotBlank @Size(max = 1000) @Schema(description = "the leader's specific expectation") String expectation,
                                 @Size(max = 2000) String feedback) {
    }

    @Schema(name = "RatingInput")
    public record RatingBody(@NotNull Rating hasilKerja, @NotNull Rating perilakuKerja,
                             @NotNull @Size(min = 7, max = 7) List<@NotNull @Valid BehaviourInput> berakhlak) {
    }

    @Schema(name = "ObjectionDecision")
    public record Decision(@NotNull Rating hasilKerja, @NotNull Rating perilakuKerja, @NotBlank @Size(max = 2000) String reason) {
    }

    @POST
    @RolesAllowed({Roles.EMPLOYEE, Roles.HR_ADMIN})
    @Operation(summary = "Create an SKP", description = "an employee for themselves, hr-admin for anyone; the appraiser is the supervisor "
            + "from the employee data; Idempotency-Key makes a retry safe")
    public Response create(@HeaderParam(Idempotency.HEADER) @Parameter(description = Idempotency.HEADER_DESCRIPTION) String key,
                           @NotNull @Valid NewSkp body, @Context UriInfo uri) {
        return idempotency.create(key, "POST /api/v1/skp", body, () -> {
            Skp s = skps.create(body.year(), body.nip());
            return Response.created(uri.getAbsolutePathBuilder().path(s.id.toString()).build())
                    .tag(Versions.etag(s.version)).entity(SkpViews.Summary.of(s)).build();
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.EMPLOYEE, Roles.HR_ADMIN, Roles.AUDITOR})
    @Operation(summary = "Read an SKP with its plan and ratings")
    public Response get(@PathParam("id") UUID id) {
        SkpService.SkpDetails d = skps.details(id);
        return Response.ok(SkpViews.Detail.of(d)).tag(Versions.etag(d.skp().version)).build();
    }

    @GET
    @Path("/mine")
    @RolesAllowed(Roles.EMPLOYEE)
    @Operation(summary = "My SKPs", description = "newest year first")
    public Page<SkpViews.Summary> mine(@Valid @BeanParam PageQuery page) {
        AppraisalViews.Listing l = views.mine(page.offset(), page.size);
        return Page.of(l.items().stream().map(SkpViews.Summary::of).toList(), page, l.total());
    }

    @GET
    @Path("/waiting")
    @RolesAllowed(Roles.EMPLOYEE)
    @Operation(summary = "SKPs waiting for me as appraiser", description = "SUBMITTED (to agree) and AGREED (to rate)")
    public Page<SkpViews.Summary> waiting(@Valid @BeanParam PageQuery page) {
        AppraisalViews.Listing l = views.waitingForMe(page.offset(), page.size);
        return Page.of(l.items().stream().map(SkpViews.Summary::of).toList(), page, l.total());
    }

    @PUT
    @Path("/{id}/appraiser")
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(summary = "Name another appraiser", description = "hr-admin only, with a reason (recorded); needs If-Match")
    public Response overrideAppraiser(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                      @NotNull @Valid AppraiserOverride body) {
        return summary(skps.overrideAppraiser(id, ifMatch, body.appraiserNip(), body.reason()));
    }

    @POST
    @Path("/{id}/rhk")
    @RolesAllowed(Roles.EMPLOYEE)
    @Operation(summary = "Add an RHK with its indicators", description = "the employee while DRAFT or SUBMITTED; once AGREED only the "
            + "appraiser, with a reason (recorded); Idempotency-Key makes a retry safe")
    public Response addRhk(@PathParam("id") UUID id, @HeaderParam(Idempotency.HEADER) @Parameter(description = Idempotency.HEADER_DESCRIPTION) String key,
                           @NotNull @Valid NewRhk body, @Context UriInfo uri) {
        return idempotency.create(key, "POST /api/v1/skp/" + id + "/rhk", body, () -> {
            Rhk r = skps.addRhk(id, body.kind(), body.text(), body.parentRhkId(), body.indicators().stream()
                    .map(i -> new SkpService.NewIndicator(i.aspect(), i.description(), i.target(), i.targetUnit())).toList(), body.reason());
            return Response.created(URI.create(uri.getAbsolutePath() + "/" + r.id)).entity(Map.of("id", r.id)).build();
        });
    }

    @PUT
    @Path("/{id}/rhk/{rhkId}")
    @RolesAllowed(Roles.EMPLOYEE)
    @Operation(summary = "Change an RHK", description = "its kind, text or the appraiser's RHK it supports (how a plan is re-linked "
            + "after its appraiser changed). The employee while DRAFT or SUBMITTED; once AGREED only the appraiser, with a reason "
            + "(recorded as RHK_CHANGED). If-Match = the SKP's version; answers the SKP with its new version")
    public Response changeRhk(@PathParam("id") UUID id, @PathParam("rhkId") UUID rhkId, @HeaderParam("If-Match") String ifMatch,
                              @NotNull @Valid RhkChange body) {
        return summary(skps.changeRhk(id, rhkId, ifMatch, body.kind(), body.text(), body.parentRhkId(), body.reason()));
    }

    @DELETE
    @Path("/{id}/rhk/{rhkId}")
    @RolesAllowed(Roles.EMPLOYEE)
    @Operation(summary = "Remove an RHK from a draft plan", description = "the employee while DRAFT or SUBMITTED, with its indicators; "
            + "409 once agreed, or when other RHK support it or the dialogue refers to it. If-Match = the SKP's version; "
            + "answers the SKP with its new version")
    public Response removeRhk(@PathParam("id") UUID id, @PathParam("rhkId") UUID rhkId, @HeaderParam("If-Match") String ifMatch) {
        return summary(skps.removeRhk(id, rhkId, ifMatch));
    }

    @PUT
    @Path("/{id}/indicators/{indicatorId}")
    @RolesAllowed(Roles.EMPLOYEE)
    @Operation(summary = "Change an indicator's target",
            description = "the employee before agreement; after agreement only the appraiser, with a reason (recorded). If-Match = the indicator's version")
    public Response changeTarget(@PathParam("id") UUID id, @PathParam("indicatorId") UUID indicatorId,
                                 @HeaderParam("If-Match") String ifMatch, @NotNull @Valid TargetChange body) {
        Indicator i = skps.changeTarget(id, indicatorId, ifMatch, body.target(), body.targetUnit(), body.reason());
        return Response.ok(SkpViews.IndicatorView.of(i)).tag(Versions.etag(i.version)).build();
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed(Roles.EMPLOYEE)
    @Operation(summary = "Submit the plan to the appraiser", description = "DRAFT → SUBMITTED; the employee; needs If-Match")
    public Response submit(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return summary(skps.submit(id, ifMatch));
    }

    @POST
    @Path("/{id}/return")
    @RolesAllowed(Roles.EMPLOYEE)
    @Operation(summary = "Return the plan for changes", description = "SUBMITTED → DRAFT; the appraiser; needs If-Match")
    public Response returnForChanges(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid Reason body) {
        return summary(skps.returnForChanges(id, ifMatch, body.reason()));
    }

    @POST
    @Path("/{id}/agree")
    @RolesAllowed(Roles.EMPLOYEE)
    @Operation(summary = "Agree the plan", description = "SUBMITTED → AGREED; the appraiser; needs If-Match")
    public Response agree(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return summary(skps.agree(id, ifMatch));
    }

    @POST
    @Path("/{id}/realisations")
    @RolesAllowed(Roles.EMPLOYEE)
    @Operation(summary = "Report a realisation", description = "the employee, on an AGREED SKP; evidence are http(s) links; "
            + "Idempotency-Key makes a retry safe")
    public Response addRealisation(@PathParam("id") UUID id,
                                   @HeaderParam(Idempotency.HEADER) @Parameter(description = Idempotency.HEADER_DESCRIPTION) String key,
                                   @NotNull @Valid NewRealisation body, @Context UriInfo uri) {
        return idempotency.create(key, "POST /api/v1/skp/" + id + "/realisations", body, () -> {
            Realisation r = skps.addRealisation(id, body.indicatorId(), body.subPeriod(), body.actionPlan(), body.value(), body.narrative(),
                    body.evidence().stream().map(e -> new SkpService.Evidence(e.url(), e.label())).toList());
            return Response.created(URI.create(uri.getAbsolutePath() + "/" + r.id)).entity(realisation(r)).build();
        });
    }

    @GET
    @Path("/{id}/realisations")
    @RolesAllowed({Roles.EMPLOYEE, Roles.HR_ADMIN, Roles.AUDITOR})
    @Operation(summary = "Realisations of an SKP", description = "by sub-period")
    public List<SkpViews.RealisationView> realisations(@PathParam("id") UUID id) {
        return skps.realisations(id).stream().map(this::realisation).toList();
    }

    @POST
    @Path("/{id}/dialogue")
    @RolesAllowed(Roles.EMPLOYEE)
    @Operation(summary = "Add a performance-dialogue entry", description = "the employee or the appraiser; about an RHK or a BerAKHLAK value; "
            + "Idempotency-Key makes a retry safe")
    public Response addDialogue(@PathParam("id") UUID id,
                                @HeaderParam(Idempotency.HEADER) @Parameter(description = Idempotency.HEADER_DESCRIPTION) String key,
                                @NotNull @Valid NewDialogue body, @Context UriInfo uri) {
        return idempotency.create(key, "POST /api/v1/skp/" + id + "/dialogue", body, () -> {
            DialogueEntry d = skps.addDialogue(id, body.rhkId(), body.berakhlak(), body.text());
            return Response.created(URI.create(uri.getAbsolutePath() + "/" + d.id)).entity(SkpViews.DialogueView.of(d)).build();
        });
    }

    @GET
    @Path("/{id}/dialogue")
    @RolesAllowed({Roles.EMPLOYEE, Roles.HR_ADMIN, Roles.AUDITOR})
    @Operation(summary = "The performance dialogue of an SKP")
    public List<SkpViews.DialogueView> dialogue(@PathParam("id") UUID id) {
        return skps.dialogue(id).stream().map(SkpViews.DialogueView::of).toList();
    }

    @GET
    @Path("/{id}/rating-data")
    @RolesAllowed({Roles.EMPLOYEE, Roles.HR_ADMIN, Roles.AUDITOR})
    @Operation(summary = "Everything for the rating screen", description = "the SKP plus received feedback summaries, marked as input")
    public SkpViews.RatingData ratingData(@PathParam("id") UUID id) {
        return SkpViews.RatingData.of(views.ratingData(id));
    }

    @PUT
    @Path("/{id}/rating")
    @RolesAllowed(Roles.EMPLOYEE)
    @Operation(summary = "Rate the SKP", description = "the appraiser; Hasil Kerja, Perilaku Kerja and all seven BerAKHLAK values; the predikat follows from the matrix; needs If-Match")
    public Response rate(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid RatingBody body) {
        return summary(skps.rate(id, ifMatch, body.hasilKerja(), body.perilakuKerja(), body.berakhlak().stream()
                .map(b -> new SkpService.BehaviourInput(b.value(), b.rating(), b.expectation(), b.feedback())).toList()));
    }

    @POST
    @Path("/{id}/objection")
    @RolesAllowed(Roles.EMPLOYEE)
    @Operation(summary = "Object to a final rating (keberatan)", description = "the employee, within the objection window; FINAL → REOPENED; needs If-Match")
    public Response object(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid Objection body) {
        return summary(skps.object(id, ifMatch, body.reason()));
    }

    @POST
    @Path("/{id}/objection/decision")
    @RolesAllowed(Roles.EMPLOYEE)
    @Operation(summary = "Decide an objection", description = "the appraiser's superior; REOPENED → FINAL with the decided rating; needs If-Match")
    public Response decide(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid Decision body) {
        return summary(skps.decideObjection(id, ifMatch, body.hasilKerja(), body.perilakuKerja(), body.reason()));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.EMPLOYEE, Roles.HR_ADMIN, Roles.AUDITOR})
    @Operation(summary = "Every state change and recorded decision", description = "who, when, from → to, why")
    public List<SkpViews.HistoryView> history(@PathParam("id") UUID id) {
        return skps.history(id).stream().map(SkpViews.HistoryView::of).toList();
    }

    @GET
    @Path("/{id}/registry-payload")
    @RolesAllowed({Roles.HR_ADMIN, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(summary = "The annual result in the registry's skp22/save shape", description = "FINAL SKPs only; codes from configuration")
    public Map<String, Object> registryPayload(@PathParam("id") UUID id) {
        return views.registryPayload(id);
    }

    private static Response summary(Skp s) {
        return Response.ok(SkpViews.Summary.of(s)).tag(Versions.etag(s.version)).build();
    }

    private SkpViews.RealisationView realisation(Realisation r) {
        try {
            return SkpViews.of(r, mapper.readTree(r.evidence));
        } catch (Exception e) {
            throw new IllegalStateException("stored evidence is unreadable", e);
        }
    }
}
