package id.merit.appraisal.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Map;

/** Settings of appraisal-service (environment: MERIT_APPRAISAL_OBJECTION_WINDOW, ...). */
@ConfigMapping(prefix = "merit.appraisal")
public interface AppraisalConfig {
    /** How long after finalisation an employee may object (keberatan). */
    @WithDefault("P14D")
    Duration objectionWindow();

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
