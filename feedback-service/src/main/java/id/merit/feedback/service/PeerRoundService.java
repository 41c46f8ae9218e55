package id.merit.feedback.service;

import id.merit.feedback.EmployeeView;
import id.merit.feedback.PeerInvitation;
import id.merit.feedback.PeerRound;
import id.merit.feedback.domain.AnonymityGate;
import id.merit.feedback.domain.BerAkhlak;
import id.merit.feedback.domain.InvitationRules;
import id.merit.feedback.domain.Means;
import id.merit.feedback.domain.PiiMasker;
import id.merit.feedback.domain.RaterGroup;
import id.merit.feedback.events.FeedbackSummary;
import id.merit.platform.problem.ProblemException;
import id.merit.platform.rest.Versions;
import id.merit.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** 360° rounds: opening, inviting by group, closing, and the results that pass the anonymity gate. */
@ApplicationScoped
public class PeerRoundService {
    /** Who closed a round whose deadline passed, in its updatedBy. */
    public static final String DEADLINE_PASSED = "system:deadline";

    @Inject
    Caller caller;
    @Inject
    AnonymityGate gate;
    @Inject
    SummaryService summaries;
    @Inject
    Clock clock;
    @Inject
    EntityManager em;

    public record Invitee(String nip, RaterGroup group) {
    }

    public record Suggestion(String nip, String displayName, String positionName, RaterGroup group) {
    }

    /**
     * A group's progress: invited and still to answer. Who is still to answer is named only in the named groups
     * (self, supervisor); in the others it would tell who has answered, and so whose answer moved the aggregate.
     */
    public record Pending(RaterGroup group, int invited, int pending, List<Suggestion> pendingRaters) {
    }

    /**
     * A rater group of a round: how many were invited and, once the round is closed and the group has its k answers,
     * the means, the comments and (named groups only) who. {@code shown} false: the threshold, nothing else.
     */
    public record GroupResult(RaterGroup group, int invited, boolean shown, int threshold, Long responses,
                              Map<BerAkhlak, BigDecimal> means, String raterName, List<String> comments) {
    }

    /**
     * A round's results. While the round is OPEN no group shows anything but how many were invited: answers can still
     * come and be replaced, and anything that moved with them (a mean, a comment, even a count of answers) would tell
     * whoever knows when someone answered what they answered.
     */
    @Schema(name = "PeerRoundResults")
    public record Results(UUID roundId, PeerRound.Status status, List<GroupResult> groups) {
    }

    @Transactional
    public PeerRound open(String rateeNip, int year, LocalDate deadline) {
        EmployeeView ratee = employee(rateeNip, "body.rateeNip");
        requireHrOrAppraiser(ratee);
        if (deadline.isBefore(clock.today())) {
            throw ProblemException.invalid("body.deadline", "must be today or later");
        }
        if (PeerRound.count("rateeNip = ?1 and year = ?2", rateeNip, year) > 0) {
            throw ProblemException.conflict("a round for " + rateeNip + " in " + year + " already exists");
        }
        PeerRound r = new PeerRound();
        r.id = UUID.randomUUID();
        r.rateeNip = rateeNip;
        r.year = year;
        r.deadline = deadline;
        r.status = PeerRound.Status.OPEN;
        r.touch(caller.id(), clock.now());
        r.persistAndFlush();
        return r;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PeerRound get(UUID id) {
        PeerRound r = round(id);
        EmployeeView ratee = EmployeeView.findById(r.rateeNip);
        if (!caller.is(r.rateeNip) && !hrOrAppraiser(ratee)) {
            throw ProblemException.forbidden("only the ratee, their appraiser and hr-admin see this round");
        }
        return r;
    }

    /** Raters by group from the organisation data: self, the supervisor, the direct reports and the unit's other staff. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Suggestion> suggestions(UUID id) {
        PeerRound r = round(id);
        EmployeeView ratee = employee(r.rateeNip, "rateeNip");
        requireHrOrAppraiser(ratee);
        List<Suggestion> out = new ArrayList<>();
        out.add(suggestion(ratee, RaterGroup.SELF));
        if (ratee.supervisorNip != null) {
            EmployeeView boss = EmployeeView.findById(ratee.supervisorNip);
            if (boss != null && boss.active()) {
                out.add(suggestion(boss, RaterGroup.SUPERVISOR));
            }
        }
        List<EmployeeView> reports = EmployeeView.activeReportsOf(ratee.nip);
        reports.forEach(e -> out.add(suggestion(e, RaterGroup.SUBORDINATE)));
        if (ratee.unitId != null) {
            for (EmployeeView e : EmployeeView.activeInUnit(ratee.unitId)) {
                boolean other = !e.nip.equals(ratee.nip) && !e.nip.equals(ratee.supervisorNip) && !ratee.nip.equals(e.supervisorNip);
                if (other) {
                    out.add(suggestion(e, RaterGroup.PEER));
                }
            }
        }
        return out;
    }

    @Transactional
    public List<PeerInvitation> invite(UUID id, List<Invitee> invitees) {
        PeerRound r = round(id);
        EmployeeView ratee = employee(r.rateeNip, "rateeNip");
        requireHrOrAppraiser(ratee);
        requireOpen(r);
        List<PeerInvitation> created = new ArrayList<>();
        for (int i = 0; i < invitees.size(); i++) {
            Invitee inv = invitees.get(i);
            String field = "body.raters[" + i + "]";
            EmployeeView rater = EmployeeView.findById(inv.nip());
            if (rater == null) {
                throw ProblemException.unprocessable(field + ": employee " + inv.nip() + " is not known");
            }
            InvitationRules.refusal(inv.group(), ratee.nip, ratee.supervisorNip, rater.nip, rater.active(), rater.supervisorNip)
                    .ifPresent(why -> {
                        throw ProblemException.unprocessable(field + ": " + why);
                    });
            if (PeerInvitation.count("roundId = ?1 and raterNip = ?2", r.id, rater.nip) > 0
                    || created.stream().anyMatch(c -> c.raterNip.equals(rater.nip))) {
                throw ProblemException.conflict(rater.nip + " is already invited to this round");
            }
            PeerInvitation p = new PeerInvitation();
            p.id = UUID.randomUUID();
            p.roundId = r.id;
            p.raterNip = rater.nip;
            p.group = inv.group();
            p.invitedBy = caller.id();
            p.invitedAt = clock.now();
            p.persist();
            created.add(p);
        }
        return created;
    }

    @Transactional
    public PeerRound close(UUID id, String ifMatch) {
        PeerRound r = round(id);
        requireHrOrAppraiser(EmployeeView.findById(r.rateeNip));
        Versions.check(ifMatch, r.version);
        requireOpen(r);
        closeAndPublish(r, caller.id());
        return r;
    }

    /**
     * Closes the rounds whose deadline has passed, at most {@code max} of them, and publishes their summaries; returns
     * how many. Rows are claimed with skip locked, so instances running this at once never take the same round, and a
     * closed round is never taken again.
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public int closeOverdue(int max) {
        List<UUID> ids = em.createNativeQuery("select id from peer_round where status = 'OPEN' and deadline < ?1 "
                        + "order by deadline, id limit ?2 for update skip locked", UUID.class)
                .setParameter(1, clock.today()).setParameter(2, max).getResultList();
        for (UUID id : ids) {
            closeAndPublish(round(id), DEADLINE_PASSED);
        }
        return ids.size();
    }

    /** The round's answers are final now: they count, and the summary they are part of is published. */
    private void closeAndPublish(PeerRound r, String who) {
        r.close(who, clock.now());
        r.persistAndFlush();
        summaries.refresh(r.rateeNip, r.year);
    }

    /** Invitees who have not answered yet, for reminders; hr-admin and the appraiser only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Pending> pending(UUID id) {
        PeerRound r = round(id);
        requireHrOrAppraiser(EmployeeView.findById(r.rateeNip));
        Map<RaterGroup, List<PeerInvitation>> byGroup = new EnumMap<>(RaterGroup.class);
        PeerInvitation.ofRound(r.id).forEach(i -> byGroup.computeIfAbsent(i.group, g -> new ArrayList<>()).add(i));
        List<Pending> out = new ArrayList<>();
        byGroup.forEach((group, invitations) -> {
            List<Suggestion> named = new ArrayList<>();
            int pending = 0;
            for (PeerInvitation i : invitations) {
                if (!i.answered) {
                    pending++;
                    if (group.named()) {
                        EmployeeView e = EmployeeView.findById(i.raterNip);
                        named.add(new Suggestion(i.raterNip, e == null ? i.raterNip : e.displayName, e == null ? null : e.positionName, group));
                    }
                }
            }
            named.sort(Comparator.comparing(Suggestion::nip));
            out.add(new Pending(group, invitations.size(), pending, named));
        });
        return out;
    }

    /**
     * Per group: the invited count, and only once the round is closed what passes k; comments of anonymous groups are
     * sorted so their order says nothing.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Results results(UUID id) {
        PeerRound r = get(id);
        boolean closed = r.status == PeerRound.Status.CLOSED;
        Map<RaterGroup, List<PeerInvitation>> invited = new EnumMap<>(RaterGroup.class);
        PeerInvitation.ofRound(r.id).forEach(i -> invited.computeIfAbsent(i.group, g -> new ArrayList<>()).add(i));
        List<GroupResult> out = new ArrayList<>();
        invited.forEach((group, all) -> {
            List<PeerInvitation> answered = all.stream().filter(i -> i.answered).toList();
            int k = gate.threshold(group);
            if (!closed || !gate.shows(group, answered.size())) {
                out.add(new GroupResult(group, all.size(), false, k, null, null, null, List.of()));
                return;
            }
            List<String> comments = answered.stream().map(i -> i.comment).filter(Objects::nonNull).sorted().toList();
            String name = null;
            if (group.named()) {
                EmployeeView e = EmployeeView.findById(answered.get(0).raterNip);
                name = e == null ? answered.get(0).raterNip : e.displayName;
            }
            out.add(new GroupResult(group, all.size(), true, k, (long) answered.size(),
                    Means.of(answered.stream().map(PeerInvitation::scores).toList()), name, comments));
        });
        return new Results(r.id, r.status, out);
    }

    /** The caller's own invitations (as a rater), newest rounds first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public record Tasks(List<PeerInvitation> items, long total) {
    }

    /** The caller's own invitations, newest first; optionally of one year and answered or not. */
    public Tasks myTasks(Integer year, Boolean answered, int offset, int size) {
        StringBuilder where = new StringBuilder("from PeerInvitation i where i.raterNip = :nip");
        Map<String, Object> params = new HashMap<>();
        params.put("nip", callerNip());
        if (year != null) {
            where.append(" and i.roundId in (select r.id from PeerRound r where r.year = :year)");
            params.put("year", year);
        }
        if (answered != null) {
            where.append(" and i.answered = :answered");
            params.put("answered", answered);
        }
        var items = em.createQuery("select i " + where + " order by i.invitedAt desc, i.id", PeerInvitation.class);
        var count = em.createQuery("select count(i) " + where, Long.class);
        params.forEach((k, v) -> {
            items.setParameter(k, v);
            count.setParameter(k, v);
        });
        return new Tasks(items.setFirstResult(offset).setMaxResults(size).getResultList(), count.getSingleResult());
    }

    @Transactional
    public PeerInvitation answer(UUID invitationId, Map<BerAkhlak, Integer> scores, String comment) {
        PeerInvitation inv = PeerInvitation.findById(invitationId);
        if (inv == null || !inv.raterNip.equals(callerNip())) {
            // The same answer whether the task is someone else's or does not exist: nothing about others leaks.
            throw ProblemException.notFound("task", invitationId);
        }
        PeerRound r = round(inv.roundId);
        if (!r.acceptsAnswers(clock.today())) {
            throw ProblemException.illegalState("the round is closed or its deadline " + r.deadline + " has passed");
        }
        inv.answer(scores, comment == null || comment.isBlank() ? null : PiiMasker.mask(comment.strip()));
        inv.persist();
        // Nothing is published here: the round's answers count, and its summary goes out, when it closes.
        return inv;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PeerRound roundOf(PeerInvitation i) {
        return round(i.roundId);
    }

    /** What the ratee, their appraiser and hr-admin may see of an employee's year: the summary, never raw answers. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public FeedbackSummary summary(String nip, int year) {
        EmployeeView e = employee(nip, "nip");
        if (!caller.is(nip) && !hrOrAppraiser(e)) {
            throw ProblemException.forbidden("only the employee, their appraiser and hr-admin see this summary");
        }
        return summaries.current(nip, year);
    }

    private String callerNip() {
        return caller.nip().orElseThrow(() -> ProblemException.forbidden("your token carries no nip claim"));
    }

    private Suggestion suggestion(EmployeeView e, RaterGroup g) {
        return new Suggestion(e.nip, e.displayName, e.positionName, g);
    }

    private PeerRound round(UUID id) {
        PeerRound r = PeerRound.findById(id);
        if (r == null) {
            throw ProblemException.notFound("round", id);
        }
        return r;
    }

    private static EmployeeView employee(String nip, String field) {
        EmployeeView e = EmployeeView.findById(nip);
        if (e == null) {
            throw ProblemException.unprocessable(field + ": employee " + nip + " is not known to feedback-service");
        }
        return e;
    }

    private void requireOpen(PeerRound r) {
        if (r.status != PeerRound.Status.OPEN) {
            throw ProblemException.illegalState("round " + r.id + " is closed");
        }
    }

    boolean hrOrAppraiser(EmployeeView ratee) {
        return caller.isHrAdmin() || (ratee != null && ratee.supervisorNip != null && caller.is(ratee.supervisorNip));
    }

    private void requireHrOrAppraiser(EmployeeView ratee) {
        if (!hrOrAppraiser(ratee)) {
            throw ProblemException.forbidden("only hr-admin and the employee's appraiser manage feedback rounds");
        }
    }
}
