package id.merit.placement.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.merit.placement.EmployeeView;
import id.merit.placement.PositionView;
import id.merit.placement.PredikatRecord;
import id.merit.placement.Vacancy;
import id.merit.placement.config.PlacementConfig;
import id.merit.placement.domain.Candidate;
import id.merit.placement.domain.EducationLevel;
import id.merit.placement.domain.JobPersonMatch;
import id.merit.placement.domain.PositionType;
import id.merit.placement.domain.Predikat;
import id.merit.placement.domain.PredikatYear;
import id.merit.placement.domain.Requirements;
import id.merit.placement.domain.Score;
import id.merit.placement.domain.VacancyProfile;
import id.merit.placement.domain.Weights;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns projections and configuration into what the pure rules take: a {@link Candidate} per employee and a
 * {@link VacancyProfile} per vacancy (type config ← position profile ← vacancy overrides).
 */
@ApplicationScoped
public class Profiles {
    private static final Weights DEFAULT_WEIGHTS = new Weights(40, 15, 15, 20, 10);

    @Inject
    ObjectMapper mapper;
    @Inject
    PlacementConfig config;
    @Inject
    EntityManager em;

    /** Parsed snapshots keyed by NIP; an entry is reused only while its version is current. */
    private final Map<String, Parsed> parsed = new ConcurrentHashMap<>();

    private record Parsed(long version, Candidate withoutPredikat) {
    }

    public Score.Settings settings() {
        return new Score.Settings(config.talent().potentialMediumFrom(), config.talent().potentialHighFrom(), config.experienceFullYears());
    }

    public Candidate candidate(EmployeeView e) {
        return candidates(List.of(e)).get(0);
    }

    /** Candidates in the order given without their predikat history, for rules that need none (competency gaps). */
    public List<Candidate> candidatesWithoutPredikat(Collection<EmployeeView> employees) {
        List<Candidate> out = new ArrayList<>(employees.size());
        for (EmployeeView e : employees) {
            out.add(parsed.compute(e.nip, (k, old) -> old != null && old.version == e.version ? old : new Parsed(e.version, parse(e))).withoutPredikat());
        }
        return out;
    }

    /** Candidates in the order given, each with their predikat history of both sources (one query for all). */
    public List<Candidate> candidates(Collection<EmployeeView> employees) {
        Map<String, Map<Integer, PredikatYear>> predikat = predikatOf(employees.size() > 1000 ? null : employees.stream().map(e -> e.nip).toList());
        List<Candidate> out = new ArrayList<>(employees.size());
        for (Candidate c : candidatesWithoutPredikat(employees)) {
            out.add(new Candidate(c.nip(), c.status(), c.birthDate(), c.golongan(), c.positionId(), c.unitId(), c.education(), c.competencies(),
                    c.potentialScore(), c.positionHistory(), predikat.getOrDefault(c.nip(), Map.of())));
        }
        return out;
    }

    /** @param nips null for everybody (cheaper than a huge IN list) */
    private Map<String, Map<Integer, PredikatYear>> predikatOf(List<String> nips) {
        String select = "select r.key.nip, r.key.year, r.predikat, r.source, r.underObjection from PredikatRecord r";
        List<Object[]> rows = nips == null
                ? em.createQuery(select, Object[].class).getResultList()
                : nips.isEmpty() ? List.of()
                : em.createQuery(select + " where r.key.nip in :nips", Object[].class).setParameter("nips", nips).getResultList();
        Map<String, Map<Integer, PredikatYear>> out = new HashMap<>();
        for (Object[] r : rows) {
            int year = (Integer) r[1];
            out.computeIfAbsent((String) r[0], k -> new HashMap<>())
                    .put(year, new PredikatYear(year, Predikat.valueOf((String) r[2]), (PredikatYear.Source) r[3], (Boolean) r[4]));
        }
        return out;
    }

    private Candidate parse(EmployeeView e) {
        JsonNode s = read(e.snapshot);
        List<Candidate.Education> education = new ArrayList<>();
        for (JsonNode n : s.path("education")) {
            education.add(new Candidate.Education(EducationLevel.valueOf(n.path("level").asText()), text(n, "field"), n.path("year").asInt()));
        }
        Map<String, Integer> competencies = new HashMap<>();
        Map<String, String> assessedOn = new HashMap<>();
        for (JsonNode n : s.path("competencies")) {
            String code = n.path("code").asText();
            String on = n.path("assessedOn").asText("");
            // The newest assessment of a competency counts.
            if (!assessedOn.containsKey(code) || on.compareTo(assessedOn.get(code)) > 0) {
                competencies.put(code, n.path("level").asInt());
                assessedOn.put(code, on);
            }
        }
        List<Candidate.Tenure> history = new ArrayList<>();
        for (JsonNode n : s.path("positionHistory")) {
            history.add(new Candidate.Tenure(positionType(text(n, "positionType")), date(text(n, "tmt")), date(text(n, "until"))));
        }
        JsonNode potential = s.path("potential");
        return new Candidate(e.nip, e.status, date(text(s, "birthDate")), text(s.path("golongan"), "code"), e.positionId, e.unitId,
                List.copyOf(education), Map.copyOf(competencies),
                potential.isObject() && potential.has("score") ? potential.get("score").asDouble() : null, List.copyOf(history), Map.of());
    }

    public VacancyProfile vacancy(Vacancy v, PositionView p) {
        JsonNode s = read(p.snapshot);
        PositionType type = PositionType.valueOf(p.type);
        PlacementConfig.TypeRules rules = config.positionTypes().get(type);
        Requirements fromType = rules == null
                ? new Requirements(null, List.of(), null, 0, Set.of(), null, config.minPredikat(), config.predikatYears())
                : new Requirements(rules.minEducation().orElse(null), List.of(), rules.minGolongan().orElse(null), rules.minYearsExperience(),
                rules.experienceIn().map(l -> (Set<PositionType>) EnumSet.copyOf(l)).orElse(Set.of()),
                rules.maxAge().isPresent() ? rules.maxAge().getAsInt() : null, rules.minPredikat().orElse(config.minPredikat()),
                rules.predikatYears().orElse(config.predikatYears()));
        JsonNode req = s.path("requirements");
        List<String> fields = new ArrayList<>();
        req.path("acceptedFields").forEach(f -> fields.add(f.asText()));
        Requirements fromPosition = fromType.overriddenBy(educationLevel(text(req, "minEducationLevel")), fields, text(req, "minGolongan"),
                req.hasNonNull("minYearsExperience") ? req.get("minYearsExperience").asInt() : null,
                req.hasNonNull("maxAge") ? req.get("maxAge").asInt() : null);
        Requirements effective = fromPosition;
        if (v.requirementOverrides != null) {
            Overrides.Requirements o = read(v.requirementOverrides, Overrides.Requirements.class);
            effective = fromPosition.overriddenBy(o.minEducation(), o.acceptedFields(), o.minGolongan(), o.minYearsExperience(), o.maxAge());
        }
        Weights weights;
        if (v.weightOverrides != null) {
            Overrides.Weights w = read(v.weightOverrides, Overrides.Weights.class);
            weights = new Weights(w.jpm(), w.education(), w.experience(), w.predikat(), w.talent());
        } else if (rules != null) {
            PlacementConfig.WeightsConfig w = rules.weights();
            weights = new Weights(w.jpm(), w.education(), w.experience(), w.predikat(), w.talent());
        } else {
            weights = DEFAULT_WEIGHTS;
        }
        List<JobPersonMatch.Requirement> standard = requirements(standard(s));
        Set<String> incumbents = new HashSet<>();
        s.path("incumbentNips").forEach(n -> incumbents.add(n.asText()));
        return new VacancyProfile(p.id, type, p.unitId, incumbents, standard, effective, weights, v.tmt);
    }

    /** One competency of a position's standard (SKJ) with the display name the position gives it. */
    public record StandardEntry(String code, String name, int requiredLevel) {
    }

    public List<StandardEntry> standard(PositionView p) {
        return standard(read(p.snapshot));
    }

    private static List<StandardEntry> standard(JsonNode snapshot) {
        List<StandardEntry> out = new ArrayList<>();
        snapshot.path("competencyStandard").forEach(n -> out.add(new StandardEntry(n.path("code").asText(), text(n, "name"), n.path("requiredLevel").asInt())));
        return out;
    }

    public static List<JobPersonMatch.Requirement> requirements(List<StandardEntry> standard) {
        return standard.stream().map(e -> new JobPersonMatch.Requirement(e.code(), e.requiredLevel())).toList();
    }

    public Set<String> incumbents(PositionView p) {
        Set<String> out = new HashSet<>();
        read(p.snapshot).path("incumbentNips").forEach(n -> out.add(n.asText()));
        return out;
    }

    public String write(Object o) {
        try {
            return mapper.writeValueAsString(o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public <T> T read(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode read(String json) {
        try {
            return mapper.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    private static PositionType positionType(String s) {
        try {
            return s == null ? null : PositionType.valueOf(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static EducationLevel educationLevel(String s) {
        return s == null ? null : EducationLevel.valueOf(s);
    }
}
