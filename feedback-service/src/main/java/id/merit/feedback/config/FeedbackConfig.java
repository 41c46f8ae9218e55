package id.merit.feedback.config;

import id.merit.feedback.domain.AggregateUntil;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Settings of feedback-service (prefix merit.feedback; environment MERIT_FEEDBACK_*). */
@ConfigMapping(prefix = "merit.feedback")
public interface FeedbackConfig {
    /** HMAC secret that signs visit codes (MERIT_FEEDBACK_TOKEN_SECRET, at least 16 characters). */
    String tokenSecret();

    /** HMAC pepper for keyed hashes of client addresses (MERIT_FEEDBACK_ADDRESS_PEPPER, at least 16 characters). */
    String addressPepper();

    /** Where citizens reach the gateway; QR codes point to {publicBaseUrl}/f/{code}. */
    String publicBaseUrl();

    /** How long a visit token stays valid when the issuer does not say. */
    @WithDefault("PT4H")
    Duration tokenValidity();

    /** Longest validity an issuer may ask for. */
    @WithDefault("P7D")
    Duration tokenMaxValidity();

    /**
     * Time zone of the service desks: decides deadlines, which appraisal year a visit belongs to and where a day ends
     * for the public responses' daily cut-off.
     */
    @WithDefault("Asia/Jakarta")
    ZoneId zone();

    /** Addresses or CIDR blocks (e.g. the pod network) of the proxies, the gateway, whose X-Forwarded-For hops are believed. */
    Optional<List<String>> trustedProxies();

    /**
     * How often the daily release looks for what became final with the passing of a day (rounds past their deadline,
     * yesterday's public responses); a scheduler period such as 10m, or "off" (tests run it themselves).
     */
    @WithDefault("10m")
    String releaseEvery();

    Anonymity anonymity();

    Rate rate();

    /** The public's responses (merit.feedback.public.*; "public" is a Java keyword, hence the name). */
    @WithName("public")
    PublicResponses publicResponses();

    interface PublicResponses {
        /**
         * START_OF_DAY (production): a response counts in every aggregate from the day after it was submitted, so the
         * aggregates move once a day; NOW: at once (development, demo, e2e), where one submission can be read off the
         * difference.
         */
        @WithDefault("START_OF_DAY")
        AggregateUntil aggregateUntil();
    }

    interface Anonymity {
        /** Minimum responses before an anonymous group is shown (never below 3). */
        @WithDefault("3")
        int defaultK();

        /**
         * Per-group k, e.g. merit.feedback.anonymity.k.STUDENT=5 (raises only; the floor of 3 stays). Each of CITIZEN,
         * STUDENT and PARENT has its own; an old k.PUBLIC still applies to those of them without one.
         */
        Map<String, Integer> k();
    }

    interface Rate {
        @WithDefault("20")
        int addressLimit();

        @WithDefault("PT1M")
        Duration addressWindow();

        @WithDefault("120")
        int channelLimit();

        @WithDefault("PT1M")
        Duration channelWindow();

        /** Submissions to all the channels of one unit together. */
        @WithDefault("600")
        int unitLimit();

        @WithDefault("PT1M")
        Duration unitWindow();

        /** Rate-limit rows (keyed hashes of addresses) are deleted after this long. */
        @WithDefault("PT1H")
        Duration retention();
    }
}
