package id.merit.employee.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The national registry (BKN SIASN), DESIGN §8. URLs and credentials come from the environment only
 * (MERIT_REGISTRY_API_URL, MERIT_REGISTRY_CONSUMER_SECRET, ...); without them the sync endpoints answer 503.
 */
@ConfigMapping(prefix = "merit.registry")
public interface RegistryConfig {
    /** Base of the read/write API, ending in /apisiasn/1.0/. */
    Optional<URI> apiUrl();

    /** API-manager token endpoint (…/oauth2/token, client credentials). */
    Optional<URI> tokenUrl();

    /** Registry Keycloak token endpoint (…/realms/public-siasn/protocol/openid-connect/token, password grant). */
    Optional<URI> ssoTokenUrl();

    Optional<String> consumerKey();

    Optional<String> consumerSecret();

    /** Operator account for the SSO token. */
    Optional<String> username();

    Optional<String> password();

    @WithDefault("desktop")
    String ssoClientId();

    @WithDefault("5s")
    Duration connectTimeout();

    /** Per-request bound; the registry is slow, but a hung call must not hold a worker forever. */
    @WithDefault("20s")
    Duration readTimeout();

    /** Attempts per call (first try included) on timeouts, connection errors, 429 and 5xx. */
    @WithDefault("4")
    int maxAttempts();

    @WithDefault("500ms")
    Duration initialBackoff();

    @WithDefault("8s")
    Duration maxBackoff();

    /**
     * A RUNNING job whose instance wrote no heartbeat for this long (it crashed or was restarted) is taken over by a
     * running instance and resumed where its last progress write left it. Well above the heartbeat period
     * (merit.registry.job-heartbeat, 30s) so a slow registry call never looks like a crash.
     */
    @WithDefault("2m")
    Duration jobTakeoverAfter();

    /** A token is renewed this long before it expires. */
    @WithDefault("60s")
    Duration tokenRefreshMargin();

    /**
     * Send final appraisal results (appraisal.finalized) to the registry's skp22/save on their own. Off: results are
     * still recorded as PENDING writes and go out once it is switched on again (MERIT_REGISTRY_SEND_APPRAISALS).
     */
    @WithDefault("true")
    boolean sendAppraisals();

    /**
     * When the nightly sync runs (unit tree, then everyone in service), a Quartz cron in WIB (Asia/Jakarta); "off"
     * switches it off (MERIT_REGISTRY_NIGHTLY_CRON). Read by the scheduler from the same property.
     */
    @WithDefault("0 30 1 * * ?")
    String nightlyCron();

    Writes writes();

    Skp22 skp22();

    /** The scheduled sender of registry writes (MERIT_REGISTRY_WRITES_*). */
    interface Writes {
        /** How often due writes are looked for (a scheduler interval). */
        @WithDefault("30s")
        String pollInterval();

        /** Writes claimed per round and replica. */
        @WithDefault("20")
        int batchSize();

        /**
         * Tries of one write (each try is itself up to merit.registry.max-attempts calls); after the last failed one
         * the write is FAILED and waits for hr-admin's retry.
         */
        @WithDefault("8")
        int maxAttempts();

        /** Pause after the first failed try; it doubles per try up to max-retry-after. */
        @WithDefault("1m")
        Duration firstRetryAfter();

        @WithDefault("6h")
        Duration maxRetryAfter();

        /**
         * A claimed write is left alone by other replicas this long; longer than the slowest send (two calls, each
         * with its retries), so only a replica that died mid-send gives its writes back.
         */
        @WithDefault("10m")
        Duration claimFor();
    }

    /**
     * Codes of the registry's reference tables used by skp22/save; the same values as appraisal-service's
     * merit.appraisal.registry.* (its body preview), set in application.properties.
     */
    interface Skp22 {
        /** Rating (ABOVE / MEETS / BELOW) → hasilKinerjaNilai / perilakuKerjaNilai code. */
        Map<String, Integer> ratingCodes();

        /** Predikat → kuadranKinerjaNilai code. */
        Map<String, Integer> predikatCodes();

        /** statusPenilai sent with the appraiser. */
        @WithDefault("ASN")
        String appraiserStatus();
    }
}
