package id.merit.appraisal.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.merit.appraisal.EmployeeView;
import id.merit.appraisal.Skp;
import id.merit.appraisal.UnitPeriod;
import id.merit.appraisal.UnitView;
import id.merit.appraisal.domain.DistributionCurve;
import id.merit.appraisal.domain.Predikat;
import id.merit.appraisal.domain.Rating;
import id.merit.appraisal.domain.SkpState;
import id.merit.appraisal.domain.UnitResult;
import id.merit.platform.events.EmployeeStatuses;
import id.merit.platform.problem.ProblemException;
import id.merit.platform.security.Caller;
import id.merit.platform.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** A unit's result per period, its predikat distribution against the curve, finalisation and progress. */
@ApplicationScoped
public class UnitAppraisalService {
    @Inject
    Caller caller;
    @Inject
    SkpService skps;
    @Inject
    PeriodService periods;
    @Inject
    ObjectMapper mapper;

    public record Distribution(UUID unitId, int year, UnitResult result, int total, Map<Predikat, Integer> counts,
                               Map<Predikat, Double> percentages, List<DistributionCurve.Violation> violations,
                               UnitPeriod unitPeriod, Head head) {
    }

    /**
     * Whoever holds the unit's head position, with their SKP of the year in this unit: once its Hasil Kerja is rated,
     * {@code consistentResults} are the unit results it allows (DESIGN §3); empty before.
     */
    public record Head(String nip, String displayName, SkpState skpState, Rating hasilKerja, Set<UnitResult> consistentResults,
                       String leaderNip) {
    }

    public record Finalization(UUID unitId, int year, int finalized, List<DistributionCurve.Violation> violations,
                               String overrideReason) {
    }

    @Transactional
    public UnitPeriod recordResult(UUID unitId, int year, UnitResult result) {
        requirePeriod(year);
        Head head = head(unitId, year);
        requireHrAdminOrLeader(head, "the unit's result is recorded by hr-admin or the leader one level up");
        UnitPeriod u = unitPeriod(unitId, year);
        if (u.finalizedAt != null && u.result != result) {
            // The finalised ratings were checked against this result (and any override accepted its violations).
            throw ProblemException.conflict("the unit's ratings for " + year + " were finalised against a unit result of " + u.result
                    + " on " + u.finalizedAt.toLocalDate() + "; it can no longer change");
        }
        if (u.finalizedAt != null) {
            return u;
        }
        if (head != null && head.hasilKerja() != null && !head.consistentResults().contains(result)) {
            throw ProblemException.unprocessable("body.result", headMismatch(head, year, result));
        }
        u.result = result;
        u.resultSetAt = SkpService.now();
        u.resultSetBy = caller.id();
        u.persist();
        return u;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Distribution distribution(UUID unitId, int year) {
        requirePeriod(year);
        Map<Predikat, Integer> counts = new EnumMap<>(Predikat.class);
        for (Predikat p : Predikat.values()) {
            counts.put(p, 0);
        }
        List<Skp> rated = Skp.list("unitId = ?1 and year = ?2 and state in ?3", unitId, year,
                List.of(SkpState.RATED, SkpState.FINAL, SkpState.REOPENED));
        rated.forEach(s -> counts.merge(s.predikat, 1, Integer::sum));
        int total = rated.size();
        Map<Predikat, Double> percentages = new EnumMap<>(Predikat.class);
        counts.forEach((p, c) -> percentages.put(p, total == 0 ? 0.0 : Math.round(c * 1000.0 / total) / 10.0));
        UnitPeriod up = UnitPeriod.find(unitId, year).orElse(null);
        UnitResult result = up == null ? null : up.result;
        List<DistributionCurve.Violation> violations = result == null ? List.of() : DistributionCurve.check(result, counts);
        return new Distribution(unitId, year, result, total, counts, percentages, violations, up, head(unitId, year));
    }

    /** The distribution for hr-admin, auditors, and the leader one level up who records the unit's result from it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Distribution readDistribution(UUID unitId, int year) {
        requireUnitReader(unitId, year, "a unit's distribution");
        return distribution(unitId, year);
    }

    /** A unit's figures of a year are read by hr-admin, auditors and the leader one level up (who records its result). */
    private void requireUnitReader(UUID unitId, int year, String what) {
        if (!caller.isHrAdmin() && !caller.hasRole(Roles.AUDITOR)) {
            requirePeriod(year);
            requireHrAdminOrLeader(head(unitId, year), what + " is read by hr-admin, auditors or the leader one level up");
        }
    }

    private void requireHrAdminOrLeader(Head head, String rule) {
        if (!caller.isHrAdmin() && (head == null || head.leaderNip() == null || !caller.is(head.leaderNip()))) {
            throw ProblemException.forbidden(rule + (head == null || head.leaderNip() == null ? "" : " (" + head.leaderNip() + ")"));
        }
    }

    /** The unit's head this year, or null when the unit names no head position or nobody in service holds it. */
    Head head(UUID unitId, int year) {
        UnitView unit = UnitView.findById(unitId);
        if (unit == null || unit.headPositionId == null) {
            return null;
        }
        EmployeeView holder = EmployeeView.<EmployeeView>find("positionId = ?1 and status in ?2 order by nip", unit.headPositionId,
                EmployeeStatuses.IN_SERVICE).firstResult();
        if (holder == null) {
            return null;
        }
        // Their SKP counts only if it was the head's SKP of this unit (a head who came mid-year from elsewhere has none here).
        Skp skp = Skp.forEmployee(holder.nip, year).filter(s -> unitId.equals(s.unitId)).orElse(null);
        Rating hasil = skp != null && skp.state.hasPredikat() ? skp.hasilKerja : null;
        // The leader one level up, who sets the unit's result: whoever appraises the head, else the head's supervisor.
        String leader = skp != null ? skp.appraiserNip : holder.supervisorNip;
        return new Head(holder.nip, holder.displayName, skp == null ? null : skp.state, hasil,
                hasil == null ? Set.of() : UnitResult.forHeadRating(hasil), leader);
    }

    private static String headMismatch(Head head, int year, UnitResult result) {
        return "the unit's head " + head.displayName() + " (" + head.nip() + ") was rated " + head.hasilKerja() + " in " + year
                + ", and the head's Hasil Kerja is the unit's result: " + result + " is not one of " + head.consistentResults();
    }

    /**
     * Finalises every RATED SKP of the unit. A distribution that breaks the curve needs an explicit override
     * reason, which is stored with the violations it accepted.
     */
    @Transactional
    public Finalization finalizeUnit(UUID unitId, int year, String overrideReason) {
        Distribution d = distribution(unitId, year);
        if (d.result() == null) {
            throw ProblemException.illegalState("record the unit's own result for " + year + " before finalising its ratings");
        }
        // The head may have been rated (or re-rated) after the result was recorded.
        if (d.head() != null && d.head().hasilKerja() != null && !d.head().consistentResults().contains(d.result())) {
            throw ProblemException.conflict(headMismatch(d.head(), year, d.result()) + "; record the unit's result again before finalising");
        }
        boolean override = overrideReason != null && !overrideReason.isBlank();
        if (!d.violations().isEmpty() && !override) {
            throw ProblemException.conflict("the distribution breaks the curve for a unit result of " + d.result() + ": "
                    + String.join("; ", d.violations().stream().map(v -> v.text() + " (" + v.count() + " of " + v.total() + ")").toList())
                    + "; finalise with an overrideReason to accept it");
        }
        List<Skp> rated = Skp.list("unitId = ?1 and year = ?2 and state = ?3 order by nip", unitId, year, SkpState.RATED);
        String note = d.violations().isEmpty() ? "unit finalised" : "unit finalised with override: " + overrideReason;
        rated.forEach(s -> skps.finalizeRated(s, note));
        UnitPeriod u = unitPeriod(unitId, year);
        u.finalizedAt = SkpService.now();
        u.finalizedBy = caller.id();
        u.overrideReason = d.violations().isEmpty() ? null : overrideReason;
        u.violations = d.violations().isEmpty() ? null : Json.write(mapper, d.violations());
        u.persist();
        return new Finalization(unitId, year, rated.size(), d.violations(), u.overrideReason);
    }

    /** How many SKPs of the unit are in each state; for the unit's readers, as its distribution. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<SkpState, Long> readProgress(UUID unitId, int year) {
        requireUnitReader(unitId, year, "a unit's progress");
        requirePeriod(year);
        Map<SkpState, Long> counts = new EnumMap<>(SkpState.class);
        for (SkpState s : SkpState.values()) {
            counts.put(s, Skp.count("unitId = ?1 and year = ?2 and state = ?3", unitId, year, s));
        }
        return counts;
    }

    private static UnitPeriod unitPeriod(UUID unitId, int year) {
        return UnitPeriod.find(unitId, year).orElseGet(() -> {
            UnitPeriod n = new UnitPeriod();
            n.id = UUID.randomUUID();
            n.unitId = unitId;
            n.year = year;
            return n;
        });
    }

    private void requirePeriod(int year) {
        periods.get(year);
    }

}
