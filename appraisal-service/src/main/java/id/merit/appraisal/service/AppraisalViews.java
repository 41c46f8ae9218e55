package id.merit.appraisal.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.merit.appraisal.EmployeeView;
import id.merit.appraisal.FeedbackSummary;
import id.merit.appraisal.Skp;
import id.merit.appraisal.config.AppraisalConfig;
import id.merit.appraisal.domain.SkpState;
import id.merit.platform.events.EmployeeStatuses;
import id.merit.platform.problem.ProblemException;
import id.merit.platform.security.Caller;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Read models people need: my SKPs, what waits for me, my team, predikat history, rating data, the registry export. */
@ApplicationScoped
public class AppraisalViews {
    @Inject
    Caller caller;
    @Inject
    SkpAccess access;
    @Inject
    SkpService skps;
    @Inject
    PeriodService periods;
    @Inject
    AppraisalConfig config;
    @Inject
    ObjectMapper mapper;

    public record Listing(List<Skp> items, long total) {
    }

    /** One person of a supervisor's team and their SKP of the year, if they made one. */
    public record TeamMember(String nip, EmployeeView employee, Skp skp) {
    }

    public record Team(List<TeamMember> members, Map<SkpState, Long> states, long withoutSkp) {
    }

    /** Everything the appraiser sees when rating: the SKP, and received feedback as input (never a rating). */
    public record RatingData(SkpService.SkpDetails skp, JsonNode feedbackSummary, Long feedbackSummaryVersion) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Listing mine(int offset, int size) {
        String nip = ownNip();
        return new Listing(Skp.find("nip", Sort.descending("year").and("id"), nip).range(offset, offset + size - 1).list(),
                Skp.count("nip", nip));
    }

    /** SKPs where the caller is the appraiser and must act: agree a submitted plan or rate an agreed one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Listing waitingForMe(int offset, int size) {
        String nip = ownNip();
        List<SkpState> waiting = List.of(SkpState.SUBMITTED, SkpState.AGREED);
        return new Listing(Skp.find("appraiserNip = ?1 and state in ?2", Sort.by("year").and("nip").and("id"), nip, waiting)
                .range(offset, offset + size - 1).list(), Skp.count("appraiserNip = ?1 and state in ?2", nip, waiting));
    }

    /**
     * A supervisor's team for a year: the people in service whose supervisor they are, with their SKP of the year or
     * none yet, and anyone else whose SKP of the year they appraise (someone who moved away mid-year, an appraiser named
     * by hr-admin). By name, then NIP.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Team team(String supervisorNip, int year) {
        access.requireSelfOrReader(supervisorNip, "this team");
        periods.get(year);
        Map<String, EmployeeView> people = new HashMap<>();
        EmployeeView.<EmployeeView>list("supervisorNip", supervisorNip).stream()
                .filter(e -> EmployeeStatuses.inService(e.status)).forEach(e -> people.put(e.nip, e));
        Map<String, Skp> skpByNip = new HashMap<>();
        if (!people.isEmpty()) {
            Skp.<Skp>list("year = ?1 and nip in ?2", year, people.keySet()).forEach(s -> skpByNip.put(s.nip, s));
        }
        for (Skp s : Skp.<Skp>list("year = ?1 and appraiserNip = ?2", year, supervisorNip)) {
            skpByNip.putIfAbsent(s.nip, s);
            people.computeIfAbsent(s.nip, n -> EmployeeView.findById(n));
        }
        List<TeamMember> all = new ArrayList<>();
        people.forEach((nip, e) -> all.add(new TeamMember(nip, e, skpByNip.get(nip))));
        all.sort(Comparator.comparing((TeamMember m) -> m.employee() == null ? "" : m.employee().displayName.toLowerCase(Locale.ROOT))
                .thenComparing(TeamMember::nip));
        Map<SkpState, Long> states = new EnumMap<>(SkpState.class);
        for (SkpState st : SkpState.values()) {
            states.put(st, 0L);
        }
        skpByNip.values().forEach(s -> states.merge(s.state, 1L, Long::sum));
        return new Team(all, states, all.size() - skpByNip.size());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Skp> predikatHistory(String nip) {
        access.requireSelfOrReader(nip, "this history");
        return Skp.list("nip = ?1 and state = ?2", Sort.descending("year"), nip, SkpState.FINAL);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RatingData ratingData(UUID skpId) {
        SkpService.SkpDetails d = skps.details(skpId);
        FeedbackSummary f = FeedbackSummary.find(d.skp().nip, d.skp().year).orElse(null);
        return new RatingData(d, f == null ? null : Json.read(mapper, f.payload), f == null ? null : f.version);
    }

    /**
     * The annual result in the registry's skp22/save shape (DESIGN §8), for systems that send it themselves.
     * pnsDinilaiId carries the NIP. Merit's own sending is employee-service's (from appraisal.finalized), which
     * resolves the registry's id of the person and keeps the audit log.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Object> registryPayload(UUID skpId) {
        Skp s = skps.get(skpId);
        access.requireRegistryRead(s);
        if (s.state != SkpState.FINAL) {
            throw ProblemException.illegalState("only a FINAL SKP is sent to the registry; this one is " + s.state);
        }
        EmployeeView appraiser = EmployeeView.findById(s.appraiserNip);
        AppraisalConfig.Registry codes = config.registry();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("tahun", s.year);
        p.put("pnsDinilaiId", s.nip);
        p.put("hasilKinerjaNilai", code(codes.ratingCodes(), s.hasilKerja.name()));
        p.put("perilakuKerjaNilai", code(codes.ratingCodes(), s.perilakuKerja.name()));
        p.put("kuadranKinerjaNilai", code(codes.predikatCodes(), s.predikat.name()));
        p.put("statusPenilai", codes.appraiserStatus());
        p.put("penilaiNipNrp", s.appraiserNip);
        p.put("penilaiNama", appraiser == null ? null : appraiser.displayName);
        p.put("penilaiJabatan", appraiser == null ? null : appraiser.positionName);
        p.put("penilaiUnorNama", appraiser == null ? null : appraiser.unitName);
        p.put("penilaiGolongan", appraiser == null ? null : appraiser.golongan);
        return p;
    }

    private static Integer code(Map<String, Integer> table, String value) {
        Integer c = table.get(value);
        if (c == null) {
            throw ProblemException.unprocessable("no registry code is configured for " + value);
        }
        return c;
    }

    private String ownNip() {
        return caller.nip().orElseThrow(() -> ProblemException.forbidden("this view needs a token with a nip claim"));
    }
}
