package id.merit.placement.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.merit.placement.DevelopmentItem;
import id.merit.placement.DevelopmentPlan;
import id.merit.placement.EmployeeView;
import id.merit.placement.PositionView;
import id.merit.placement.TrainingRecord;
import id.merit.placement.config.PlacementConfig;
import id.merit.placement.domain.ActivityType;
import id.merit.placement.domain.DevelopmentPlanner;
import id.merit.placement.domain.Labels;
import id.merit.placement.domain.TrainingHours;
import id.merit.platform.events.EmployeeStatuses;
import id.merit.platform.problem.ProblemException;
import id.merit.platform.rest.Versions;
import id.merit.platform.security.Caller;
import id.merit.platform.security.Roles;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Development plans per employee and year. The supervisor (or hr-admin) creates one, edits its items and agrees
 * it; the employee reads it. Recommended items follow the data while the plan is a DRAFT; once AGREED they are
 * not rewritten behind the supervisor's back — a change only sets recommendationsChangedAt.
 */
@ApplicationScoped
public class PlanService {
    static final String EVENTS = "system:events";
    /** Recommended items first, in the planner's order; manual items after them. */
    private static final int MANUAL_ORDINALS = 10_000;

    @Inject
    DevelopmentService development;
    @Inject
    PlacementConfig config;
    @Inject
    Caller caller;
    @Inject
    EntityManager em;
    @Inject
    ObjectMapper mapper;

    public record Hours(int year, int minimumJp, int plannedJp, int completedJp, int shortfallJp, boolean plannedMeetsMinimum,
                        boolean completedMeetsMinimum) {
    }

    /**
     * {@code trainings}: the person's training records counted in the plan's year (by end date) that name the item's
     * focus among their competencies — evidence for the supervisor marking the item DONE (never done automatically:
     * the level itself changes only with a new assessment).
     */
    public record ItemView(UUID id, DevelopmentItem.Origin origin, DevelopmentPlanner.Kind kind, String focus, String focusLabel,
                           ActivityType activityType, String activityLabel, int suggestedJp, String reason, DevelopmentItem.Status status,
                           String statusLabel, String dropReason, OffsetDateTime statusAt, String statusBy, List<TrainingView> trainings) {
        static ItemView of(DevelopmentItem i, List<TrainingView> trainings) {
            return new ItemView(i.id, i.origin, i.kind, i.focus, i.focusLabel, i.activityType, Labels.activity(i.activityType), i.suggestedJp,
                    i.reason, i.status, PlanService.statusLabel(i.status), i.dropReason, i.statusAt, i.statusBy, trainings);
        }
    }

    /** A completed training as evidence for an item. */
    public record TrainingView(UUID id, String title, LocalDate endDate, int hours) {
    }

    public record RecommendationView(DevelopmentPlanner.Kind kind, String focus, String focusLabel, ActivityType activityType,
                                     String activityLabel, int suggestedJp, String reason) {
        static RecommendationView of(DevelopmentPlanner.Recommendation r) {
            return new RecommendationView(r.kind(), r.focus(), r.focusLabel(), r.activityType(), Labels.activity(r.activityType()), r.suggestedJp(), r.reason());
        }
    }

    /** currentRecommendations: only when they differ from what an AGREED plan was built from. */
    public record PlanView(UUID id, String nip, String name, int year, DevelopmentPlan.State state, String stateLabel, UUID targetPositionId,
                           String agreedBy, OffsetDateTime agreedAt, boolean recommendationsChanged, OffsetDateTime recommendationsChangedAt,
                           List<RecommendationView> currentRecommendations, List<ItemView> items, Hours hours, long version,
                           OffsetDateTime createdAt, String createdBy, OffsetDateTime updatedAt, String updatedBy) {
    }

    public record NewItem(String focus, String focusLabel, ActivityType activityType, int suggestedJp, String reason) {
    }

    /** A plan at a glance, for lists. */
    public record PlanSummary(UUID id, DevelopmentPlan.State state, String stateLabel, int items, long version) {
    }

    /** One person of a supervisor's team: their plan of the year (null while there is none) and JP. */
    public record TeamMember(String nip, String name, UUID unitId, UUID positionId, PlanSummary plan, Hours hours) {
    }

    public record Team(int year, List<TeamMember> members, long withoutPlan, long draft, long agreed, long belowMinimumJp) {
    }

    /**
     * A supervisor's team for a year: the people in service whose supervisor they are (employee-service's
     * supervisorNip), by name then NIP, each with their plan and JP.
     * The supervisor themselves, hr-admin or an auditor.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Team team(String supervisorNip, int year) {
        if (!(caller.hasRole(Roles.HR_ADMIN) || caller.hasRole(Roles.AUDITOR) || caller.is(supervisorNip))) {
            throw ProblemException.forbidden("a team's development is visible to its supervisor, hr-admin and auditors only");
        }
        List<EmployeeView> people = EmployeeView.<EmployeeView>list("supervisorNip", supervisorNip).stream()
                .filter(e -> EmployeeStatuses.inService(e.status))
                .sorted(Comparator.comparing((EmployeeView e) -> e.name.toLowerCase(Locale.ROOT)).thenComparing(e -> e.nip)).toList();
        List<String> nips = people.stream().map(e -> e.nip).toList();
        Map<String, DevelopmentPlan> plans = new HashMap<>();
        if (!nips.isEmpty()) {
            DevelopmentPlan.<DevelopmentPlan>list("nip in ?1 and year = ?2", nips, year).forEach(p -> plans.put(p.nip, p));
        }
        Map<String, Integer> completed = TrainingRecord.jpByNip(year, nips);
        Map<UUID, List<DevelopmentItem>> items = new HashMap<>();
        if (!plans.isEmpty()) {
            DevelopmentItem.<DevelopmentItem>list("planId in ?1", plans.values().stream().map(p -> p.id).toList())
                    .forEach(i -> items.computeIfAbsent(i.planId, k -> new ArrayList<>()).add(i));
        }
        List<TeamMember> all = new ArrayList<>();
        for (EmployeeView e : people) {
            DevelopmentPlan p = plans.get(e.nip);
            List<DevelopmentItem> its = p == null ? List.of() : items.getOrDefault(p.id, List.of());
            int planned = its.stream().filter(i -> i.status != DevelopmentItem.Status.DROPPED).mapToInt(i -> i.suggestedJp).sum();
            all.add(new TeamMember(e.nip, e.name, e.unitId, e.positionId,
                    p == null ? null : new PlanSummary(p.id, p.state, stateLabel(p.state), its.size(), p.version),
                    hours(year, completed.getOrDefault(e.nip, 0), planned)));
        }
        return new Team(year, all, all.size() - plans.size(),
                plans.values().stream().filter(p -> p.state == DevelopmentPlan.State.DRAFT).count(),
                plans.values().stream().filter(p -> p.state == DevelopmentPlan.State.AGREED).count(),
                all.stream().filter(m -> !m.hours().completedMeetsMinimum()).count());
    }

    static String statusLabel(DevelopmentItem.Status s) {
        return switch (s) {
            case PLANNED -> "Direncanakan";
            case DONE -> "Selesai";
            case DROPPED -> "Dibatalkan";
        };
    }

    static String stateLabel(DevelopmentPlan.State s) {
        return s == DevelopmentPlan.State.DRAFT ? "Draf" : "Disepakati atasan";
    }

    static void checkYear(int year) {
        if (year < 2000 || year > 2100) {
            throw ProblemException.invalid("path.year", "must be a year between 2000 and 2100");
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanView get(String nip, int year) {
        checkYear(year);
        EmployeeView e = development.authorized(nip, DevelopmentService.Access.READ);
        return view(e, existing(nip, year));
    }

    /** The stored plan or null, for "my development" (which shows the recommendations instead). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanView find(EmployeeView e, int year) {
        DevelopmentPlan p = DevelopmentPlan.of(e.nip, year);
        return p == null ? null : view(e, p);
    }

    private static DevelopmentPlan existing(String nip, int year) {
        return found(DevelopmentPlan.of(nip, year), nip, year);
    }

    private static DevelopmentPlan found(DevelopmentPlan p, String nip, int year) {
        if (p == null) {
            throw ProblemException.notFound("development plan of " + nip + " for", year);
        }
        return p;
    }

    @Transactional
    public PlanView create(String nip, int year, UUID targetPositionId) {
        checkYear(year);
        EmployeeView e = development.authorized(nip, DevelopmentService.Access.SUPERVISE);
        if (targetPositionId != null && PositionView.findById(targetPositionId) == null) {
            throw ProblemException.invalid("body.targetPositionId", "position " + targetPositionId + " is not known here");
        }
        if (DevelopmentPlan.of(nip, year) != null) {
            throw ProblemException.conflict(nip + " already has a development plan for " + year);
        }
        DevelopmentPlan p = new DevelopmentPlan();
        p.id = UUID.randomUUID();
        p.nip = nip;
        p.year = year;
        p.state = DevelopmentPlan.State.DRAFT;
        p.targetPositionId = targetPositionId;
        List<DevelopmentPlanner.Recommendation> recs = development.recommendations(development.person(e), year, targetPositionId);
        p.recommendationBasis = basis(recs);
        p.touch(caller.id(), now());
        p.persist();
        replaceRecommended(p, List.of(), recs);
        em.flush();
        return view(e, p);
    }

    @Transactional
    public PlanView agree(String nip, int year, String ifMatch) {
        Edit x = edit(nip, year, ifMatch);
        if (x.plan().state != DevelopmentPlan.State.DRAFT) {
            throw ProblemException.illegalState("the plan of " + nip + " for " + year + " is already " + x.plan().state);
        }
        x.plan().state = DevelopmentPlan.State.AGREED;
        x.plan().agreedBy = caller.id();
        x.plan().agreedAt = now();
        return saved(x);
    }

    /** Rebuilds the recommended items from the data as it is now; an AGREED plan goes back to DRAFT to be agreed again. */
    @Transactional
    public PlanView applyRecommendations(String nip, int year, String ifMatch) {
        return rebuild(edit(nip, year, ifMatch));
    }

    /** A new (or no) target position: its standard's gaps join the recommendations, rebuilt as by applyRecommendations. */
    @Transactional
    public PlanView setTarget(String nip, int year, String ifMatch, UUID targetPositionId) {
        Edit x = edit(nip, year, ifMatch);
        if (targetPositionId != null && PositionView.findById(targetPositionId) == null) {
            throw ProblemException.invalid("body.targetPositionId", "position " + targetPositionId + " is not known here");
        }
        x.plan().targetPositionId = targetPositionId;
        return rebuild(x);
    }

    private PlanView rebuild(Edit x) {
        int year = x.plan().year;
        List<DevelopmentPlanner.Recommendation> recs = development.recommendations(development.person(x.employee()), year, x.plan().targetPositionId);
        replaceRecommended(x.plan(), x.plan().items(), recs);
        x.plan().recommendationBasis = basis(recs);
        x.plan().recommendationsChangedAt = null;
        x.plan().state = DevelopmentPlan.State.DRAFT;
        x.plan().agreedBy = null;
        x.plan().agreedAt = null;
        return saved(x);
    }

    @Transactional
    public PlanView addItem(String nip, int year, String ifMatch, NewItem body) {
        Edit x = edit(nip, year, ifMatch);
        String focus = body.focus().trim();
        if (x.plan().items().stream().anyMatch(i -> i.kind == DevelopmentPlanner.Kind.MANUAL && i.focus.equals(focus) && i.status == DevelopmentItem.Status.PLANNED)) {
            throw ProblemException.conflict("a planned item for " + focus + " is already on the plan");
        }
        DevelopmentItem i = new DevelopmentItem();
        i.id = UUID.randomUUID();
        i.planId = x.plan().id;
        i.ordinal = MANUAL_ORDINALS + (int) DevelopmentItem.count("planId = ?1 and origin = ?2", x.plan().id, DevelopmentItem.Origin.MANUAL);
        i.origin = DevelopmentItem.Origin.MANUAL;
        i.kind = DevelopmentPlanner.Kind.MANUAL;
        i.focus = focus;
        i.focusLabel = body.focusLabel() == null || body.focusLabel().isBlank() ? Labels.competency(focus, null) : body.focusLabel().trim();
        i.activityType = body.activityType();
        i.suggestedJp = body.suggestedJp();
        i.reason = body.reason().trim();
        i.status = DevelopmentItem.Status.PLANNED;
        i.persist();
        return saved(x);
    }

    @Transactional
    public PlanView setStatus(String nip, int year, UUID itemId, String ifMatch, DevelopmentItem.Status status, String reason) {
        Edit x = edit(nip, year, ifMatch);
        DevelopmentItem i = DevelopmentItem.find("id = ?1 and planId = ?2", itemId, x.plan().id).firstResult();
        if (i == null) {
            throw ProblemException.notFound("item of the plan", itemId);
        }
        if (i.status != DevelopmentItem.Status.PLANNED) {
            throw ProblemException.illegalState("item " + itemId + " is already " + i.status);
        }
        if (status == DevelopmentItem.Status.DROPPED && (reason == null || reason.isBlank())) {
            throw ProblemException.invalid("body.reason", "dropping an item needs a reason");
        }
        i.status = status;
        i.dropReason = status == DevelopmentItem.Status.DROPPED ? reason.trim() : null;
        i.statusAt = now();
        i.statusBy = caller.id();
        return saved(x);
    }

    private record Edit(EmployeeView employee, DevelopmentPlan plan) {
    }

    /** Authorised (supervisor or hr-admin), existing, and at the version the client read. */
    private Edit edit(String nip, int year, String ifMatch) {
        checkYear(year);
        EmployeeView e = development.authorized(nip, DevelopmentService.Access.SUPERVISE);
        DevelopmentPlan p = found(DevelopmentPlan.forUpdate(nip, year), nip, year);
        Versions.check(ifMatch, p.version);
        return new Edit(e, p);
    }

    private PlanView saved(Edit x) {
        x.plan().touch(caller.id(), now());
        em.flush();
        return view(x.employee(), x.plan());
    }

    /**
     * Called by the projections after an employee snapshot or an appraisal changed (same transaction): plans of
     * this year and later follow the data. A DRAFT's recommended items are rebuilt; an AGREED plan is only flagged.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refresh(String nip) {
        EmployeeView e = EmployeeView.findById(nip);
        if (e == null) {
            return;
        }
        List<DevelopmentPlan> plans = DevelopmentPlan.forUpdateFrom(nip, development.currentYear());
        if (plans.isEmpty()) {
            return;
        }
        DevelopmentService.Person person = development.person(e);
        for (DevelopmentPlan p : plans) {
            List<DevelopmentPlanner.Recommendation> recs = development.recommendations(person, p.year, p.targetPositionId);
            String basis = basis(recs);
            boolean same = basis.equals(p.recommendationBasis);
            if (p.state == DevelopmentPlan.State.DRAFT) {
                if (!same) {
                    replaceRecommended(p, p.items(), recs);
                    p.recommendationBasis = basis;
                    p.touch(EVENTS, now());
                }
            } else if (same != (p.recommendationsChangedAt == null)) {
                p.recommendationsChangedAt = same ? null : now();
                p.touch(EVENTS, now());
            }
        }
    }

    /** Recommended items still PLANNED are replaced; DONE or DROPPED ones stay, and are not recommended again. */
    private static void replaceRecommended(DevelopmentPlan p, List<DevelopmentItem> items, List<DevelopmentPlanner.Recommendation> recs) {
        Set<String> settled = new HashSet<>();
        for (DevelopmentItem i : items) {
            if (i.origin != DevelopmentItem.Origin.RECOMMENDED) {
                continue;
            }
            if (i.status == DevelopmentItem.Status.PLANNED) {
                i.delete();
            } else {
                settled.add(i.key());
            }
        }
        int ordinal = 0;
        for (DevelopmentPlanner.Recommendation r : recs) {
            ordinal++;
            if (settled.contains(r.key())) {
                continue;
            }
            DevelopmentItem i = new DevelopmentItem();
            i.id = UUID.randomUUID();
            i.planId = p.id;
            i.ordinal = ordinal;
            i.origin = DevelopmentItem.Origin.RECOMMENDED;
            i.kind = r.kind();
            i.focus = r.focus();
            i.focusLabel = r.focusLabel();
            i.activityType = r.activityType();
            i.suggestedJp = r.suggestedJp();
            i.reason = r.reason();
            i.status = DevelopmentItem.Status.PLANNED;
            i.persist();
        }
    }

    /** The year's training records (as counted for JP) under each competency they name, in the records' order. */
    private Map<String, List<TrainingView>> byCompetency(List<TrainingRecord> records) {
        Map<String, List<TrainingView>> out = new HashMap<>();
        for (TrainingRecord t : records) {
            TrainingView v = new TrainingView(t.key.id, t.title, t.endDate, t.hours);
            try {
                for (JsonNode c : mapper.readTree(t.competencies)) {
                    if (c.isTextual()) {
                        out.computeIfAbsent(c.asText(), k -> new ArrayList<>()).add(v);
                    }
                }
            } catch (JsonProcessingException ex) {
                // Written by the projection from a JSON array; anything else names no competency.
            }
        }
        return out;
    }

    public Hours hours(String nip, int year, int plannedJp) {
        return hours(year, TrainingRecord.jpByNip(year, List.of(nip)).getOrDefault(nip, 0), plannedJp);
    }

    private Hours hours(int year, int completed, int plannedJp) {
        int min = config.development().minJpPerYear();
        return new Hours(year, min, plannedJp, completed, TrainingHours.shortfall(completed, min), plannedJp >= min, completed >= min);
    }

    PlanView view(EmployeeView e, DevelopmentPlan p) {
        List<DevelopmentItem> items = p.items();
        // The year's trainings once: their JP are the completed hours, their competencies the items' evidence.
        List<TrainingRecord> trainings = TrainingRecord.list("key.nip = ?1 and jpYear = ?2", Sort.by("endDate").and("title"), p.nip, p.year);
        Map<String, List<TrainingView>> byCompetency = byCompetency(trainings);
        int planned = items.stream().filter(i -> i.status != DevelopmentItem.Status.DROPPED).mapToInt(i -> i.suggestedJp).sum();
        List<RecommendationView> current = p.recommendationsChangedAt == null ? null
                : development.recommendations(development.person(e), p.year, p.targetPositionId).stream().map(RecommendationView::of).toList();
        return new PlanView(p.id, p.nip, e.name, p.year, p.state, stateLabel(p.state), p.targetPositionId, p.agreedBy, p.agreedAt,
                p.recommendationsChangedAt != null, p.recommendationsChangedAt, current,
                items.stream().map(i -> ItemView.of(i, byCompetency.getOrDefault(i.focus, List.of()))).toList(),
                hours(p.year, trainings.stream().mapToInt(t -> t.hours).sum(), planned), p.version, p.createdAt, p.createdBy, p.updatedAt, p.updatedBy);
    }

    static String basis(List<DevelopmentPlanner.Recommendation> recs) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(DevelopmentPlanner.fingerprint(recs).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
