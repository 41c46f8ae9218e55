package id.merit.placement.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** A candidate who passes every rule of {@link #vacancy()}, so each test changes one thing. */
final class Fixtures {
    static final LocalDate TMT = LocalDate.of(2026, 7, 1);
    static final UUID POSITION = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    static final UUID UNIT = UUID.fromString("00000000-0000-0000-0000-0000000000b1");

    private Fixtures() {
    }

    static Candidate candidate() {
        return new Candidate("198609262015051001", "ACTIVE", LocalDate.of(1986, 9, 26), "III/d", UUID.randomUUID(), UNIT,
                List.of(new Candidate.Education(EducationLevel.S1, "Administrasi Publik", 2008)),
                Map.of("INTEGRITAS", 3, "KERJA_SAMA", 3), 85.0,
                List.of(new Candidate.Tenure(PositionType.PENGAWAS, LocalDate.of(2020, 1, 1), null),
                        new Candidate.Tenure(PositionType.PELAKSANA, LocalDate.of(2015, 5, 1), LocalDate.of(2020, 1, 1))),
                merit(Map.of(2024, Predikat.BAIK, 2025, Predikat.SANGAT_BAIK)));
    }

    /** A predikat history of Merit's own results, none under objection. */
    static Map<Integer, PredikatYear> merit(Map<Integer, Predikat> byYear) {
        Map<Integer, PredikatYear> out = new HashMap<>();
        byYear.forEach((y, p) -> out.put(y, new PredikatYear(y, p, PredikatYear.Source.MERIT, false)));
        return Map.copyOf(out);
    }

    static Requirements requirements() {
        return new Requirements(EducationLevel.S1, List.of("Administrasi Publik", "Manajemen"), "III/c", 4,
                EnumSet.of(PositionType.PENGAWAS), 56, Predikat.BAIK, 2);
    }

    static VacancyProfile vacancy() {
        return vacancy(requirements(), new Weights(40, 15, 15, 20, 10));
    }

    static VacancyProfile vacancy(Requirements r, Weights w) {
        return new VacancyProfile(POSITION, PositionType.ADMINISTRATOR, UNIT, Set.of(),
                List.of(new JobPersonMatch.Requirement("INTEGRITAS", 3), new JobPersonMatch.Requirement("KERJA_SAMA", 3)), r, w, TMT);
    }

    static Score.Settings settings() {
        return new Score.Settings(60, 80, 10);
    }
}
