package id.merit.gateway.edge;

import org.eclipse.microprofile.config.Config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which paths Quarkus' HTTP permissions ({@code quarkus.http.auth.permission.<name>.*}) leave open to anyone, read
 * from the same configuration, so the gateway can pass such requests on without running the security chain (which
 * would only conclude "permit" after a reactive detour costing ~8 % of a request's CPU). Quarkus' rule is followed:
 * the most specific path wins — an exact path over a prefix ({@code /x/*}), a longer prefix over a shorter one.
 * Anything this class does not model exactly (method-restricted permissions, wildcards inside a path, two equally
 * specific permissions) makes it answer "not public", i.e. the request takes the full security chain.
 */
public final class PublicPaths {
    private static final Pattern PERMISSION = Pattern.compile("quarkus\\.http\\.auth\\.permission\\.([^.]+|\"[^\"]+\")\\.paths");

    record Permission(String path, boolean prefix, boolean permit, boolean restricted) {
        boolean matches(String p) {
            if (path.contains("*")) {
                return true; // a pattern this class does not evaluate: it may match anything
            }
            if (!prefix) {
                return p.equals(path);
            }
            return p.startsWith(path) && (p.length() == path.length() || p.charAt(path.length()) == '/');
        }
    }

    private final List<Permission> permissions;

    PublicPaths(List<Permission> permissions) {
        this.permissions = List.copyOf(permissions);
    }

    public static PublicPaths from(Config config) {
        List<Permission> permissions = new ArrayList<>();
        for (String property : config.getPropertyNames()) {
            Matcher m = PERMISSION.matcher(property);
            if (!m.matches()) {
                continue;
            }
            String base = "quarkus.http.auth.permission." + m.group(1);
            if (!config.getOptionalValue(base + ".enabled", Boolean.class).orElse(true)) {
                continue;
            }
            boolean permit = "permit".equals(config.getOptionalValue(base + ".policy", String.class).orElse(""));
            Optional<String> methods = config.getOptionalValue(base + ".methods", String.class);
            boolean restricted = methods.isPresent() && !methods.get().isBlank();
            for (String path : config.getValue(property, String[].class)) {
                permissions.add(permission(path.trim(), permit, restricted));
            }
        }
        return new PublicPaths(permissions);
    }

    static Permission permission(String path, boolean permit, boolean restricted) {
        boolean prefix = path.endsWith("/*");
        String bare = prefix ? path.substring(0, path.length() - 2) : path;
        // A wildcard anywhere else is a pattern this class does not evaluate: never public by this class' say.
        boolean unmodelled = bare.contains("*");
        return new Permission(bare, prefix, permit && !unmodelled, restricted || unmodelled);
    }

    /** True only when the most specific permission for this (normalized) path is an unrestricted "permit". */
    public boolean anonymous(String normalizedPath) {
        Permission best = null;
        boolean tie = false;
        for (Permission p : permissions) {
            if (p.restricted() && p.matches(normalizedPath)) {
                return false;
            }
            if (!p.matches(normalizedPath)) {
                continue;
            }
            int c = best == null ? 1 : compare(p, best);
            if (c > 0) {
                best = p;
                tie = false;
            } else if (c == 0 && p.permit() != best.permit()) {
                tie = true;
            }
        }
        return best != null && best.permit() && !tie;
    }

    /** Positive when a is more specific than b. */
    private static int compare(Permission a, Permission b) {
        if (a.prefix() != b.prefix()) {
            return a.prefix() ? -1 : 1;
        }
        return Integer.compare(a.path().length(), b.path().length());
    }
}
