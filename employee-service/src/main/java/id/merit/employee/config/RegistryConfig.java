package id.merit.employee.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;
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
}
