package id.merit.placement.domain;

import java.util.List;

/**
 * One year of a person's predikat history as the rules read it. Merit's own final results and the national
 * registry's (SIASN, for the years before Merit) form one history, but every explanation names the source, so the
 * board sees when a decision rests on registry data; and an objection that has reopened a result is said, though the
 * result stays in force until the decision.
 *
 * @param predikat null when no predikat is on record for the year (then source is null too)
 */
public record PredikatYear(int year, Predikat predikat, Source source, boolean underObjection) {

    public enum Source {
        /** Finalized in Merit (appraisal.finalized); it always wins over the registry for its year. */
        MERIT,
        /** From the national registry (SIASN), carried in employee.upserted's registryAppraisals. */
        REGISTRY
    }

    public static PredikatYear none(int year) {
        return new PredikatYear(year, null, null, false);
    }

    /** "2025:BAIK (MERIT)", "2024:BAIK (REGISTRY)", "2025:BAIK (MERIT, under objection)" or "2023:none". */
    public String describe() {
        if (predikat == null) {
            return year + ":none";
        }
        return year + ":" + predikat.name() + " (" + source.name() + (underObjection ? ", under objection" : "") + ")";
    }

    public static String describe(List<PredikatYear> years) {
        return String.join(", ", years.stream().map(PredikatYear::describe).toList());
    }
}
