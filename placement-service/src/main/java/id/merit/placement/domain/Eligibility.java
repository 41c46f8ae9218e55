package id.merit.placement.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Hard requirements (DESIGN §3, issue 6): a pair that fails any rule is infeasible — never ranked, never
 * assigned. Each rule reports what was required and what the person has, so the API can say why.
 */
public final class Eligibility {
    private Eligibility() {
    }

    public enum Rule {
        STATUS_ACTIVE, NOT_CURRENT_HOLDER, MIN_EDUCATION, EDUCATION_FIELD, MIN_GOLONGAN, YEARS_IN_LEVEL_BELOW, MAX_AGE,
        PREDIKAT_RECENT_YEARS
    }

    /**
     * @param predikatUsed for PREDIKAT_RECENT_YEARS each year of the window with its source and objection mark (empty
     *                     for the other rules)
     */
    public record Check(Rule rule, boolean passed, String required, String actual, List<PredikatYear> predikatUsed) {
        Check(Rule rule, boolean passed, String required, String actual) {
            this(rule, passed, required, actual, List.of());
        }
    }

    public record Result(boolean eligible, List<Check> checks) {
        public List<Rule> failed() {
            return checks.stream().filter(c -> !c.passed()).map(Check::rule).toList();
        }
    }

    public static Result evaluate(Candidate c, VacancyProfile v) {
        Requirements r = v.requirements();
        List<Check> checks = new ArrayList<>();
        checks.add(new Check(Rule.STATUS_ACTIVE, "ACTIVE".equals(c.status()), "ACTIVE", c.status()));
        boolean holds = v.positionId().equals(c.positionId()) || v.incumbentNips().contains(c.nip());
        checks.add(new Check(Rule.NOT_CURRENT_HOLDER, !holds, "not holding position " + v.positionId(),
                holds ? "holds it" : "does not hold it"));
        EducationLevel highest = highestEducation(c).orElse(null);
        if (r.minEducation() != null) {
            checks.add(new Check(Rule.MIN_EDUCATION, highest != null && highest.atLeast(r.minEducation()),
                    r.minEducation().name(), highest == null ? "none" : highest.name()));
        }
        if (r.acceptedFields() != null && !r.acceptedFields().isEmpty()) {
            Optional<Candidate.Education> match = matchingDegree(c, r);
            checks.add(new Check(Rule.EDUCATION_FIELD, match.isPresent(), "one of " + r.acceptedFields(),
                    match.map(e -> e.level() + " " + e.field()).orElse(fields(c))));
        }
        if (r.minGolongan() != null) {
            Optional<Golongan> min = Golongan.parse(r.minGolongan());
            Optional<Golongan> has = Golongan.parse(c.golongan());
            boolean ok = min.isPresent() && has.isPresent() && has.get().atLeast(min.get());
            checks.add(new Check(Rule.MIN_GOLONGAN, ok, r.minGolongan(), c.golongan() == null ? "none" : c.golongan()));
        }
        if (r.minYearsExperience() > 0) {
            double years = yearsIn(c, r.experienceIn(), v.referenceDate());
            checks.add(new Check(Rule.YEARS_IN_LEVEL_BELOW, years >= r.minYearsExperience(),
                    r.minYearsExperience() + " years in " + r.experienceIn(), String.format(Locale.ROOT, "%.1f years", years)));
        }
        if (r.maxAge() != null) {
            Integer age = c.birthDate() == null ? null : Period.between(c.birthDate(), v.referenceDate()).getYears();
            checks.add(new Check(Rule.MAX_AGE, age != null && age <= r.maxAge(), "at most " + r.maxAge(),
                    age == null ? "unknown" : age.toString()));
        }
        if (r.minPredikat() != null && r.predikatYears() > 0) {
            // A predikat under objection still counts (it is in force until the decision); the explanation says so.
            List<PredikatYear> window = c.predikatWindow(v.referenceDate(), r.predikatYears());
            boolean ok = window.stream().allMatch(p -> p.predikat() != null && p.predikat().atLeast(r.minPredikat()));
            checks.add(new Check(Rule.PREDIKAT_RECENT_YEARS, ok,
                    "at least " + r.minPredikat() + " in each of the last " + r.predikatYears() + " years", PredikatYear.describe(window), window));
        }
        return new Result(checks.stream().allMatch(Check::passed), List.copyOf(checks));
    }

    static Optional<EducationLevel> highestEducation(Candidate c) {
        return c.education().stream().map(Candidate.Education::level).max(Enum::compareTo);
    }

    /** The highest degree whose field is accepted (case and spacing do not matter). */
    static Optional<Candidate.Education> matchingDegree(Candidate c, Requirements r) {
        if (r.acceptedFields() == null || r.acceptedFields().isEmpty()) {
            return Optional.empty();
        }
        Set<String> accepted = r.acceptedFields().stream().map(Eligibility::norm).collect(java.util.stream.Collectors.toSet());
        return c.education().stream().filter(e -> e.field() != null && accepted.contains(norm(e.field())))
                .max((a, b) -> a.level().compareTo(b.level()));
    }

    /** Years spent in positions of the given types up to the reference date, counted in whole months plus days, as tenure is. */
    public static double yearsIn(Candidate c, Set<PositionType> types, LocalDate reference) {
        long months = 0;
        long days = 0;
        for (Candidate.Tenure t : c.positionHistory()) {
            if (t.type() == null || !types.contains(t.type()) || t.tmt() == null || t.tmt().isAfter(reference)) {
                continue;
            }
            LocalDate end = t.until() == null || t.until().isAfter(reference) ? reference : t.until();
            Period p = Period.between(t.tmt(), end);
            months += p.toTotalMonths();
            days += p.getDays();
        }
        return months / 12.0 + days / 365.25;
    }

    private static String fields(Candidate c) {
        return c.education().isEmpty() ? "none" : c.education().stream().map(e -> e.level() + " " + e.field()).toList().toString();
    }

    /**
     * A field of study as compared: case, punctuation and spacing do not matter, and a leading level is not part of the
     * field — the registry names programmes with their level ("S-1 Teknik Informatika", "D-III Akuntansi", "SLTA IPA"),
     * while a position lists fields ("Teknik Informatika").
     */
    static String norm(String s) {
        String t = PUNCTUATION.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").trim().replaceAll("\\s+", " ");
        return LEVEL_PREFIX.matcher(t).replaceFirst("");
    }

    private static final java.util.regex.Pattern PUNCTUATION = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final java.util.regex.Pattern LEVEL_PREFIX = java.util.regex.Pattern.compile(
            "^(?:s ?[123]|d ?(?:iv|iii|ii|i|[1-4])|diploma ?(?:iv|iii|ii|i|[1-4])|sarjana(?: terapan)?|magister|doktor"
                    + "|slta|sltp|sma|smk|smp|sd)(?: |$)");
}
