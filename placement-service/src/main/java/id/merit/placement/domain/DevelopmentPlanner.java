package id.merit.placement.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Recommended development activities for one person and year (issue 10), from three sources:
 * competency gaps against the current (and a target) position, the 9-box recommendation (DESIGN §3) and the
 * BerAKHLAK values the latest appraisal rated BELOW. Pure: the same inputs always give the same list, so a
 * changed list means the inputs changed.
 */
public final class DevelopmentPlanner {
    private DevelopmentPlanner() {
    }

    public enum Kind { COMPETENCY_GAP, TALENT_BOX, BEHAVIOUR, MANUAL }

    /** JP and activity per gap size (index gap−1; larger gaps use the last entry) and per 9-box activity. */
    public record Settings(List<Integer> jpPerGapLevel, List<ActivityType> activityPerGapLevel, int coachingJp, int counsellingJp,
                           int rotationJp, int developmentJp, ActivityType behaviourActivity, int behaviourJp) {
    }

    /** One competency of one position's standard as the person stands against it. */
    public record GapInput(String code, String name, int required, int attained, String positionName) {
        int gap() {
            return Math.max(0, required - attained);
        }
    }

    /** The latest appraisal: its year and BerAKHLAK value → ABOVE / MEETS / BELOW. */
    public record Appraisal(int year, Map<String, String> berakhlak) {
    }

    public record Recommendation(Kind kind, String focus, String focusLabel, ActivityType activityType, int suggestedJp, String reason) {
        /** Identity of a recommendation within a plan: one item per kind and focus. */
        public String key() {
            return kind + ":" + focus;
        }
    }

    public static List<Recommendation> recommend(List<GapInput> gaps, TalentBox.Classification box, Appraisal appraisal, Settings s) {
        List<Recommendation> out = new ArrayList<>();
        // Against current and target at once, the larger gap of a competency is the one to close.
        Map<String, GapInput> widest = new LinkedHashMap<>();
        for (GapInput g : gaps) {
            widest.merge(g.code(), g, (a, b) -> b.gap() > a.gap() ? b : a);
        }
        widest.values().stream().filter(g -> g.gap() > 0)
                .sorted(Comparator.comparingInt((GapInput g) -> -g.gap()).thenComparing(GapInput::code))
                .forEach(g -> out.add(new Recommendation(Kind.COMPETENCY_GAP, g.code(), Labels.competency(g.code(), g.name()),
                        activityFor(g.gap(), s), jpFor(g.gap(), s),
                        "Kompetensi " + Labels.competency(g.code(), g.name()) + " level " + g.attained() + ", standar jabatan "
                                + g.positionName() + " menuntut level " + g.required() + ": kesenjangan " + g.gap() + " level.")));
        boolean hasGapItems = !out.isEmpty();
        if (box != null) {
            String why = "Kotak talenta " + box.box() + " (kinerja " + Labels.performance(box.performance()) + ", potensial "
                    + Labels.potential(box.potential()) + ") merekomendasikan ";
            for (String r : box.recommendation()) {
                switch (r) {
                    case "COACHING" -> out.add(talent(r, ActivityType.COACHING, s.coachingJp(), why));
                    case "COUNSELLING" -> out.add(talent(r, ActivityType.MENTORING, s.counsellingJp(), why));
                    case "ROTATION", "ROTATE_ENRICH", "ROTATE_ENLARGE" -> out.add(talent(r, ActivityType.ROTATION, s.rotationJp(), why));
                    // Gap items already are the competency development; without gaps the box still asks for some.
                    case "DEVELOPMENT", "COMPETENCY_DEVELOPMENT" -> {
                        if (!hasGapItems) {
                            out.add(talent(r, ActivityType.COURSE, s.developmentJp(), why));
                        }
                    }
                    default -> { /* promote, retain, fitting placement, per regulation: decisions, not activities */ }
                }
            }
        }
        if (appraisal != null && appraisal.berakhlak() != null) {
            new TreeMap<>(appraisal.berakhlak()).forEach((value, rating) -> {
                if ("BELOW".equals(rating)) {
                    out.add(new Recommendation(Kind.BEHAVIOUR, value, Labels.berakhlak(value), s.behaviourActivity(), s.behaviourJp(),
                            "Penilaian kinerja " + appraisal.year() + ": perilaku " + Labels.berakhlak(value) + " dinilai di bawah ekspektasi."));
                }
            });
        }
        return List.copyOf(out);
    }

    private static Recommendation talent(String code, ActivityType type, int jp, String why) {
        return new Recommendation(Kind.TALENT_BOX, code, Labels.recommendation(code), type, jp, why + Labels.recommendation(code).toLowerCase() + ".");
    }

    public static int jpFor(int gap, Settings s) {
        return s.jpPerGapLevel().get(Math.min(gap, s.jpPerGapLevel().size()) - 1);
    }

    public static ActivityType activityFor(int gap, Settings s) {
        return s.activityPerGapLevel().get(Math.min(gap, s.activityPerGapLevel().size()) - 1);
    }

    /** A stable text of a recommendation list: equal exactly when the lists recommend the same things. */
    public static String fingerprint(List<Recommendation> recs) {
        StringBuilder b = new StringBuilder();
        recs.stream().sorted(Comparator.comparing(Recommendation::key)).forEach(r -> b.append(r.key()).append('|')
                .append(r.activityType()).append('|').append(r.suggestedJp()).append('|').append(r.reason()).append('\n'));
        return b.toString();
    }
}
