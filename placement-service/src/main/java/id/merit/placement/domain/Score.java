package id.merit.placement.domain;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The score of an eligible pair (DESIGN §3): each component is a value 0-100, weighted by the normalised
 * weights of the position type (or the vacancy's override); contributions add up to the total, so a board
 * member can read why A ranks above B.
 */
public final class Score {
    private Score() {
    }

    public enum Component { JPM, EDUCATION, EXPERIENCE, PREDIKAT, TALENT }

    /** Scoring constants that are configuration: potential thresholds and the years that earn full experience. */
    public record Settings(double potentialMediumFrom, double potentialHighFrom, double experienceFullYears) {
    }

    /**
     * @param predikatUsed the years whose predikat this component used, each with its source (MERIT / REGISTRY) and
     *                     objection mark: the window for PREDIKAT, the latest year for TALENT, empty for the others
     */
    public record Part(Component component, double value, double weight, double contribution, Map<String, Object> inputs,
                       List<PredikatYear> predikatUsed) {
    }

    public record Breakdown(double total, List<Part> parts) {
    }

    /** Field match is worth 60; each education level above the minimum adds 20, up to 40. */
    static final double FIELD_MATCH_POINTS = 60;
    static final double POINTS_PER_LEVEL_ABOVE = 20;
    static final double MAX_LEVEL_POINTS = 40;

    public static Breakdown of(Candidate c, VacancyProfile v, Settings s) {
        Weights w = v.weights().normalised();
        Requirements r = v.requirements();

        JobPersonMatch.Result jpm = JobPersonMatch.of(v.competencyStandard(), c.competencies());
        Map<String, Object> jpmIn = new LinkedHashMap<>();
        jpmIn.put("attainedCappedSum", jpm.attainedCapped());
        jpmIn.put("requiredSum", jpm.required());
        jpmIn.put("selectionBand", jpm.selection());
        jpmIn.put("mappingBand", jpm.mapping());

        EducationLevel highest = Eligibility.highestEducation(c).orElse(null);
        boolean noFieldRequirement = r.acceptedFields() == null || r.acceptedFields().isEmpty();
        boolean fieldMatch = noFieldRequirement || Eligibility.matchingDegree(c, r).isPresent();
        int levelsAbove = highest == null ? 0 : Math.max(0, highest.ordinal() - (r.minEducation() == null ? highest.ordinal() : r.minEducation().ordinal()));
        double education = (fieldMatch ? FIELD_MATCH_POINTS : 0) + Math.min(MAX_LEVEL_POINTS, levelsAbove * POINTS_PER_LEVEL_ABOVE);
        Map<String, Object> eduIn = new LinkedHashMap<>();
        eduIn.put("highestLevel", highest);
        eduIn.put("fieldMatches", fieldMatch);
        eduIn.put("levelsAboveMinimum", levelsAbove);

        Set<PositionType> relevant = EnumSet.of(v.type());
        relevant.addAll(r.experienceIn());
        double years = Eligibility.yearsIn(c, relevant, v.referenceDate());
        double experience = Math.min(100.0, 100.0 * years / s.experienceFullYears());
        Map<String, Object> expIn = new LinkedHashMap<>();
        expIn.put("relevantYears", Math.round(years * 10) / 10.0);
        expIn.put("relevantTypes", relevant);
        expIn.put("fullMarksAtYears", s.experienceFullYears());

        List<PredikatYear> window = c.predikatWindow(v.referenceDate(), Math.max(1, r.predikatYears()));
        double sum = 0;
        Map<String, Object> predIn = new LinkedHashMap<>();
        for (PredikatYear p : window) {
            predIn.put(Integer.toString(p.year()), p.predikat());
            sum += p.predikat() == null ? 0 : p.predikat().scoreValue();
        }
        double predikat = sum / window.size();

        var box = TalentBox.of(c.latestPredikat(), c.potentialScore(), s.potentialMediumFrom(), s.potentialHighFrom());
        double talent = box.map(b -> 100.0 * b.box() / 9).orElse(0.0);
        Map<String, Object> talentIn = new LinkedHashMap<>();
        talentIn.put("box", box.map(TalentBox.Classification::box).orElse(null));
        talentIn.put("potentialScore", c.potentialScore());
        talentIn.put("latestPredikat", c.latestPredikat());

        PredikatYear latest = c.latest();
        List<Part> parts = List.of(
                part(Component.JPM, jpm.percent(), w.jpm(), jpmIn, List.of()),
                part(Component.EDUCATION, education, w.education(), eduIn, List.of()),
                part(Component.EXPERIENCE, experience, w.experience(), expIn, List.of()),
                part(Component.PREDIKAT, predikat, w.predikat(), predIn, window),
                part(Component.TALENT, talent, w.talent(), talentIn, latest == null ? List.of() : List.of(latest)));
        return new Breakdown(parts.stream().mapToDouble(Part::contribution).sum(), parts);
    }

    private static Part part(Component c, double value, double weight, Map<String, Object> inputs, List<PredikatYear> predikatUsed) {
        return new Part(c, value, weight, value * weight, inputs, predikatUsed);
    }
}
