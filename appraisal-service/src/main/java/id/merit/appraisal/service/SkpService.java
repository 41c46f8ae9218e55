package id.merit.appraisal.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.merit.appraisal.BehaviourRating;
import id.merit.appraisal.DialogueEntry;
import id.merit.appraisal.EmployeeView;
import id.merit.appraisal.Indicator;
import id.merit.appraisal.Period;
import id.merit.appraisal.Realisation;
import id.merit.appraisal.Rhk;
import id.merit.appraisal.Skp;
import id.merit.appraisal.SkpHistory;
import id.merit.appraisal.config.AppraisalConfig;
import id.merit.appraisal.domain.BerAkhlak;
import id.merit.appraisal.domain.ObjectionWindow;
import id.merit.appraisal.domain.Rating;
import id.merit.appraisal.domain.SkpState;
import id.merit.appraisal.domain.SkpTransition;
import id.merit.appraisal.events.AppraisalFinalized;
import id.merit.appraisal.events.AppraisalReopened;
import id.merit.platform.outbox.Outbox;
import id.merit.platform.problem.ProblemException;
import id.merit.platform.rest.Versions;
import id.merit.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** The SKP lifecycle: plan, agreement, realisation, dialogue, rating, objection. Every change records who and when. */
@ApplicationScoped
public class SkpService {
    @Inject
    Caller caller;
    @Inject
    SkpAccess access;
    @Inject
    Outbox outbox;
    @Inject
    AppraisalConfig config;
    @Inject
    ObjectMapper mapper;

    public record NewIndicator(Indicator.Aspect aspect, String description, BigDecimal target, String targetUnit) {
    }

    public record Evidence(String url, String label) {
    }

    public record BehaviourInput(BerAkhlak value, Rating rating, String expectation, String feedback) {
    }

    /** An SKP with its plan and ratings, as one read. */
    public record SkpDetails(Skp skp, List<Rhk> rhk, List<Indicator> indicators, List<BehaviourRating> behaviour) {
    }

    @Transactional
    public Skp create(int year, String requestedNip) {
        String nip = requestedNip;
        if (nip == null) {
            nip = caller.nip().orElseThrow(() -> ProblemException.invalid("body.nip", "required when the caller has no NIP"));
        } else if (!caller.isHrAdmin() && !caller.is(nip)) {
            throw ProblemException.forbidden("an employee creates only their own SKP");
        }
        Period period = Period.findById(year);
        if (period == null) {
            throw ProblemException.invalid("body.year", "no period " + year + " exists");
        }
        if (period.status != Period.Status.OPEN) {
            throw ProblemException.illegalState("the period " + year + " is closed");
        }
        if (Skp.forEmployee(nip, year).isPresent()) {
            throw ProblemException.conflict("employee " + nip + " already has an SKP for " + year);
        }
        EmployeeView employee = EmployeeView.findById(nip);
        if (employee == null) {
            throw ProblemException.unprocessable("employee " + nip + " is not known to appraisal-service yet (no employee.upserted received)");
        }
        if (employee.supervisorNip == null) {
            throw ProblemException.unprocessable("employee " + nip + " has no supervisor; hr-admin must name the appraiser");
        }
        OffsetDateTime now = now();
        Skp s = new Skp();
        s.id = UUID.randomUUID();
        s.year = year;
        s.nip = nip;
        s.unitId = employee.unitId;
        s.appraiserNip = employee.supervisorNip;
        s.state = SkpState.DRAFT;
        s.touch(caller.id(), now);
        s.persistAndFlush();
        record(s, "CREATED", null, SkpState.DRAFT, null);
        return s;
    }

    /** Who made a change that comes from employee-service's data rather than from a caller. */
    public static final String ORG_DATA = "employee-service";
    private static final List<SkpState> NOT_YET_RATED = List.of(SkpState.DRAFT, SkpState.SUBMITTED, SkpState.AGREED);

    /**
     * The employee's supervisor or unit changed in employee-service (a move, a new head): their SKPs not yet rated
     * follow — the appraiser is the supervisor from the org data (DESIGN §6) unless hr-admin named one, and the unit is
     * where the rating will be counted. A rated or final SKP keeps who rated it and where it was counted. The version
     * goes up without a check, so a caller still holding the old one gets 412 and reads the new appraiser.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void followOrgData(EmployeeView e) {
        for (Skp s : Skp.<Skp>list("nip = ?1 and state in ?2", e.nip, NOT_YET_RATED)) {
            boolean appraiser = s.appraiserOverrideReason == null && e.supervisorNip != null
                    && !e.supervisorNip.equals(s.appraiserNip) && !e.supervisorNip.equals(s.nip);
            boolean unit = e.unitId != null && !e.unitId.equals(s.unitId);
            if (!appraiser && !unit) {
                continue;
            }
            String newAppraiser = appraiser ? e.supervisorNip : s.appraiserNip;
            UUID newUnit = unit ? e.unitId : s.unitId;
            OffsetDateTime at = now();
            Skp.update("appraiserNip = ?1, unitId = ?2, version = version + 1, updatedAt = ?3, updatedBy = ?4 where id = ?5",
                    newAppraiser, newUnit, at, ORG_DATA, s.id);
            if (appraiser) {
                record(s, "APPRAISER_CHANGED", s.state, s.state, s.appraiserNip + " -> " + newAppraiser
                        + ": the supervisor in the employee data changed", ORG_DATA);
                unlinkFromOtherAppraisers(s, newAppraiser, ORG_DATA);
            }
            if (unit) {
                record(s, "UNIT_CHANGED", s.state, s.state, s.unitId + " -> " + newUnit + ": the unit in the employee data changed", ORG_DATA);
            }
        }
    }

    @Transactional
    public Skp overrideAppraiser(UUID id, String ifMatch, String appraiserNip, String reason) {
        Skp s = get(id);
        Versions.check(ifMatch, s.version);
        if (appraiserNip.equals(s.nip)) {
            throw ProblemException.invalid("body.appraiserNip", "an employee cannot appraise themselves");
        }
        if (s.state == SkpState.FINAL || s.state == SkpState.REOPENED) {
            throw ProblemException.illegalState("the appraiser of a final SKP cannot change");
        }
        String previous = s.appraiserNip;
        s.appraiserNip = appraiserNip;
        s.appraiserOverrideReason = reason;
        s.touch(caller.id(), now());
        s.flush();
        record(s, "APPRAISER_CHANGED", s.state, s.state, previous + " -> " + appraiserNip + ": " + reason);
        unlinkFromOtherAppraisers(s, appraiserNip, caller.id());
        return s;
    }

    @Transactional
    public Rhk addRhk(UUID skpId, Rhk.Kind kind, String text, UUID parentRhkId, List<NewIndicator> indicators, String reason) {
        Skp s = get(skpId);
        // Like targets: the employee plans until agreement; after it a new RHK (work assigned mid-year) is the
        // appraiser's, with a reason recorded (DESIGN §3: a change after AGREED needs the appraiser).
        requirePlanChange(s, "add an RHK", reason);
        requireParent(s, parentRhkId);
        OffsetDateTime now = now();
        Rhk r = new Rhk();
        r.id = UUID.randomUUID();
        r.skpId = s.id;
        r.kind = kind;
        r.text = text;
        r.parentRhkId = parentRhkId;
        r.createdAt = now;
        r.createdBy = caller.id();
        r.persist();
        for (NewIndicator n : indicators) {
            Indicator i = new Indicator();
            i.id = UUID.randomUUID();
            i.rhkId = r.id;
            i.aspect = n.aspect();
            i.description = n.description();
            i.target = n.target();
            i.targetUnit = n.targetUnit();
            i.updatedAt = now;
            i.updatedBy = caller.id();
            i.persist();
        }
        s.touch(caller.id(), now);
        if (s.state == SkpState.AGREED) {
            record(s, "RHK_ADDED", s.state, s.state, "RHK " + r.id + " (" + kind + "): " + text + "; " + reason);
        }
        return r;
    }

    /**
     * Rewords an RHK, changes its kind or the appraiser's RHK it supports — how a plan is re-linked after its
     * appraiser changed. Who may: as for adding. If-Match = the SKP's version (the RHK is part of the plan).
     */
    @Transactional
    public Skp changeRhk(UUID skpId, UUID rhkId, String ifMatch, Rhk.Kind kind, String text, UUID parentRhkId, String reason) {
        Skp s = get(skpId);
        requirePlanChange(s, "change an RHK", reason);
        Versions.check(ifMatch, s.version);
        Rhk r = rhkOf(s, rhkId);
        if (r.kind == kind && r.text.equals(text) && Objects.equals(r.parentRhkId, parentRhkId)) {
            return s;
        }
        requireParent(s, parentRhkId);
        String before = describe(r);
        r.kind = kind;
        r.text = text;
        r.parentRhkId = parentRhkId;
        s.touch(caller.id(), now());
        s.flush();
        if (s.state == SkpState.AGREED) {
            record(s, "RHK_CHANGED", s.state, s.state, before + " -> " + describe(r) + "; " + reason);
        }
        return s;
    }

    /**
     * Takes an RHK and its indicators out of a plan not yet agreed (the employee's draft). An agreed RHK stays — its
     * realisation is reported against it; the appraiser can reword it. One that other RHK support, or that the
     * dialogue refers to, stays too: those are other people's records.
     */
    @Transactional
    public Skp removeRhk(UUID skpId, UUID rhkId, String ifMatch) {
        Skp s = get(skpId);
        access.requireOwner(s, "remove an RHK from it");
        if (!s.state.planEditableByEmployee()) {
            throw ProblemException.illegalState("an RHK of an SKP that is " + s.state + " stays; the appraiser can change it");
        }
        Versions.check(ifMatch, s.version);
        Rhk r = rhkOf(s, rhkId);
        long supporters = Rhk.count("parentRhkId", r.id);
        if (supporters > 0) {
            throw ProblemException.conflict(supporters + " RHK of other SKPs support this one; they must be linked elsewhere first");
        }
        if (DialogueEntry.count("rhkId", r.id) > 0) {
            throw ProblemException.conflict("the performance dialogue refers to this RHK; reword it instead");
        }
        Indicator.delete("rhkId", r.id);
        r.delete();
        s.touch(caller.id(), now());
        s.flush();
        return s;
    }

    /** The employee shapes the plan until agreement; after it only the appraiser, with a reason (DESIGN §3). */
    private void requirePlanChange(Skp s, String action, String reason) {
        if (s.state.planEditableByEmployee()) {
            access.requireOwner(s, action + " before the plan is agreed");
        } else if (s.state == SkpState.AGREED) {
            access.requireAppraiser(s, action + " after the plan is agreed");
            if (reason == null || reason.isBlank()) {
                throw ProblemException.invalid("body.reason", "a reason is required to " + action + " in an agreed plan");
            }
        } else {
            throw ProblemException.illegalState("nobody can " + action + " once the SKP is " + s.state);
        }
    }

    /** A supported RHK must be the appraiser's, of the same period (cascading). */
    private static void requireParent(Skp s, UUID parentRhkId) {
        if (parentRhkId == null) {
            return;
        }
        Skp parentSkp = skpOfRhk(parentRhkId);
        if (parentSkp == null || !parentSkp.nip.equals(s.appraiserNip) || parentSkp.year != s.year) {
            throw ProblemException.invalid("body.parentRhkId",
                    "must be an RHK of the appraiser's SKP (" + s.appraiserNip + ") in " + s.year);
        }
    }

    /**
     * After an appraiser change the plan's RHK no longer support the previous appraiser's RHK: the links are taken
     * off (recorded) and the employee or the new appraiser links them to the new appraiser's (PUT the RHK).
     */
    private void unlinkFromOtherAppraisers(Skp s, String appraiserNip, String who) {
        int unlinked = 0;
        for (Rhk r : Rhk.<Rhk>list("skpId = ?1 and parentRhkId is not null", s.id)) {
            Skp parentSkp = skpOfRhk(r.parentRhkId);
            if (parentSkp == null || !parentSkp.nip.equals(appraiserNip)) {
                r.parentRhkId = null;
                unlinked++;
            }
        }
        if (unlinked > 0) {
            record(s, "CASCADE_UNLINKED", s.state, s.state, unlinked + " RHK supported the previous appraiser's RHK;"
                    + " link them to " + appraiserNip + "'s", who);
        }
    }

    /** The SKP an RHK belongs to, or null when there is no such RHK. */
    private static Skp skpOfRhk(UUID rhkId) {
        Rhk r = Rhk.findById(rhkId);
        return r == null ? null : Skp.findById(r.skpId);
    }

    private static Rhk rhkOf(Skp s, UUID rhkId) {
        Rhk r = Rhk.findById(rhkId);
        if (r == null || !r.skpId.equals(s.id)) {
            throw ProblemException.notFound("RHK of SKP " + s.id, rhkId);
        }
        return r;
    }

    private static String describe(Rhk r) {
        return "RHK " + r.id + " (" + r.kind + (r.parentRhkId == null ? "" : ", supports " + r.parentRhkId) + "): " + r.text;
    }

    /** Before agreement the employee shapes targets; after it only the appraiser, and the change is recorded. */
    @Transactional
    public Indicator changeTarget(UUID skpId, UUID indicatorId, String ifMatch, BigDecimal target, String targetUnit,
                                  String reason) {
        Skp s = get(skpId);
        Indicator i = indicatorOf(s, indicatorId);
        requirePlanChange(s, "change a target", reason);
        Versions.check(ifMatch, i.version);
        String before = i.target.toPlainString() + " " + i.targetUnit;
        i.target = target;
        i.targetUnit = targetUnit;
        i.updatedAt = now();
        i.updatedBy = caller.id();
        i.persistAndFlush();
        if (s.state == SkpState.AGREED) {
            record(s, "TARGET_CHANGED", s.state, s.state,
                    "indicator " + i.id + ": " + before + " -> " + target.toPlainString() + " " + targetUnit + "; " + reason);
        }
        return i;
    }

    @Transactional
    public Skp submit(UUID id, String ifMatch) {
        Skp s = get(id);
        access.requireOwner(s, "submit it");
        Versions.check(ifMatch, s.version);
        if (s.state == SkpState.DRAFT && Rhk.count("skpId = ?1 and kind = ?2", s.id, Rhk.Kind.UTAMA) == 0) {
            throw ProblemException.unprocessable("an SKP needs at least one RHK UTAMA before it is submitted");
        }
        return move(s, SkpTransition.SUBMIT, null);
    }

    @Transactional
    public Skp returnForChanges(UUID id, String ifMatch, String reason) {
        Skp s = get(id);
        access.requireAppraiser(s, "return it");
        Versions.check(ifMatch, s.version);
        return move(s, SkpTransition.RETURN, reason);
    }

    @Transactional
    public Skp agree(UUID id, String ifMatch) {
        Skp s = get(id);
        access.requireAppraiser(s, "agree it");
        Versions.check(ifMatch, s.version);
        return move(s, SkpTransition.AGREE, null);
    }

    @Transactional
    public Realisation addRealisation(UUID skpId, UUID indicatorId, int subPeriod, String actionPlan, BigDecimal value,
                                      String narrative, List<Evidence> evidence) {
        Skp s = get(skpId);
        access.requireOwner(s, "report its realisation");
        if (s.state != SkpState.AGREED) {
            throw ProblemException.illegalState("realisation is reported on an AGREED SKP, this one is " + s.state);
        }
        indicatorOf(s, indicatorId);
        Period p = Period.findById(s.year);
        if (subPeriod > p.subPeriodKind.count) {
            throw ProblemException.invalid("body.subPeriod", "the period " + s.year + " has " + p.subPeriodKind.count
                    + " " + p.subPeriodKind.name().toLowerCase() + " sub-periods");
        }
        Realisation r = new Realisation();
        r.id = UUID.randomUUID();
        r.skpId = s.id;
        r.indicatorId = indicatorId;
        r.subPeriod = subPeriod;
        r.actionPlan = actionPlan;
        r.value = value;
        r.narrative = narrative;
        r.evidence = Json.write(mapper, evidence);
        r.createdAt = now();
        r.createdBy = caller.id();
        r.persist();
        return r;
    }

    @Transactional
    public DialogueEntry addDialogue(UUID skpId, UUID rhkId, BerAkhlak value, String text) {
        Skp s = get(skpId);
        if (!access.isOwner(s) && !access.isAppraiser(s)) {
            throw ProblemException.forbidden("only the employee and their appraiser hold the performance dialogue");
        }
        if (rhkId != null) {
            Rhk r = Rhk.findById(rhkId);
            if (r == null || !r.skpId.equals(s.id)) {
                throw ProblemException.invalid("body.rhkId", "must be an RHK of this SKP");
            }
        }
        DialogueEntry d = new DialogueEntry();
        d.id = UUID.randomUUID();
        d.skpId = s.id;
        d.rhkId = rhkId;
        d.berakhlak = value;
        d.authorNip = caller.nip().orElseThrow();
        d.text = text;
        d.createdAt = now();
        d.createdBy = caller.id();
        d.persist();
        return d;
    }

    @Transactional
    public Skp rate(UUID id, String ifMatch, Rating hasil, Rating perilaku, List<BehaviourInput> behaviour) {
        Skp s = get(id);
        access.requireAppraiser(s, "rate it");
        Versions.check(ifMatch, s.version);
        Set<BerAkhlak> given = EnumSet.noneOf(BerAkhlak.class);
        for (BehaviourInput b : behaviour) {
            if (!given.add(b.value())) {
                throw ProblemException.invalid("body.berakhlak", b.value() + " is rated twice");
            }
        }
        if (given.size() != BerAkhlak.values().length) {
            throw ProblemException.invalid("body.berakhlak", "rate each of the seven BerAKHLAK values exactly once; missing "
                    + EnumSet.complementOf(EnumSet.copyOf(given)));
        }
        SkpState from = s.state;
        s.state = next(from, SkpTransition.RATE);
        s.rate(hasil, perilaku);
        BehaviourRating.delete("skpId", s.id);
        for (BehaviourInput b : behaviour) {
            BehaviourRating r = new BehaviourRating();
            r.id = UUID.randomUUID();
            r.skpId = s.id;
            r.value = b.value();
            r.rating = b.rating();
            r.expectation = b.expectation();
            r.feedback = b.feedback();
            r.persist();
        }
        s.ratedAt = now();
        s.ratedBy = caller.id();
        s.touch(caller.id(), s.ratedAt);
        s.flush();
        record(s, "RATE", from, s.state, "hasilKerja " + hasil + ", perilakuKerja " + perilaku + " -> " + s.predikat);
        return s;
    }

    @Transactional
    public Skp object(UUID id, String ifMatch, String reason) {
        Skp s = get(id);
        access.requireOwner(s, "object to its rating");
        Versions.check(ifMatch, s.version);
        if (s.state == SkpState.FINAL && !ObjectionWindow.isOpen(s.finalizedAt, now(), config.objectionWindow())) {
            throw ProblemException.illegalState("the objection window of " + config.objectionWindow().toDays()
                    + " days after finalisation has closed");
        }
        move(s, SkpTransition.OBJECT, reason);
        outbox.publish(AppraisalFinalized.TOPIC, s.nip, AppraisalReopened.TYPE, s.id.toString(),
                new AppraisalReopened(s.id, s.nip, s.year, Integer.toString(s.year), s.predikat, s.appraiserNip, s.updatedAt, s.version));
        return s;
    }

    @Transactional
    public Skp decideObjection(UUID id, String ifMatch, Rating hasil, Rating perilaku, String reason) {
        Skp s = get(id);
        access.requireSuperior(s, "decide an objection");
        Versions.check(ifMatch, s.version);
        SkpState from = s.state;
        s.state = next(from, SkpTransition.DECIDE);
        String before = s.hasilKerja + "/" + s.perilakuKerja + " " + s.predikat;
        s.rate(hasil, perilaku);
        s.finalizedAt = now();
        s.touch(caller.id(), s.finalizedAt);
        s.flush();
        record(s, "DECIDE", from, s.state, before + " -> " + hasil + "/" + perilaku + " " + s.predikat + ": " + reason);
        publishFinalized(s);
        return s;
    }

    /** RATED → FINAL for one SKP of a unit being finalised; publishes appraisal.finalized in the same transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void finalizeRated(Skp s, String reason) {
        SkpState from = s.state;
        s.state = next(from, SkpTransition.FINALIZE);
        s.finalizedAt = now();
        s.touch(caller.id(), s.finalizedAt);
        s.flush();
        record(s, "FINALIZE", from, s.state, reason);
        publishFinalized(s);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SkpDetails details(UUID id) {
        Skp s = get(id);
        access.requireRead(s);
        List<Rhk> rhk = Rhk.ofSkp(s.id);
        return new SkpDetails(s, rhk, Indicator.ofRhks(rhk.stream().map(r -> r.id).toList()), BehaviourRating.ofSkp(s.id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Skp readable(UUID id) {
        Skp s = get(id);
        access.requireRead(s);
        return s;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SkpHistory> history(UUID id) {
        return SkpHistory.ofSkp(readable(id).id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Realisation> realisations(UUID id) {
        return Realisation.list("skpId = ?1 order by subPeriod, createdAt, id", readable(id).id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DialogueEntry> dialogue(UUID id) {
        return DialogueEntry.list("skpId = ?1 order by createdAt, id", readable(id).id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Skp get(UUID id) {
        Skp s = Skp.findById(id);
        if (s == null) {
            throw ProblemException.notFound("SKP", id);
        }
        return s;
    }

    private void publishFinalized(Skp s) {
        Map<BerAkhlak, Rating> values = new EnumMap<>(BerAkhlak.class);
        BehaviourRating.ofSkp(s.id).forEach(b -> values.put(b.value, b.rating));
        outbox.publish(AppraisalFinalized.TOPIC, s.nip, AppraisalFinalized.TYPE, s.id.toString(),
                new AppraisalFinalized(s.id, s.nip, s.year, Integer.toString(s.year), s.hasilKerja, s.perilakuKerja, values,
                        s.predikat, s.appraiserNip, s.finalizedAt, s.version));
    }

    private Skp move(Skp s, SkpTransition t, String reason) {
        SkpState from = s.state;
        s.state = next(from, t);
        s.touch(caller.id(), now());
        s.flush();
        record(s, t.name(), from, s.state, reason);
        return s;
    }

    /** The workflow table decides; an illegal move is a 409 problem. */
    private static SkpState next(SkpState from, SkpTransition t) {
        if (!t.allowedFrom(from)) {
            throw ProblemException.illegalState(t + " is not allowed while the SKP is " + from);
        }
        return t.from(from);
    }

    private static Indicator indicatorOf(Skp s, UUID indicatorId) {
        Indicator i = Indicator.findById(indicatorId);
        Rhk r = i == null ? null : Rhk.findById(i.rhkId);
        if (r == null || !r.skpId.equals(s.id)) {
            throw ProblemException.notFound("indicator of SKP " + s.id, indicatorId);
        }
        return i;
    }

    private void record(Skp s, String action, SkpState from, SkpState to, String reason) {
        record(s, action, from, to, reason, caller.id());
    }

    private static void record(Skp s, String action, SkpState from, SkpState to, String reason, String who) {
        SkpHistory h = new SkpHistory();
        h.skpId = s.id;
        h.action = action;
        h.fromState = from;
        h.toState = to;
        h.reason = reason;
        h.at = now();
        h.byWho = who;
        h.persist();
    }


    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
