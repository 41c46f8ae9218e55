package id.merit.feedback.service;

import id.merit.feedback.EmployeeView;
import id.merit.feedback.ModerationItem;
import id.merit.feedback.PublicChannel;
import id.merit.feedback.PublicResponse;
import id.merit.feedback.UnitView;
import id.merit.feedback.VisitToken;
import id.merit.feedback.config.FeedbackConfig;
import id.merit.feedback.domain.AnonymityGate;
import id.merit.feedback.domain.BerAkhlak;
import id.merit.feedback.domain.Hmac;
import id.merit.feedback.domain.Ikm;
import id.merit.feedback.domain.PiiMasker;
import id.merit.feedback.domain.RaterGroup;
import id.merit.feedback.domain.SkmElement;
import id.merit.feedback.domain.VisitCode;
import id.merit.feedback.events.FeedbackSummary;
import id.merit.platform.problem.Problem;
import id.merit.platform.problem.ProblemException;
import id.merit.platform.rest.Versions;
import id.merit.platform.security.Caller;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Public feedback: channels, one-time visit tokens, the public's submissions (CITIZEN, STUDENT, PARENT, as the token
 * says), moderation and the IKM.
 */
@ApplicationScoped
public class PublicFeedbackService {
    @Inject
    Caller caller;
    @Inject
    Clock clock;
    @Inject
    FeedbackConfig config;
    @Inject
    AnonymityGate gate;
    @Inject
    SummaryService summaries;
    @Inject
    PublicCutoff cutoff;
    @Inject
    EntityManager em;

    private VisitCode codes;

    /** What a citizen's code leads to. */
    public enum VisitState { OPEN, USED, EXPIRED }

    /** What the code's holder may see: never who issued it; {@code group} says which questions apply. */
    public record Visit(String code, VisitState state, String channelName, String unitName, String employeeName,
                        String serviceType, RaterGroup group, OffsetDateTime expiresAt) {
    }

    public record IssuedToken(String code, String displayCode, String url, OffsetDateTime expiresAt, UUID channelId,
                              String employeeNip, String serviceType, RaterGroup group) {
    }

    /** Below k responses nothing but the threshold leaves the service: one citizen's answers are theirs alone. */
    public record UnitIkm(UUID unitId, int year, boolean shown, int threshold, Integer respondents, Map<SkmElement, java.math.BigDecimal> nrr,
                          java.math.BigDecimal ikm, String grade, String gradeLabel) {
    }

    /** An employee's public rating: one entry per public group, each shown only from its own k responses. */
    public record EmployeePublic(String nip, int year, List<PublicGroup> groups) {
    }

    /**
     * One public group's part. Below k: {@code shown} false and the threshold, nothing else (no count, no comments).
     * {@code ikm} and {@code grade} only for CITIZEN (the others are not asked the SKM elements); {@code behaviour}
     * only when at least k of the group's responses rated behaviour, as in feedback.summary.
     */
    public record PublicGroup(RaterGroup group, boolean shown, int threshold, Long responses, java.math.BigDecimal ikm,
                              String grade, Map<BerAkhlak, java.math.BigDecimal> behaviour, List<String> comments) {
    }

    @PostConstruct
    void init() {
        codes = new VisitCode(new Hmac(config.tokenSecret()), new SecureRandom());
    }

    @Transactional
    public PublicChannel createChannel(UUID unitId, String employeeNip, String name, PublicChannel.Kind kind) {
        if (UnitView.findById(unitId) == null) {
            throw ProblemException.unprocessable("body.unitId", "unit " + unitId + " is not known to feedback-service");
        }
        if (employeeNip != null) {
            EmployeeView e = EmployeeView.findById(employeeNip);
            if (e == null || !e.active()) {
                throw ProblemException.unprocessable("body.employeeNip", employeeNip + " is not an active employee");
            }
        }
        PublicChannel c = new PublicChannel();
        c.id = UUID.randomUUID();
        c.unitId = unitId;
        c.employeeNip = employeeNip;
        c.name = name;
        c.kind = kind;
        c.createdAt = clock.now();
        c.createdBy = caller.id();
        c.persistAndFlush();
        return c;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PublicChannel> channels(int offset, int size) {
        return PublicChannel.findAll(io.quarkus.panache.common.Sort.by("name").and("id")).range(offset, offset + size - 1).list();
    }

    /**
     * A desk officer or school (an employee of the channel's unit) or hr-admin issues a token for one visit, naming
     * who rates (default CITIZEN). The token is about the channel's employee, or else about {@code employeeNip}, an
     * active employee of the channel's unit; STUDENT and PARENT rate an employee, so their token must name one.
     */
    @Transactional
    public IssuedToken issue(UUID channelId, String serviceType, Integer validMinutes, RaterGroup group, String employeeNip) {
        PublicChannel c = channel(channelId);
        requireIssuer(c);
        RaterGroup g = group == null ? RaterGroup.CITIZEN : group;
        if (!g.viaVisitToken()) {
            throw ProblemException.unprocessable("body.group", "a visit token is for CITIZEN, STUDENT or PARENT; " + g
                    + " raters are invited to a 360° round");
        }
        String about = tokenEmployee(c, employeeNip);
        if (g.needsEmployee() && about == null) {
            throw ProblemException.unprocessable("body.employeeNip", g + " rates an employee: name one (the channel names none)");
        }
        Duration validity = validMinutes == null ? config.tokenValidity() : Duration.ofMinutes(validMinutes);
        if (validity.compareTo(config.tokenMaxValidity()) > 0) {
            throw ProblemException.invalid("body.validMinutes", "must be at most " + config.tokenMaxValidity().toMinutes());
        }
        String code = codes.issue();
        VisitToken t = new VisitToken();
        t.id = code.substring(0, VisitCode.ID_LENGTH);
        t.channelId = c.id;
        t.employeeNip = about;
        t.group = g;
        t.serviceType = serviceType;
        t.year = clock.year();
        t.issuedAt = clock.now();
        t.expiresAt = t.issuedAt.plus(validity);
        t.issuedBy = caller.id();
        t.persistAndFlush();
        return new IssuedToken(code, VisitCode.display(code), url(code), t.expiresAt, c.id, about, serviceType, g);
    }

    /** The channel's employee wins; a channel about nobody (a whole school) may name one of its unit's staff per token. */
    private static String tokenEmployee(PublicChannel c, String employeeNip) {
        if (employeeNip == null) {
            return c.employeeNip;
        }
        if (c.employeeNip != null) {
            if (!c.employeeNip.equals(employeeNip)) {
                throw ProblemException.unprocessable("body.employeeNip",
                        "the channel is about " + c.employeeNip + ", and so are its tokens");
            }
            return employeeNip;
        }
        EmployeeView e = EmployeeView.findById(employeeNip);
        if (e == null || !e.active() || !c.unitId.equals(e.unitId)) {
            throw ProblemException.unprocessable("body.employeeNip", employeeNip + " is not an active employee of the channel's unit");
        }
        return employeeNip;
    }

    /** The token behind a code the caller issued or may issue; for printing its QR code again. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String qrUrl(String code) {
        VisitToken t = token(code).orElseThrow(() -> ProblemException.notFound("visit token", code));
        requireIssuer(channel(t.channelId));
        return url(VisitCode.normalise(code));
    }

    public String url(String code) {
        return config.publicBaseUrl().replaceAll("/+$", "") + "/f/" + code;
    }

    /** Anonymous: what the code is for and whether it can still be used. A forged code is simply not found. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Visit visit(String code) {
        VisitToken t = token(code).orElseThrow(() -> ProblemException.notFound("visit code", "given"));
        PublicChannel c = channel(t.channelId);
        UnitView u = UnitView.findById(c.unitId);
        EmployeeView e = t.employeeNip == null ? null : EmployeeView.findById(t.employeeNip);
        VisitState state = t.used ? VisitState.USED : t.expired(clock.now()) ? VisitState.EXPIRED : VisitState.OPEN;
        return new Visit(VisitCode.normalise(code), state, c.name, u == null ? null : u.name, e == null ? null : e.displayName,
                t.serviceType, t.group, t.expiresAt);
    }

    /**
     * Anonymous and token-gated: one submission per token; the comment waits for moderation, already masked. What
     * must be answered follows the token's group: a CITIZEN all nine SKM elements (behaviour optional, only about an
     * employee); a STUDENT or PARENT at least one behaviour and no SKM element. {@code elements} is empty when none
     * were sent. A refusal leaves the token unused.
     */
    @Transactional
    public void submit(String code, Map<SkmElement, Integer> elements, Map<BerAkhlak, Integer> behaviour, String comment) {
        VisitToken t = token(code).orElseThrow(() -> ProblemException.notFound("visit code", "given"));
        if (!behaviour.isEmpty() && t.employeeNip == null) {
            throw ProblemException.invalid("body.behaviour", "only a visit about an employee rates behaviour");
        }
        if (t.group.answersSkm() && elements.size() != SkmElement.values().length) {
            throw ProblemException.unprocessable("body.elements", "a " + t.group + " visit rates all nine SKM elements");
        }
        if (!t.group.answersSkm() && !elements.isEmpty()) {
            throw ProblemException.unprocessable("body.elements", "a " + t.group
                    + " rates the employee's behaviour only; the SKM elements of a unit's service are not asked");
        }
        if (t.group.needsEmployee() && behaviour.isEmpty()) {
            throw ProblemException.unprocessable("body.behaviour", "a " + t.group + " rates at least one behaviour");
        }
        // One atomic update decides: two submissions at once cannot both use the token.
        int claimed = em.createQuery("update VisitToken t set t.used = true where t.id = ?1 and t.used = false and t.expiresAt > ?2")
                .setParameter(1, t.id).setParameter(2, clock.now()).executeUpdate();
        if (claimed == 0) {
            throw t.used ? new ProblemException(Problem.of(409, "token-used", "Code already used",
                    "this visit code has already been used; each visit is rated once"))
                    : new ProblemException(Problem.of(410, "token-expired", "Code expired",
                    "this visit code has expired; ask the desk for a new one"));
        }
        PublicChannel c = channel(t.channelId);
        PublicResponse r = new PublicResponse();
        r.id = UUID.randomUUID();
        r.channelId = c.id;
        r.unitId = c.unitId;
        r.employeeNip = t.employeeNip;
        r.group = t.group;
        r.serviceType = t.serviceType;
        r.year = t.year;
        r.elements(elements);
        r.behaviour(behaviour);
        r.pendingDay = cutoff.pendingDayOfNew();
        r.persist();
        if (comment != null && !comment.isBlank()) {
            ModerationItem m = new ModerationItem();
            m.id = UUID.randomUUID();
            m.responseId = r.id;
            m.text = PiiMasker.mask(comment.strip());
            m.status = ModerationItem.Status.PENDING;
            m.persist();
        }
        // Counted from tomorrow (the default), it changes no aggregate today: the daily release publishes the summary.
        if (t.employeeNip != null && r.pendingDay == null) {
            summaries.refresh(t.employeeNip, t.year);
        }
    }

    /**
     * The daily release: responses from before the cut-off count now, so their day is cleared and the summaries of
     * the employees they are about are published (once per employee and year: the same summary is never sent twice).
     * At most {@code max} responses, claimed with skip locked so instances running this at once never take the same
     * ones; a response released once is never taken again. Returns how many were released.
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public int releaseCounted(int max) {
        List<Object[]> released = em.createNativeQuery("update public_response set pending_day = null where id in "
                        + "(select id from public_response where pending_day < ?1 order by id limit ?2 for update skip locked) "
                        + "returning employee_nip, year")
                .setParameter(1, cutoff.firstUncountedDay()).setParameter(2, max).getResultList();
        // The summary reads every counted response, not this batch: a batch that splits one employee's responses
        // still publishes the whole of their day, and the next batch finds nothing new to send.
        released.stream().filter(row -> row[0] != null).map(row -> Map.entry((String) row[0], ((Number) row[1]).intValue()))
                .distinct().forEach(e -> summaries.refresh(e.getKey(), e.getValue()));
        return released.size();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public UUID channelOf(String code) {
        return token(code).map(t -> t.channelId).orElse(null);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ModerationItem> queue(ModerationItem.Status status, int offset, int size) {
        return ModerationItem.find("status = ?1 order by id", status).range(offset, offset + size - 1).list();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long queueSize(ModerationItem.Status status) {
        return ModerationItem.count("status", status);
    }

    @Transactional
    public ModerationItem decide(UUID id, String ifMatch, boolean approve, String reason) {
        ModerationItem m = ModerationItem.findById(id);
        if (m == null) {
            throw ProblemException.notFound("moderation item", id);
        }
        Versions.check(ifMatch, m.version);
        if (m.status != ModerationItem.Status.PENDING) {
            throw ProblemException.illegalState("the comment was already " + m.status.name().toLowerCase());
        }
        if (!approve && (reason == null || reason.isBlank())) {
            throw ProblemException.invalid("body.reason", "a rejection needs a reason");
        }
        m.status = approve ? ModerationItem.Status.APPROVED : ModerationItem.Status.REJECTED;
        m.reason = reason;
        m.decidedBy = caller.id();
        m.decidedAt = clock.now();
        m.persistAndFlush();
        return m;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public UnitIkm unitIkm(UUID unitId, int year) {
        if (UnitView.findById(unitId) == null) {
            throw ProblemException.notFound("unit", unitId);
        }
        // Only citizens rate a unit's service; students and parents rate a teacher and are not asked the SKM elements.
        List<PublicResponse> rs = cutoff.counted("unitId = ?1 and year = ?2 and group = ?3", unitId, year, RaterGroup.CITIZEN);
        int k = gate.threshold(RaterGroup.CITIZEN);
        if (!gate.shows(RaterGroup.CITIZEN, rs.size())) {
            return new UnitIkm(unitId, year, false, k, null, null, null, null, null);
        }
        Ikm ikm = Ikm.of(rs.stream().map(PublicResponse::elements).toList());
        return new UnitIkm(unitId, year, true, k, ikm.respondents(), ikm.nrr(), ikm.value(), ikm.grade().name(), ikm.grade().label());
    }

    /** Per-employee public rating, per public group, each shown only from its own k responses; approved comments only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public EmployeePublic employeePublic(String nip, int year) {
        EmployeeView e = EmployeeView.findById(nip);
        if (e == null) {
            throw ProblemException.notFound("employee", nip);
        }
        boolean appraiser = e.supervisorNip != null && caller.is(e.supervisorNip);
        if (!caller.is(nip) && !appraiser && !caller.isHrAdmin()) {
            throw ProblemException.forbidden("only the employee, their appraiser and hr-admin see this rating");
        }
        List<PublicResponse> rs = cutoff.counted("employeeNip = ?1 and year = ?2", nip, year);
        // The same gated aggregates as feedback.summary, so the API never shows what the event holds back.
        Map<RaterGroup, FeedbackSummary.Group> behaviour = new EnumMap<>(RaterGroup.class);
        summaries.publicGroups(rs).forEach(g -> behaviour.put(g.group(), g));
        FeedbackSummary.PublicSatisfaction satisfaction = summaries.citizenSatisfaction(rs);
        List<PublicGroup> groups = new ArrayList<>();
        for (RaterGroup g : RaterGroup.PUBLIC_GROUPS) {
            long responses = rs.stream().filter(r -> r.group == g).count();
            int k = gate.threshold(g);
            if (!gate.shows(g, responses)) {
                groups.add(new PublicGroup(g, false, k, null, null, null, null, List.of()));
                continue;
            }
            boolean citizen = g == RaterGroup.CITIZEN && satisfaction != null;
            FeedbackSummary.Group b = behaviour.get(g);
            // Only comments of counted responses: a comment showing up the day of a visit would say whose it is.
            List<String> comments = em.createQuery("select m.text from ModerationItem m, PublicResponse r where m.responseId = r.id"
                            + " and r.employeeNip = ?1 and r.year = ?2 and r.group = ?3 and m.status = ?4 and "
                            + PublicResponse.counted("r.", 5) + " order by m.text", String.class)
                    .setParameter(1, nip).setParameter(2, year).setParameter(3, g).setParameter(4, ModerationItem.Status.APPROVED)
                    .setParameter(5, cutoff.firstUncountedDay()).getResultList();
            groups.add(new PublicGroup(g, true, k, responses, citizen ? satisfaction.ikm() : null,
                    citizen ? satisfaction.grade().name() : null, b == null ? null : b.means(), comments));
        }
        return new EmployeePublic(nip, year, groups);
    }

    private Optional<VisitToken> token(String code) {
        return codes.verify(code).map(id -> VisitToken.findById(id));
    }

    private PublicChannel channel(UUID id) {
        PublicChannel c = PublicChannel.findById(id);
        if (c == null) {
            throw ProblemException.notFound("channel", id);
        }
        return c;
    }

    private void requireIssuer(PublicChannel c) {
        if (caller.isHrAdmin()) {
            return;
        }
        EmployeeView me = caller.nip().map(n -> EmployeeView.<EmployeeView>findById(n)).orElse(null);
        if (me == null || !me.active() || !c.unitId.equals(me.unitId)) {
            throw ProblemException.forbidden("only hr-admin and staff of the channel's unit issue visit tokens");
        }
    }
}
