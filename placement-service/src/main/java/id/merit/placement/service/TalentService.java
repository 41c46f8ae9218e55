package id.merit.placement.service;

import id.merit.placement.EmployeeView;
import id.merit.placement.config.PlacementConfig;
import id.merit.placement.domain.Candidate;
import id.merit.placement.domain.PredikatYear;
import id.merit.placement.domain.TalentBox;
import id.merit.platform.problem.ProblemException;
import id.merit.platform.security.Caller;
import id.merit.platform.security.Roles;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** The 9-box of one employee (the employee sees only their own) and the talent pool (boxes 7-9). */
@ApplicationScoped
public class TalentService {
    @Inject
    Profiles profiles;
    @Inject
    PlacementConfig config;
    @Inject
    Caller caller;

    /**
     * latestUnderObjection: an objection reopened that predikat and is not decided yet; it counts meanwhile.
     * latestSource: MERIT (Merit's own final result) or REGISTRY (the national registry's, for a year before Merit); null
     * without a predikat.
     */
    public record Talent(String nip, String name, UUID unitId, Integer latestYear, String latestPredikat, boolean latestUnderObjection,
                         PredikatYear.Source latestSource, Double potentialScore, TalentBox.Classification classification) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Talent of(String nip) {
        boolean staff = caller.hasRole(Roles.HR_ADMIN) || caller.hasRole(Roles.PLACEMENT_BOARD) || caller.hasRole(Roles.AUDITOR);
        if (!staff && !caller.is(nip)) {
            throw ProblemException.forbidden("an employee sees only their own talent box");
        }
        EmployeeView e = EmployeeView.findById(nip);
        if (e == null) {
            throw ProblemException.notFound("employee", nip);
        }
        return talent(e, profiles.candidate(e));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Talent> pool(UUID unitId) {
        List<EmployeeView> employees = unitId == null
                ? EmployeeView.list("status", Sort.by("nip"), "ACTIVE")
                : EmployeeView.list("status = ?1 and unitId = ?2", Sort.by("nip"), "ACTIVE", unitId);
        List<Candidate> candidates = profiles.candidates(employees);
        List<Talent> out = new ArrayList<>();
        for (int i = 0; i < employees.size(); i++) {
            Talent t = talent(employees.get(i), candidates.get(i));
            if (t.classification() != null && t.classification().talentPool()) {
                out.add(t);
            }
        }
        out.sort(Comparator.comparingInt((Talent t) -> -t.classification().box()).thenComparing(Talent::nip));
        return out;
    }

    private Talent talent(EmployeeView e, Candidate c) {
        PredikatYear latest = c.latest();
        var box = TalentBox.of(c.latestPredikat(), c.potentialScore(), config.talent().potentialMediumFrom(), config.talent().potentialHighFrom());
        return latest == null
                ? new Talent(e.nip, e.name, e.unitId, null, null, false, null, c.potentialScore(), box.orElse(null))
                : new Talent(e.nip, e.name, e.unitId, latest.year(), latest.predikat().name(), latest.underObjection(), latest.source(),
                c.potentialScore(), box.orElse(null));
    }
}
