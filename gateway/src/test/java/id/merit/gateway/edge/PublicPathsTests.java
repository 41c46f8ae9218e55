package id.merit.gateway.edge;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The gateway's reading of Quarkus' HTTP permissions: only what is surely "permit" skips the security chain. */
class PublicPathsTests {
    private static PublicPaths of(Map<String, String> properties) {
        Config config = new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(properties, "test", 500)).build();
        return PublicPaths.from(config);
    }

    private static final PublicPaths GATEWAY = of(Map.of(
            "quarkus.http.auth.permission.public.paths",
            "/q/health,/q/health/*,/q/openapi,/q/swagger-ui,/q/swagger-ui/*,/api/v1/public/*,/f/*,/openapi-ui/*",
            "quarkus.http.auth.permission.public.policy", "permit",
            "quarkus.http.auth.permission.api.paths", "/api/*",
            "quarkus.http.auth.permission.api.policy", "authenticated"));

    @Test
    void theMostSpecificPrefixDecides() {
        assertTrue(GATEWAY.anonymous("/api/v1/public/tokens/ABC"));
        assertTrue(GATEWAY.anonymous("/api/v1/public"), "a prefix covers its own root");
        assertTrue(GATEWAY.anonymous("/f/ABC123"));
        assertFalse(GATEWAY.anonymous("/api/v1/units"), "the shorter /api/* demands a token");
        assertFalse(GATEWAY.anonymous("/api/v1/publications"), "a prefix ends at a path segment");
        assertFalse(GATEWAY.anonymous("/fx"), "a prefix ends at a path segment");
        assertFalse(GATEWAY.anonymous("/nowhere"), "no permission at all: the chain decides");
    }

    @Test
    void anExactPathBeatsAPrefixAndADisabledPermissionCountsForNothing() {
        PublicPaths paths = of(Map.of(
                "quarkus.http.auth.permission.open.paths", "/api/v1/public/*",
                "quarkus.http.auth.permission.open.policy", "permit",
                "quarkus.http.auth.permission.closed.paths", "/api/v1/public/admin",
                "quarkus.http.auth.permission.closed.policy", "authenticated",
                "quarkus.http.auth.permission.off.paths", "/api/v1/public/secret",
                "quarkus.http.auth.permission.off.policy", "authenticated",
                "quarkus.http.auth.permission.off.enabled", "false"));
        assertFalse(paths.anonymous("/api/v1/public/admin"));
        assertTrue(paths.anonymous("/api/v1/public/admin/x"), "the exact path covers only itself");
        assertTrue(paths.anonymous("/api/v1/public/secret"));
    }

    @Test
    void whatIsNotModelledExactlyIsNeverPublic() {
        PublicPaths methods = of(Map.of(
                "quarkus.http.auth.permission.open.paths", "/api/v1/public/*",
                "quarkus.http.auth.permission.open.policy", "permit",
                "quarkus.http.auth.permission.writes.paths", "/api/v1/public/*",
                "quarkus.http.auth.permission.writes.methods", "POST",
                "quarkus.http.auth.permission.writes.policy", "authenticated"));
        assertFalse(methods.anonymous("/api/v1/public/x"), "a method-restricted permission on the path");
        PublicPaths inner = of(Map.of(
                "quarkus.http.auth.permission.open.paths", "/api/*",
                "quarkus.http.auth.permission.open.policy", "permit",
                "quarkus.http.auth.permission.inner.paths", "/api/*/admin",
                "quarkus.http.auth.permission.inner.policy", "authenticated"));
        assertFalse(inner.anonymous("/api/v1/x"), "a wildcard inside a path: cannot tell, so not public");
        PublicPaths tie = of(Map.of(
                "quarkus.http.auth.permission.a.paths", "/x/*",
                "quarkus.http.auth.permission.a.policy", "permit",
                "quarkus.http.auth.permission.b.paths", "/x/*",
                "quarkus.http.auth.permission.b.policy", "deny"));
        assertFalse(tie.anonymous("/x/y"), "two equally specific permissions disagree");
    }
}
