package id.merit.placement.service;

import id.merit.placement.PlacementRun;
import id.merit.placement.Proposal;
import id.merit.placement.Vacancy;
import id.merit.placement.events.PlacementApproved;
import id.merit.platform.outbox.Outbox;
import id.merit.platform.problem.ProblemException;
import id.merit.platform.rest.Versions;
import id.merit.platform.security.Caller;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Proposals from a ranking or a run, and the board's decisions. Approval fills the seat and writes
 * placement.approved to the outbox in the same transaction; a person or seat already taken is a 409.
 */
@ApplicationScoped
public class ProposalService {
    @Inject
    RankingService ranking;
    @Inject
    RunService runs;
    @Inject
    VacancyService vacancies;
    @Inject
    Profiles profiles;
    @Inject
    Outbox outbox;
    @Inject
    Caller caller;

    public enum Decision { APPROVE, REJECT }

    @Transactional
    public Proposal propose(UUID vacancyId, String nip, UUID runId) {
        Vacancy v = vacancies.get(vacancyId);
        if (v.state != Vacancy.State.OPEN && v.state != Vacancy.State.PROPOSED) {
            throw ProblemException.illegalState("a " + v.state + " vacancy takes no proposals");
        }
        if (runId != null) {
            PlacementRun run = runs.get(runId);
            boolean inRun = runs.result(run).assignments().stream().anyMatch(a -> a.vacancyId().equals(vacancyId) && a.nip().equals(nip));
            if (!inRun) {
                throw ProblemException.unprocessable("run " + runId + " did not assign " + nip + " to vacancy " + vacancyId);
            }
        }
        if (Proposal.count("vacancyId = ?1 and nip = ?2 and state = ?3", vacancyId, nip, Proposal.State.PROPOSED) > 0) {
            throw ProblemException.conflict(nip + " is already proposed for vacancy " + vacancyId);
        }
        RankingService.PairCheck check = ranking.check(vacancyId, nip);
        if (!check.eligibility().eligible()) {
            throw ProblemException.unprocessable(nip + " is not eligible for vacancy " + vacancyId + "; failed rules: "
                    + check.eligibility().failed().stream().map(Enum::name).collect(Collectors.joining(", ")));
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Proposal p = new Proposal();
        p.id = UUID.randomUUID();
        p.vacancyId = vacancyId;
        p.nip = nip;
        p.positionId = v.positionId;
        p.unitId = v.unitId;
        p.tmt = v.tmt;
        p.source = runId == null ? Proposal.Source.RANKING : Proposal.Source.RUN;
        p.runId = runId;
        p.score = check.score().total();
        p.breakdown = profiles.write(check.score());
        p.state = Proposal.State.PROPOSED;
        p.touch(caller.id(), now);
        p.persist();
        if (v.state == Vacancy.State.OPEN) {
            v.state = Vacancy.State.PROPOSED;
            v.touch(caller.id(), now);
        }
        return p;
    }

    @Transactional
    public Proposal decide(UUID id, String ifMatch, Decision decision, String reason, String decisionRef) {
        Proposal p = get(id);
        Versions.check(ifMatch, p.version);
        if (p.state != Proposal.State.PROPOSED) {
            throw ProblemException.illegalState("proposal " + id + " is already " + p.state);
        }
        Vacancy v = vacancies.get(p.vacancyId);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        p.decisionReason = reason;
        p.decidedBy = caller.id();
        p.decidedAt = now;
        p.touch(caller.id(), now);
        if (decision == Decision.REJECT) {
            p.state = Proposal.State.REJECTED;
            boolean othersPending = Proposal.count("vacancyId = ?1 and state = ?2 and id <> ?3", p.vacancyId, Proposal.State.PROPOSED, p.id) > 0;
            if (v.state == Vacancy.State.PROPOSED && !othersPending) {
                v.state = Vacancy.State.OPEN;
                v.touch(caller.id(), now);
            }
            p.persistAndFlush();
            return p;
        }
        if (decisionRef == null || decisionRef.isBlank()) {
            throw ProblemException.invalid("body.decisionRef", "an approval needs the decision reference (e.g. the SK number)");
        }
        if (v.state != Vacancy.State.PROPOSED) {
            throw ProblemException.conflict("vacancy " + v.id + " is " + v.state + "; its seat cannot be given");
        }
        if (Proposal.count("nip = ?1 and state = ?2 and id <> ?3", p.nip, Proposal.State.APPROVED, p.id) > 0) {
            throw ProblemException.conflict(p.nip + " already has an approved placement that employee-service has not applied yet");
        }
        p.state = Proposal.State.APPROVED;
        p.decisionRef = decisionRef;
        v.state = Vacancy.State.FILLED;
        v.touch(caller.id(), now);
        try {
            p.flush();
        } catch (PersistenceException e) {
            // Two approvals racing past the checks above: the partial unique indexes let only one commit.
            throw ProblemException.conflict("the person or the seat was taken by a concurrent approval");
        }
        outbox.publish(PlacementApproved.TOPIC, p.nip, PlacementApproved.TYPE, p.id.toString(), PlacementApproved.of(p));
        return p;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Proposal get(UUID id) {
        Proposal p = Proposal.findById(id);
        if (p == null) {
            throw ProblemException.notFound("proposal", id);
        }
        return p;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Proposal> list(UUID vacancyId, Proposal.State state, int offset, int size) {
        return Proposal.find(filter(vacancyId, state), Sort.by("createdAt").and("id"), params(vacancyId, state)).range(offset, offset + size - 1).list();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(UUID vacancyId, Proposal.State state) {
        return Proposal.count(filter(vacancyId, state), params(vacancyId, state));
    }

    private static String filter(UUID vacancyId, Proposal.State state) {
        return "1 = 1" + (vacancyId == null ? "" : " and vacancyId = :vacancy") + (state == null ? "" : " and state = :state");
    }

    private static Parameters params(UUID vacancyId, Proposal.State state) {
        Parameters p = new Parameters();
        if (vacancyId != null) {
            p.and("vacancy", vacancyId);
        }
        if (state != null) {
            p.and("state", state);
        }
        return p;
    }
}
