package id.merit.appraisal.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;

/** Settings of appraisal-service (environment: MERIT_APPRAISAL_OBJECTION_WINDOW, MERIT_APPRAISAL_ZONE, ...). */
@ConfigMapping(prefix = "merit.appraisal")
public interface AppraisalConfig {
    /** How long after finalisation an employee may object (keberatan). */
    @WithDefault("P14D")
    Duration objectionWindow();

    /** Time zone whose calendar decides the current year, which a per-year read asked without {@code year} is for. */
    @WithDefault("Asia/Jakarta")
    ZoneId zone();

    Registry registry();

    /** Codes of the national registry's reference tables used by skp22/save. */
    interface Registry {
        /** Rating (ABOVE/MEETS/BELOW) → hasilKinerjaNilai / perilakuKerjaNilai code. */
        Map<String, Integer> ratingCodes();

        /** Predikat → kuadranKinerjaNilai code. */
        Map<String, Integer> predikatCodes();

        /** statusPenilai sent with the appraiser. */
        @WithDefault("ASN")
        String appraiserStatus();
    }
}
