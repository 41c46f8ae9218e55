package id.merit.placement.service;

import id.merit.placement.EmployeeView;
import id.merit.placement.PositionView;
import id.merit.placement.TrainingRecord;
import id.merit.placement.UnitView;
import id.merit.placement.config.PlacementConfig;
import id.merit.placement.domain.Candidate;
import id.merit.placement.domain.CompetencyGaps;
import id.merit.placement.domain.DevelopmentPlanner;
import id.merit.placement.domain.Labels;
import id.merit.placement.domain.TrainingHours;
import id.merit.platform.problem.ProblemException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What BKPSDM needs to budget the year's training: per unit and over the whole scope, how many active employees
 * must raise which competency by how many levels (against their current position's standard), and who is below
 * the yearly minimum JP.
 */
@ApplicationScoped
public class TrainingNeedsService {
    @Inject
    Profiles profiles;
    @Inject
    PlacementConfig config;
    @Inject
    DevelopmentService development;

    /** people: how many need this competency raised by exactly gap levels; suggestedJp = people × JP for that gap. */
    public record Need(String competency, String competencyName, int gap, int people, long suggestedJp) {
    }

    public record UnitNeeds(UUID unitId, String unitCode, String unitName, int people, int peopleWithGaps, int belowMinimumJp, List<Need> needs) {
    }

    /** total: over every unit in scope (the whole city when no unit is given). */
    public record TrainingNeeds(int year, UUID unitId, boolean includeSubUnits, int people, int peopleWithGaps, int belowMinimumJp,
                                List<UnitNeeds> units, List<Need> total) {
    }

    public record BelowMinimum(String nip, String name, UUID unitId, int completedJp, int minimumJp, int shortfallJp) {
    }

    /** The units in scope: null for all, else the unit and, when asked, everything under it (404 for an unknown unit). */
    Set<UUID> scope(UUID unitId, boolean includeSubUnits) {
        if (unitId == null) {
            return null;
        }
        if (UnitView.findById(unitId) == null) {
            throw ProblemException.notFound("unit", unitId);
        }
        Set<UUID> out = new HashSet<>();
        out.add(unitId);
        if (includeSubUnits) {
            Map<UUID, List<UUID>> children = new HashMap<>();
            for (UnitView u : UnitView.<UnitView>listAll()) {
                if (u.parentId != null) {
                    children.computeIfAbsent(u.parentId, k -> new ArrayList<>()).add(u.id);
                }
            }
            Deque<UUID> todo = new ArrayDeque<>(List.of(unitId));
            while (!todo.isEmpty()) {
                for (UUID c : children.getOrDefault(todo.pop(), List.of())) {
                    if (out.add(c)) {
                        todo.push(c);
                    }
                }
            }
        }
        return out;
    }

    private static List<EmployeeView> active(Set<UUID> units) {
        return units == null ? EmployeeView.list("status", Sort.by("nip"), "ACTIVE")
                : EmployeeView.list("status = ?1 and unitId in ?2", Sort.by("nip"), "ACTIVE", units);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TrainingNeeds needs(int year, UUID unitId, boolean includeSubUnits) {
        PlanService.checkYear(year);
        Set<UUID> units = scope(unitId, includeSubUnits);
        List<EmployeeView> employees = active(units);
        List<Candidate> candidates = profiles.candidatesWithoutPredikat(employees);
        Map<UUID, List<Profiles.StandardEntry>> standards = new HashMap<>();
        Set<UUID> positionIds = new HashSet<>();
        employees.forEach(e -> {
            if (e.positionId != null) {
                positionIds.add(e.positionId);
            }
        });
        if (!positionIds.isEmpty()) {
            PositionView.<PositionView>list("id in ?1", positionIds).forEach(p -> standards.put(p.id, profiles.standard(p)));
        }
        Set<String> below = new HashSet<>();
        belowMinimum(year, employees).forEach(b -> below.add(b.nip()));
        DevelopmentPlanner.Settings settings = development.settings();
        Map<UUID, Tally> perUnit = new TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));
        Tally total = new Tally();
        for (int i = 0; i < employees.size(); i++) {
            EmployeeView e = employees.get(i);
            List<Profiles.StandardEntry> standard = e.positionId == null ? List.of() : standards.getOrDefault(e.positionId, List.of());
            List<CompetencyGaps.Gap> gaps = CompetencyGaps.of(Profiles.requirements(standard), candidates.get(i).competencies());
            Tally t = perUnit.computeIfAbsent(e.unitId, k -> new Tally());
            boolean isBelow = below.contains(e.nip);
            for (Tally x : List.of(t, total)) {
                x.add(gaps, standard, isBelow);
            }
        }
        Map<UUID, UnitView> names = new HashMap<>();
        if (!perUnit.isEmpty()) {
            UnitView.<UnitView>list("id in ?1", perUnit.keySet().stream().filter(java.util.Objects::nonNull).toList()).forEach(u -> names.put(u.id, u));
        }
        List<UnitNeeds> out = new ArrayList<>();
        perUnit.forEach((id, t) -> {
            UnitView u = id == null ? null : names.get(id);
            out.add(new UnitNeeds(id, u == null ? null : u.code, u == null ? null : u.name, t.people, t.withGaps, t.below, t.needs(settings)));
        });
        out.sort(Comparator.comparing((UnitNeeds u) -> u.unitCode() == null ? "" : u.unitCode()).thenComparing(u -> String.valueOf(u.unitId())));
        return new TrainingNeeds(year, unitId, includeSubUnits, total.people, total.withGaps, total.below, out, total.needs(settings));
    }

    /** Counts per (competency, gap) for one group of people. */
    private static final class Tally {
        int people;
        int withGaps;
        int below;
        final Map<String, Map<Integer, Integer>> counts = new TreeMap<>();
        final Map<String, String> names = new HashMap<>();

        void add(List<CompetencyGaps.Gap> gaps, List<Profiles.StandardEntry> standard, boolean belowMinimum) {
            people++;
            below += belowMinimum ? 1 : 0;
            boolean any = false;
            for (int i = 0; i < gaps.size(); i++) {
                CompetencyGaps.Gap g = gaps.get(i);
                if (g.gap() > 0) {
                    any = true;
                    counts.computeIfAbsent(g.code(), k -> new TreeMap<>()).merge(g.gap(), 1, Integer::sum);
                    names.putIfAbsent(g.code(), Labels.competency(g.code(), standard.get(i).name()));
                }
            }
            withGaps += any ? 1 : 0;
        }

        List<Need> needs(DevelopmentPlanner.Settings s) {
            List<Need> out = new ArrayList<>();
            counts.forEach((code, byGap) -> byGap.forEach((gap, n) ->
                    out.add(new Need(code, names.get(code), gap, n, (long) n * DevelopmentPlanner.jpFor(gap, s)))));
            return out;
        }
    }

    /** The documented CSV header; one row per unit and (competency, gap), then the TOTAL rows. */
    public static final String CSV_HEADER = "scope,unit_id,unit_code,unit_name,competency,competency_name,gap,people,suggested_jp";

    public static String csv(TrainingNeeds t) {
        StringBuilder b = new StringBuilder(CSV_HEADER).append("\r\n");
        for (UnitNeeds u : t.units()) {
            for (Need n : u.needs()) {
                row(b, "UNIT", u.unitId() == null ? "" : u.unitId().toString(), u.unitCode(), u.unitName(), n);
            }
        }
        for (Need n : t.total()) {
            row(b, "TOTAL", "", "", "", n);
        }
        return b.toString();
    }

    private static void row(StringBuilder b, String scope, String id, String code, String name, Need n) {
        b.append(scope).append(',').append(id).append(',').append(field(code)).append(',').append(field(name)).append(',')
                .append(field(n.competency())).append(',').append(field(n.competencyName())).append(',').append(n.gap()).append(',')
                .append(n.people()).append(',').append(n.suggestedJp()).append("\r\n");
    }

    /** RFC 4180 quoting; a leading = + - @ is prefixed with ' so a spreadsheet does not run it as a formula. */
    static String field(String s) {
        if (s == null) {
            return "";
        }
        String v = !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    /**
     * Active employees in scope under the minimum JP, fewest first, then by NIP. Summed in one aggregate and joined
     * here: joined in SQL, PostgreSQL chose a quadratic plan whenever its statistics lagged behind an import
     * (27.9 s for 10 000 employees).
     */
    private List<BelowMinimum> belowMinimum(int year, List<EmployeeView> active) {
        int min = config.development().minJpPerYear();
        Map<String, Integer> jp = TrainingRecord.jpByNip(year, null);
        List<BelowMinimum> out = new ArrayList<>();
        for (EmployeeView e : active) {
            int done = jp.getOrDefault(e.nip, 0);
            if (done < min) {
                out.add(new BelowMinimum(e.nip, e.name, e.unitId, done, min, TrainingHours.shortfall(done, min)));
            }
        }
        out.sort(Comparator.comparingInt(BelowMinimum::completedJp).thenComparing(BelowMinimum::nip));
        return out;
    }

    public record BelowPage(List<BelowMinimum> items, long total) {
    }

    /** Active employees whose completed JP this year is under the minimum, fewest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public BelowPage belowMinimum(int year, UUID unitId, boolean includeSubUnits, int offset, int size) {
        PlanService.checkYear(year);
        List<BelowMinimum> all = belowMinimum(year, active(scope(unitId, includeSubUnits)));
        int from = Math.min(offset, all.size());
        return new BelowPage(all.subList(from, Math.min(from + size, all.size())), all.size());
    }
}
