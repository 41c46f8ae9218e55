package id.merit.feedback.service;

import id.merit.feedback.PublicChannel;
import id.merit.feedback.config.FeedbackConfig;
import id.merit.feedback.domain.Hmac;
import id.merit.feedback.domain.RateWindow;
import id.merit.net.ClientAddress;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Second line of defence on the public endpoints: fixed-window counters per client address, per channel and per unit
 * (all its channels together: a unit's budget does not grow with the desks it opens), kept in
 * the database so every instance counts together. Addresses are stored only as keyed hashes and deleted after the
 * retention period.
 */
@ApplicationScoped
public class RateLimiter {
    @Inject
    FeedbackConfig config;
    @Inject
    EntityManager em;

    private Hmac pepper;
    private ClientAddress trusted;
    private RateWindow perAddress;
    private RateWindow perChannel;
    private RateWindow perUnit;

    @PostConstruct
    void init() {
        pepper = new Hmac(config.addressPepper());
        trusted = new ClientAddress(config.trustedProxies().orElse(List.of()));
        perAddress = new RateWindow(config.rate().addressWindow(), config.rate().addressLimit());
        perChannel = new RateWindow(config.rate().channelWindow(), config.rate().channelLimit());
        perUnit = new RateWindow(config.rate().unitWindow(), config.rate().unitLimit());
    }

    /** The client as the trusted proxies saw it (the peer itself when it is not one of them). */
    public String clientAddress(String peer, String xForwardedFor) {
        return peer == null ? null : trusted.chain(peer, xForwardedFor).get(0);
    }

    /** Counts one request from this address; 429 when over the limit. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void address(String address) {
        hit("addr:" + pepper.hashHex(address == null ? "unknown" : address), perAddress, "your address");
    }

    /** Counts one submission to this channel and to its unit; 429 when either is over its limit (nothing counted then). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void channel(UUID channelId) {
        hit("channel:" + channelId, perChannel, "this service desk");
        PublicChannel c = PublicChannel.findById(channelId);
        if (c != null) {
            hit("unit:" + c.unitId, perUnit, "this unit's service desks");
        }
    }

    private void hit(String bucket, RateWindow window, String who) {
        Instant now = Instant.now();
        Number hits = (Number) em.createNativeQuery("""
                        insert into rate_counter (bucket, window_start, hits) values (?1, ?2, 1)
                        on conflict (bucket, window_start) do update set hits = rate_counter.hits + 1
                        returning hits""")
                .setParameter(1, bucket)
                .setParameter(2, OffsetDateTime.ofInstant(window.start(now), ZoneOffset.UTC))
                .getSingleResult();
        if (!window.allows(hits.longValue())) {
            throw new RateLimitedException(who, window.retryAfterSeconds(now));
        }
    }

    /** Short retention: the keyed hashes of addresses do not outlive their usefulness. */
    @Scheduled(every = "${merit.feedback.rate.purge-every:5m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledPurge() {
        purge();
    }

    @Transactional
    public int purge() {
        OffsetDateTime cutoff = OffsetDateTime.now(ZoneOffset.UTC).minus(config.rate().retention());
        return em.createNativeQuery("delete from rate_counter where window_start < ?1").setParameter(1, cutoff).executeUpdate();
    }
}
