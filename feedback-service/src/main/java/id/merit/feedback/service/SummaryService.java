package id.merit.feedback.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.merit.feedback.PeerInvitation;
import id.merit.feedback.PeerRound;
import id.merit.feedback.PublicResponse;
import id.merit.feedback.domain.AnonymityGate;
import id.merit.feedback.domain.BerAkhlak;
import id.merit.feedback.domain.Ikm;
import id.merit.feedback.domain.Means;
import id.merit.feedback.domain.RaterGroup;
import id.merit.feedback.domain.SkmElement;
import id.merit.feedback.events.FeedbackSummary;
import id.merit.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Builds the aggregates of one employee and year that may leave the service, and publishes feedback.summary through
 * the outbox when they change. Groups below their threshold are left out, never shown as zero. Only what can no longer
 * move with one person's answer counts: a 360° round's answers once the round is closed, public responses from the day
 * after they were submitted ({@link PublicCutoff}); so the summary is republished when a round closes and by the daily
 * release, never per answer.
 */
@ApplicationScoped
public class SummaryService {
    @Inject
    AnonymityGate gate;
    @Inject
    Outbox outbox;
    @Inject
    EntityManager em;
    @Inject
    ObjectMapper mapper;
    @Inject
    PublicCutoff cutoff;

    /**
     * The visible groups of a ratee's closed 360° round and of the public's counted responses (CITIZEN, STUDENT,
     * PARENT), for the API and the event alike.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public FeedbackSummary current(String nip, int year) {
        Map<RaterGroup, List<Map<BerAkhlak, Integer>>> byGroup = new EnumMap<>(RaterGroup.class);
        for (PeerInvitation i : PeerInvitation.<PeerInvitation>list("answered = true and roundId in "
                + "(select r.id from PeerRound r where r.rateeNip = ?1 and r.year = ?2 and r.status = ?3)", nip, year, PeerRound.Status.CLOSED)) {
            byGroup.computeIfAbsent(i.group, g -> new ArrayList<>()).add(i.scores());
        }
        List<FeedbackSummary.Group> groups = visible(byGroup);
        List<PublicResponse> publicResponses = cutoff.counted("employeeNip = ?1 and year = ?2", nip, year);
        groups.addAll(publicGroups(publicResponses));
        return new FeedbackSummary(nip, year, groups, citizenSatisfaction(publicResponses), 0);
    }

    /**
     * The behaviour means of the public groups in {@code about}, each group counted on its own (students and parents
     * are never pooled) and only over the responses that rated behaviour; a group below its k is left out.
     */
    public List<FeedbackSummary.Group> publicGroups(List<PublicResponse> about) {
        Map<RaterGroup, List<Map<BerAkhlak, Integer>>> byGroup = new EnumMap<>(RaterGroup.class);
        for (PublicResponse r : about) {
            if (!r.behaviour().isEmpty()) {
                byGroup.computeIfAbsent(r.group, g -> new ArrayList<>()).add(r.behaviour());
            }
        }
        return visible(byGroup);
    }

    /** IKM of the CITIZEN responses in {@code about} (the only ones asked the SKM elements), or null below CITIZEN's k. */
    public FeedbackSummary.PublicSatisfaction citizenSatisfaction(List<PublicResponse> about) {
        List<Map<SkmElement, Integer>> citizens = about.stream().filter(r -> r.group == RaterGroup.CITIZEN)
                .map(PublicResponse::elements).toList();
        if (!gate.shows(RaterGroup.CITIZEN, citizens.size())) {
            return null;
        }
        Ikm ikm = Ikm.of(citizens);
        return new FeedbackSummary.PublicSatisfaction(ikm.respondents(), ikm.value(), ikm.grade());
    }

    private List<FeedbackSummary.Group> visible(Map<RaterGroup, List<Map<BerAkhlak, Integer>>> byGroup) {
        List<FeedbackSummary.Group> groups = new ArrayList<>();
        byGroup.forEach((group, answers) -> {
            if (gate.shows(group, answers.size())) {
                groups.add(new FeedbackSummary.Group(group, answers.size(), Means.of(answers)));
            }
        });
        return groups;
    }

    /** Publishes a new version of the summary when something visible changed; below every threshold nothing is sent. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refresh(String nip, int year) {
        FeedbackSummary s = current(nip, year);
        if (s.groups().isEmpty() && s.publicSatisfaction() == null) {
            return;
        }
        String hash = sha256(s);
        // Serialise refreshes of the same employee and year so two answers at once cannot publish the same version.
        em.createNativeQuery("insert into feedback_summary (nip, year, version, payload_hash) values (?1, ?2, 0, '') on conflict do nothing")
                .setParameter(1, nip).setParameter(2, year).executeUpdate();
        Object[] row = (Object[]) em.createNativeQuery("select version, payload_hash from feedback_summary where nip = ?1 and year = ?2 for update")
                .setParameter(1, nip).setParameter(2, year).getSingleResult();
        if (hash.equals(row[1])) {
            return;
        }
        long version = ((Number) row[0]).longValue() + 1;
        em.createNativeQuery("update feedback_summary set version = ?3, payload_hash = ?4 where nip = ?1 and year = ?2")
                .setParameter(1, nip).setParameter(2, year).setParameter(3, version).setParameter(4, hash).executeUpdate();
        FeedbackSummary event = new FeedbackSummary(nip, year, s.groups(), s.publicSatisfaction(), version);
        outbox.publish(FeedbackSummary.TOPIC, nip, FeedbackSummary.TYPE, nip, event);
    }

    private String sha256(FeedbackSummary s) {
        try {
            byte[] json = mapper.writeValueAsString(s).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint the feedback summary", e);
        }
    }
}
