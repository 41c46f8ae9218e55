package id.merit.platform;

import id.merit.platform.idempotency.Idempotency;
import id.merit.platform.outbox.Outbox;
import id.merit.platform.problem.ProblemException;
import id.merit.platform.rest.Versions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import java.util.List;
import java.util.Map;

/** Test-only endpoints that fail in each way the platform maps to problem+json. */
@Path("/probe")
public class ProbeResource {
    public enum Colour { RED, GREEN }

    public record Item(@NotBlank @Size(max = 10) String name, @NotNull @Min(1) @Max(5) Integer level, Colour colour,
                       List<@NotBlank String> tags, java.time.LocalDate since, Boolean active) {
    }

    @Inject
    EntityManager em;
    @Inject
    Outbox outbox;
    @Inject
    Idempotency idempotency;

    /** What {@code POST /probe/items} wrote for an item of this name: its row and its outbox event (2, or 0). */
    static long written(EntityManager em, String name) {
        return ((Number) em.createNativeQuery("select count(*) from processed_event where event_id = ?1")
                .setParameter(1, name).getSingleResult()).longValue()
                + ((Number) em.createNativeQuery("select count(*) from outbox_event where event_key = ?1")
                .setParameter(1, name).getSingleResult()).longValue();
    }

    @POST
    @Path("/items")
    @Transactional
    public Map<String, Object> create(@NotNull @Valid Item item) {
        em.createNativeQuery("insert into processed_event (consumer, event_id) values ('probe', ?1)")
                .setParameter(1, item.name()).executeUpdate();
        outbox.publish("merit.org.v1", item.name(), "id.merit.probe.created.v1", item.name(), item);
        return Map.of("name", item.name());
    }

    @POST
    @Path("/once")
    public jakarta.ws.rs.core.Response once(@HeaderParam(Idempotency.HEADER) String key, @NotNull @Valid Item item) {
        return idempotency.create(key, "POST /probe/once", item, () -> {
            String id = item.name() + ":" + java.util.UUID.randomUUID();
            em.createNativeQuery("insert into processed_event (consumer, event_id) values ('once', ?1)").setParameter(1, id).executeUpdate();
            return jakarta.ws.rs.core.Response.created(java.net.URI.create("/probe/once/" + id)).tag(Versions.etag(1L))
                    .entity(Map.of("id", id)).build();
        });
    }

    @GET
    @Path("/typed/{id}")
    public String typed(@PathParam("id") java.util.UUID id, @jakarta.ws.rs.QueryParam("year") Integer year) {
        return id + "/" + year;
    }

    @GET
    @Path("/missing/{id}")
    public String missing(@PathParam("id") String id) {
        throw ProblemException.notFound("probe", id);
    }

    @POST
    @Path("/transition")
    public String transition() {
        throw ProblemException.illegalState("cannot go from FINAL to DRAFT");
    }

    @PUT
    @Path("/versioned")
    public String versioned(@HeaderParam("If-Match") String ifMatch) {
        Versions.check(ifMatch, 3);
        return "ok";
    }

    @GET
    @Path("/admin")
    @RolesAllowed("hr-admin")
    public String admin() {
        return "secret";
    }

    @GET
    @Path("/boom")
    public String boom() {
        throw new IllegalStateException("a bug with internal details: password=hunter2");
    }
}
