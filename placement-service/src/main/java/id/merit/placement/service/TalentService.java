package id.merit.placement.service;

import id.merit.placement.EmployeeView;
import id.merit.placement.PredikatRecord;
import id.merit.placement.config.PlacementConfig;
import id.merit.placement.domain.Candidate;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** latestUnderObjection: an objection reopened that predikat and is not decided yet; it counts meanwhile. */
    public record Talent(String nip, String name, UUID unitId, Integer latestYear, String latestPredikat, boolean latestUnderObjection,
                         Double potentialScore, TalentBox.Classification classification) {
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
        return talent(e, profiles.candidate(e), disputed());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Talent> pool(UUID unitId) {
        List<EmployeeView> employees = unitId == null
                ? EmployeeView.list("status", Sort.by("nip"), "ACTIVE")
                : EmployeeView.list("status = ?1 and unitId = ?2", Sort.by("nip"), "ACTIVE", unitId);
        List<Candidate> candidates = profiles.candidates(employees);
        List<Talent> out = new ArrayList<>();
        Set<PredikatRecord.Key> disputed = disputed();
        for (int i = 0; i < employees.size(); i++) {
            Talent t = talent(employees.get(i), candidates.get(i), disputed);
            if (t.classification() != null && t.classification().talentPool()) {
                out.add(t);
            }
        }
        out.sort(Comparator.comparingInt((Talent t) -> -t.classification().box()).thenComparing(Talent::nip));
        return out;
    }

    private Talent talent(EmployeeView e, Candidate c, Set<PredikatRecord.Key> disputed) {
        var latest = c.predikatByYear().entrySet().stream().max(Map.Entry.comparingByKey());
        var box = TalentBox.of(c.latestPredikat(), c.potentialScore(), config.talent().potentialMediumFrom(), config.talent().potentialHighFrom());
        boolean underObjection = latest.isPresent() && disputed.contains(new PredikatRecord.Key(e.nip, latest.get().getKey()));
        return new Talent(e.nip, e.name, e.unitId, latest.map(Map.Entry::getKey).orElse(null), latest.map(x -> x.getValue().name()).orElse(null),
                underObjection, c.potentialScore(), box.orElse(null));
    }

    /** The predikat rows an objection has reopened: few at any time, read once per request. */
    private static Set<PredikatRecord.Key> disputed() {
        Set<PredikatRecord.Key> out = new HashSet<>();
        PredikatRecord.<PredikatRecord>list("underObjection", true).forEach(r -> out.add(r.key));
        return out;
    }
}
