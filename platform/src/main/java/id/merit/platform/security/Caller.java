package id.merit.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.security.Principal;
import java.util.Optional;

/** Who is calling: their id for audit columns, their NIP (from the token's {@code nip} claim) and roles. */
@RequestScoped
public class Caller {
    public static final String NIP_CLAIM = "nip";

    @Inject
    SecurityIdentity identity;

    /** The stable name recorded as "who" on every change: the token's preferred username, else its subject. */
    public String id() {
        if (identity.isAnonymous()) {
            return "anonymous";
        }
        Principal p = identity.getPrincipal();
        if (p instanceof JsonWebToken jwt) {
            String username = jwt.getClaim("preferred_username");
            if (username != null && !username.isBlank()) {
                return username;
            }
            if (jwt.getSubject() != null) {
                return jwt.getSubject();
            }
        }
        return p.getName();
    }

    public Optional<String> nip() {
        if (identity.isAnonymous()) {
            return Optional.empty();
        }
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object claim = jwt.getClaim(NIP_CLAIM);
            if (claim != null && !claim.toString().isBlank()) {
                return Optional.of(claim.toString().replace("\"", ""));
            }
        }
        Object attribute = identity.getAttribute(NIP_CLAIM);
        return attribute == null ? Optional.empty() : Optional.of(attribute.toString());
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    public boolean isHrAdmin() {
        return hasRole(Roles.HR_ADMIN);
    }

    /** True when the caller is the employee with this NIP. */
    public boolean is(String nip) {
        return nip != null && nip().map(nip::equals).orElse(false);
    }
}
