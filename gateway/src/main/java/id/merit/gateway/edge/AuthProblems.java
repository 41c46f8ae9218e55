package id.merit.gateway.edge;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Failed edge authentication (no token, expired, forged) answers 401 problem+json like every other gateway error,
 * instead of Quarkus' empty body; the mechanism's challenge ({@code WWW-Authenticate: Bearer}) is kept. Quarkus
 * answers these outside the router's failure handlers, in two places: a rejected token goes to the failure handler
 * its authentication step puts on the request (wrapped by a step between authentication and authorization), a
 * missing token straight to the mechanisms' challenge (answered here first: this is a challenge-only mechanism
 * that never authenticates anybody, ahead of OIDC).
 */
@ApplicationScoped
public class AuthProblems implements HttpAuthenticationMechanism {
    static final String CHALLENGE = "WWW-Authenticate";
    private static final ChallengeData BEARER = new ChallengeData(401, CHALLENGE, "Bearer");

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        return Uni.createFrom().nullItem();
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(BEARER);
    }

    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        if (!context.response().headWritten()) {
            send(context, BEARER);
        }
        return Uni.createFrom().item(true);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of();
    }

    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY * 2;
    }

    void register(@Observes Filters filters) {
        int between = (SecurityHandlerPriorities.AUTHENTICATION + SecurityHandlerPriorities.FORM_AUTHENTICATION) / 2;
        filters.register(this::wrap, between);
    }

    void wrap(RoutingContext rc) {
        BiConsumer<RoutingContext, Throwable> quarkus = rc.get(QuarkusHttpUser.AUTH_FAILURE_HANDLER);
        if (quarkus != null) {
            rc.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, (BiConsumer<RoutingContext, Throwable>) (ctx, failure) -> {
                if (isUnauthenticated(failure) && !ctx.response().headWritten()) {
                    unauthorized(ctx);
                } else {
                    quarkus.accept(ctx, failure);
                }
            });
        }
        rc.next();
    }

    private static boolean isUnauthenticated(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && !(t instanceof AuthenticationFailedException || t instanceof UnauthorizedException)) {
            t = t.getCause();
        }
        return t instanceof AuthenticationFailedException || t instanceof UnauthorizedException
                || t instanceof AuthenticationCompletionException;
    }

    private static void unauthorized(RoutingContext rc) {
        HttpAuthenticator authenticator = rc.get(HttpAuthenticator.class.getName());
        if (authenticator == null) {
            send(rc, null);
            return;
        }
        authenticator.getChallenge(rc).subscribe().with(challenge -> send(rc, challenge), t -> send(rc, null));
    }

    private static void send(RoutingContext rc, ChallengeData challenge) {
        if (challenge != null && challenge.getHeaders() != null) {
            challenge.getHeaders().forEach((name, value) -> rc.response().headers().set(name, value));
        }
        if (!rc.response().headers().contains(CHALLENGE)) {
            rc.response().putHeader(CHALLENGE, "Bearer");
        }
        Problems.send(rc, 401, "unauthorized", "Unauthorized",
                "A valid bearer token from the Merit identity provider is required.");
    }
}
