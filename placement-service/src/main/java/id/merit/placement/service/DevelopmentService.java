package id.merit.placement.service;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.merit.placement.EmployeeView;
import id.merit.placement.PositionView;
import id.merit.placement.PredikatRecord;
import id.merit.placement.Vacancy;
import id.merit.placement.config.PlacementConfig;
import id.merit.placement.domain.Candidate;
import id.merit.placement.domain.CompetencyGaps;
import id.merit.placement.domain.DevelopmentPlanner;
import id.merit.placement.domain.Eligibility;
import id.merit.placement.domain.JobPersonMatch;
import id.merit.placement.domain.Labels;
import id.merit.placement.domain.Predikat;
import id.merit.placement.domain.PredikatYear;
import id.merit.placement.domain.TalentBox;
import id.merit.placement.domain.VacancyProfile;
import id.merit.platform.events.EmployeeStatuses;
import id.merit.platform.problem.ProblemException;
import id.merit.platform.security.Caller;
import id.merit.platform.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Competency gaps, JPM before/after closing them, positions that closing them would open, and the inputs of a
 * development plan's recommendations. Who may see a person's development data: hr-admin and auditor (all), the
 * person, and their supervisor (employee-service's supervisorNip); everyone else gets 403.
 */
@ApplicationScoped
public class DevelopmentService {
    @Inject
    Profiles profiles;
    @Inject
    PlacementConfig config;
    @Inject
    Caller caller;
    @Inject
    ObjectMapper mapper;

    public record Jpm(double percent, JobPersonMatch.SelectionBand selection, String selectionLabel, JobPersonMatch.MappingBand mapping,
                      String mappingLabel) {
        static Jpm of(JobPersonMatch.Result r) {
            // One decimal, as the bands are read by people; the band is decided on the exact value.
            return new Jpm(Math.round(r.percent() * 10) / 10.0, r.selection(), Labels.selection(r.selection()), r.mapping(), Labels.mapping(r.mapping()));
        }
    }

    /** simulatedLevel: the level after the requested close (null when no close was asked). */
    public record CompetencyGap(String code, String name, int required, int attained, int gap, Integer simulatedLevel) {
    }

    public record StandardGaps(UUID positionId, String positionName, String positionType, List<CompetencyGap> competencies, int totalGap,
                               Jpm jpmBefore, Jpm jpmAfterClosingAll, Jpm jpmAfterClose) {
    }

    public record GapReport(String nip, String name, StandardGaps current, StandardGaps target, Map<String, Integer> close) {
    }

    public record CompetencyChange(String code, String name, int required, int from, int to) {
    }

    public record Reachable(UUID positionId, String positionCode, String positionName, String positionType, UUID unitId, int totalGap,
                            Jpm jpmNow, Jpm jpmAfter, String rule, List<CompetencyChange> changes, String explanation) {
    }

    /** What a person is, as the development rules read it. */
    record Person(EmployeeView view, Candidate candidate) {
    }

    public enum Access { READ, SUPERVISE }

    /** Loads a person the caller may see (or supervise); 403 before 404 so that existence does not leak to others. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public EmployeeView authorized(String nip, Access access) {
        boolean admin = caller.hasRole(Roles.HR_ADMIN);
        boolean staffReader = admin || caller.hasRole(Roles.AUDITOR);
        EmployeeView e = EmployeeView.findById(nip);
        boolean supervisor = e != null && caller.nip().isPresent() && caller.nip().get().equals(e.supervisorNip);
        boolean allowed = access == Access.SUPERVISE ? admin || supervisor : staffReader || supervisor || caller.is(nip);
        if (!allowed) {
            throw ProblemException.forbidden(access == Access.SUPERVISE
                    ? "only the employee's supervisor or hr-admin may change a development plan"
                    : "development data is visible to the employee, their supervisor, hr-admin and auditors only");
        }
        if (e == null) {
            throw ProblemException.notFound("employee", nip);
        }
        if (access == Access.SUPERVISE && !EmployeeStatuses.inService(e.status)) {
            // Retired, dismissed, deceased or suspended: their plans stay readable as history, nothing is planned any more.
            throw ProblemException.illegalState(nip + " is no longer in active service (" + e.status
                    + "): their development plans can be read, not changed");
        }
        return e;
    }

    public int currentYear() {
        return LocalDate.now(ZoneId.of(config.development().zone())).getYear();
    }

    /** The year a read asked for, or the current one when it named none (as appraisal's and feedback's reads). */
    public int yearOr(Integer year) {
        return year != null ? year : currentYear();
    }

    public static Map<String, Integer> parseClose(String close) {
        try {
            return CompetencyGaps.parseClose(close);
        } catch (IllegalArgumentException ex) {
            throw ProblemException.invalid("query.close", ex.getMessage());
        }
    }

    Person person(EmployeeView e) {
        return new Person(e, profiles.candidate(e));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public GapReport gaps(String nip, UUID targetPositionId, String closeSpec) {
        Map<String, Integer> close = parseClose(closeSpec);
        EmployeeView e = authorized(nip, Access.READ);
        PositionView target = null;
        if (targetPositionId != null) {
            target = PositionView.findById(targetPositionId);
            if (target == null) {
                throw ProblemException.notFound("position", targetPositionId);
            }
        }
        Person p = person(e);
        return new GapReport(nip, e.name, gapsAgainst(p, currentPosition(e), close), target == null ? null : gapsAgainst(p, target, close), close);
    }

    static PositionView currentPosition(EmployeeView e) {
        return e.positionId == null ? null : PositionView.findById(e.positionId);
    }

    /** Null when the position is unknown here. */
    StandardGaps gapsAgainst(Person p, PositionView position, Map<String, Integer> close) {
        if (position == null) {
            return null;
        }
        List<Profiles.StandardEntry> standard = profiles.standard(position);
        List<JobPersonMatch.Requirement> reqs = Profiles.requirements(standard);
        Map<String, Integer> attained = p.candidate().competencies();
        List<CompetencyGaps.Gap> gaps = CompetencyGaps.of(reqs, attained);
        Map<String, Integer> simulated = CompetencyGaps.raised(attained, close);
        List<CompetencyGap> out = new ArrayList<>();
        for (int i = 0; i < gaps.size(); i++) {
            CompetencyGaps.Gap g = gaps.get(i);
            out.add(new CompetencyGap(g.code(), Labels.competency(g.code(), standard.get(i).name()), g.required(), g.attained(), g.gap(),
                    close.isEmpty() ? null : simulated.getOrDefault(g.code(), 0)));
        }
        Jpm after = Jpm.of(JobPersonMatch.of(reqs, CompetencyGaps.raised(attained, CompetencyGaps.closingAll(reqs, attained))));
        return new StandardGaps(position.id, position.name, position.type, out, CompetencyGaps.total(gaps), Jpm.of(JobPersonMatch.of(reqs, attained)),
                after, close.isEmpty() ? null : Jpm.of(JobPersonMatch.of(reqs, simulated)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Reachable> reachable(String nip, String closeSpec, int limit) {
        Map<String, Integer> close = parseClose(closeSpec);
        EmployeeView e = authorized(nip, Access.READ);
        return reachable(person(e), close.isEmpty() ? null : close, Integer.MAX_VALUE, limit);
    }

    /**
     * Positions the person does not qualify for now but would after closing gaps: every hard eligibility rule
     * passes (those do not depend on competencies, so a failing one keeps the position out) and the JPM is below
     * the qualifying selection band now and within it after. close null = close every gap of each position.
     */
    List<Reachable> reachable(Person p, Map<String, Integer> close, int maxTotalGap, int limit) {
        JobPersonMatch.SelectionBand band = config.development().qualifyingBand();
        Map<String, Integer> attained = p.candidate().competencies();
        Vacancy hypothetical = new Vacancy();
        hypothetical.tmt = LocalDate.now(ZoneId.of(config.development().zone()));
        List<Reachable> out = new ArrayList<>();
        for (PositionView position : PositionView.<PositionView>listAll()) {
            if (position.id.equals(p.view().positionId)) {
                continue;
            }
            hypothetical.positionId = position.id;
            VacancyProfile profile = profiles.vacancy(hypothetical, position);
            List<JobPersonMatch.Requirement> reqs = profile.competencyStandard();
            JobPersonMatch.Result now = JobPersonMatch.of(reqs, attained);
            int totalGap = CompetencyGaps.total(CompetencyGaps.of(reqs, attained));
            if (qualifies(now, band) || totalGap > maxTotalGap || !Eligibility.evaluate(p.candidate(), profile).eligible()) {
                continue;
            }
            Map<String, Integer> closing = close != null ? close : CompetencyGaps.closingAll(reqs, attained);
            Map<String, Integer> raised = CompetencyGaps.raised(attained, closing);
            JobPersonMatch.Result after = JobPersonMatch.of(reqs, raised);
            if (!qualifies(after, band)) {
                continue;
            }
            List<Profiles.StandardEntry> standard = profiles.standard(position);
            List<CompetencyChange> changes = new ArrayList<>();
            for (Profiles.StandardEntry s : standard) {
                int from = attained.getOrDefault(s.code(), 0);
                int to = raised.getOrDefault(s.code(), 0);
                if (to > from && from < s.requiredLevel()) {
                    changes.add(new CompetencyChange(s.code(), Labels.competency(s.code(), s.name()), s.requiredLevel(), from, to));
                }
            }
            Jpm jn = Jpm.of(now);
            Jpm ja = Jpm.of(after);
            String explanation = String.format(Locale.ROOT, "Syarat jabatan lain terpenuhi; JPM naik dari %.1f %% (%s) menjadi %.1f %% (%s) bila %s.",
                    jn.percent(), jn.selectionLabel(), ja.percent(), ja.selectionLabel(), changes.stream()
                            .map(c -> c.name() + " naik dari level " + c.from() + " ke " + c.to()).reduce((a, b) -> a + ", " + b).orElse("-"));
            out.add(new Reachable(position.id, position.code, position.name, position.type, position.unitId, totalGap, jn, ja,
                    "JPM_SELECTION_BAND", changes, explanation));
        }
        out.sort(Comparator.comparingInt(Reachable::totalGap).thenComparing(r -> -r.jpmAfter().percent()).thenComparing(Reachable::positionCode));
        return out.subList(0, Math.min(limit, out.size()));
    }

    private static boolean qualifies(JobPersonMatch.Result r, JobPersonMatch.SelectionBand band) {
        return r.selection().ordinal() <= band.ordinal();
    }

    /** Positions the person is close to qualifying for ("my development"): small total gap, hard rules met. */
    List<Reachable> closePositions(Person p) {
        return reachable(p, null, config.development().closeMaxTotalGap(), config.development().closePositionsLimit());
    }

    public DevelopmentPlanner.Settings settings() {
        PlacementConfig.Development d = config.development();
        return new DevelopmentPlanner.Settings(d.jpPerGapLevel(), d.activityPerGapLevel(), d.coachingJp(), d.counsellingJp(), d.rotationJp(),
                d.developmentJp(), d.behaviourActivity(), d.behaviourJp());
    }

    TalentBox.Classification talentBox(Candidate c) {
        return TalentBox.of(c.latestPredikat(), c.potentialScore(), config.talent().potentialMediumFrom(), config.talent().potentialHighFrom())
                .orElse(null);
    }

    /** The current recommendations for a plan year, from the projections as they stand. */
    List<DevelopmentPlanner.Recommendation> recommendations(Person p, int year, UUID targetPositionId) {
        List<DevelopmentPlanner.GapInput> gaps = new ArrayList<>();
        addGapInputs(gaps, p, currentPosition(p.view()));
        if (targetPositionId != null) {
            addGapInputs(gaps, p, PositionView.findById(targetPositionId));
        }
        return DevelopmentPlanner.recommend(gaps, talentBox(p.candidate()), latestAppraisal(p.view().nip, year), settings());
    }

    private void addGapInputs(List<DevelopmentPlanner.GapInput> gaps, Person p, PositionView position) {
        if (position == null) {
            return;
        }
        for (Profiles.StandardEntry s : profiles.standard(position)) {
            gaps.add(new DevelopmentPlanner.GapInput(s.code(), s.name(), s.requiredLevel(), p.candidate().competencies().getOrDefault(s.code(), 0),
                    position.name));
        }
    }

    /** The latest appraisal with BerAKHLAK ratings not after the plan year. */
    DevelopmentPlanner.Appraisal latestAppraisal(String nip, int year) {
        PredikatRecord r = PredikatRecord.find("key.nip = ?1 and key.year <= ?2 and berakhlak is not null order by key.year desc", nip, year)
                .firstResult();
        if (r == null) {
            return null;
        }
        try {
            return new DevelopmentPlanner.Appraisal(r.key.year, mapper.readValue(r.berakhlak, new TypeReference<Map<String, String>>() {
            }));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** source: MERIT (Merit's own result) or REGISTRY (the national registry's); underObjection: reopened, still in force. */
    public record PredikatEntry(int year, Predikat predikat, String predikatLabel, PredikatYear.Source source, boolean underObjection) {
    }

    List<PredikatEntry> predikatHistory(Candidate c) {
        return c.predikatByYear().values().stream().sorted(Comparator.comparingInt(PredikatYear::year).reversed())
                .map(x -> new PredikatEntry(x.year(), x.predikat(), Labels.predikat(x.predikat()), x.source(), x.underObjection())).toList();
    }
}
