package id.merit.placement.config;

import id.merit.placement.domain.ActivityType;
import id.merit.placement.domain.EducationLevel;
import id.merit.placement.domain.JobPersonMatch;
import id.merit.placement.domain.PositionType;
import id.merit.placement.domain.Predikat;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Placement rules that change by regulation and by pemda (DESIGN §3): requirements and score weights per
 * position type, the predikat window, the 9-box potential thresholds, solver limits.
 * Environment: MERIT_PLACEMENT_..., e.g. MERIT_PLACEMENT_TALENT_POTENTIAL_HIGH_FROM=85.
 */
@ConfigMapping(prefix = "merit.placement")
public interface PlacementConfig {

    /** Keyed by position type (JPT_PRATAMA, ADMINISTRATOR, ...). */
    @WithName("position-types")
    Map<PositionType, TypeRules> positionTypes();

    /** Predikat required in each of this many years before the TMT year. */
    @WithDefault("2")
    int predikatYears();

    @WithDefault("BAIK")
    Predikat minPredikat();

    /** Years in the relevant levels that earn the full experience component. */
    @WithDefault("10")
    double experienceFullYears();

    Talent talent();

    Solver solver();

    Development development();

    interface TypeRules {
        Optional<EducationLevel> minEducation();

        Optional<String> minGolongan();

        @WithDefault("0")
        int minYearsExperience();

        /** The "level below": position types whose years count towards minYearsExperience. */
        Optional<List<PositionType>> experienceIn();

        OptionalInt maxAge();

        /** This type's own predikat rule; without it the global predikat-years / min-predikat apply. */
        OptionalInt predikatYears();

        Optional<Predikat> minPredikat();

        WeightsConfig weights();
    }

    interface WeightsConfig {
        @WithDefault("40")
        double jpm();

        @WithDefault("15")
        double education();

        @WithDefault("15")
        double experience();

        @WithDefault("20")
        double predikat();

        @WithDefault("10")
        double talent();
    }

    interface Talent {
        /** Lowest potential score that is MEDIUM. */
        @WithDefault("60")
        double potentialMediumFrom();

        /** Lowest potential score that is HIGH. */
        @WithDefault("80")
        double potentialHighFrom();
    }

    /** Development planning (issue 10): the yearly JP entitlement and what a recommendation suggests. */
    interface Development {
        /** JP every civil servant should complete in a calendar year. */
        @WithDefault("20")
        int minJpPerYear();

        /** Suggested JP to close a gap of 1, 2, 3 ... levels (larger gaps use the last entry). */
        @WithDefault("10,20,30,40,50")
        List<Integer> jpPerGapLevel();

        /** Activity suggested for a gap of 1, 2, 3 ... levels (larger gaps use the last entry). */
        @WithDefault("ELEARNING,COURSE,DIKLAT,DIKLAT,DIKLAT")
        List<ActivityType> activityPerGapLevel();

        /** JP of the 9-box activities: coaching, counselling (as mentoring), rotation, development without gaps. */
        @WithDefault("10")
        int coachingJp();

        @WithDefault("10")
        int counsellingJp();

        @WithDefault("0")
        int rotationJp();

        @WithDefault("20")
        int developmentJp();

        /** Activity and JP for a BerAKHLAK value the latest appraisal rated BELOW. */
        @WithDefault("MENTORING")
        ActivityType behaviourActivity();

        @WithDefault("10")
        int behaviourJp();

        /** Lowest JPM selection band that counts as qualifying for a position ("close to qualifying", reachable positions). */
        @WithDefault("MASIH_MEMENUHI_SYARAT")
        JobPersonMatch.SelectionBand qualifyingBand();

        /** "My development" lists positions that closing at most this many gap levels in total would make reachable. */
        @WithDefault("3")
        int closeMaxTotalGap();

        @WithDefault("10")
        int closePositionsLimit();

        /** Time zone whose calendar year is "this year" (Palangka Raya is on WIB). */
        @WithDefault("Asia/Jakarta")
        String zone();
    }

    interface Solver {
        /** Bound on CP-SAT when a per-unit move limit applies; a run that hits it is reported FEASIBLE_NOT_PROVEN. */
        @WithDefault("60")
        double cpSatSeconds();

        /** Scores (0-100) become integer arc costs with this many steps per point. */
        @WithDefault("10000")
        long scale();
    }
}
