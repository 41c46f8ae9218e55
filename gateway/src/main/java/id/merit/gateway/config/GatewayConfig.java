package id.merit.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The route table: which path prefixes go to which upstream service (base URLs from the environment). */
@ConfigMapping(prefix = "merit.gateway")
public interface GatewayConfig {
    Map<String, Route> routes();

    interface Route {
        /** Base URL of the upstream, e.g. http://employee-service:8081. */
        String upstream();

        /** Path prefixes (without trailing slash) this upstream serves; forwarded unchanged. */
        List<String> prefixes();

        @WithDefault("30s")
        Duration timeout();
    }
}
