package id.merit.employee.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PositionTypeTests {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            "JPT_UTAMA,,5", "JPT_MADYA,,5", "JPT_PRATAMA,,4", "ADMINISTRATOR,,3", "PENGAWAS,,2", "PELAKSANA,,1",
            "FUNGSIONAL,AHLI_UTAMA,4", "FUNGSIONAL,AHLI_MADYA,3", "FUNGSIONAL,AHLI_MUDA,2", "FUNGSIONAL,AHLI_PERTAMA,1",
            "FUNGSIONAL,PENYELIA,1", "FUNGSIONAL,MAHIR,1", "FUNGSIONAL,TERAMPIL,1", "FUNGSIONAL,PEMULA,1",
    })
    void defaultManagerialLevelByType(PositionType type, FungsionalLevel level, int expected) {
        assertEquals(expected, type.defaultManagerialLevel(level));
    }

    @Test
    void aFungsionalPositionNeedsItsLevel() {
        assertThrows(IllegalArgumentException.class, () -> PositionType.FUNGSIONAL.defaultManagerialLevel(null));
    }

    @Test
    void theDefaultStandardHasEightManagerialCompetenciesAndPerekatBangsaAtTheTypeLevel() {
        List<CompetencyStandard.Requirement> std = CompetencyStandard.defaults(PositionType.ADMINISTRATOR, null);
        assertEquals(8, std.stream().filter(r -> r.kind() == CompetencyKind.MANAGERIAL).count());
        assertEquals(1, std.stream().filter(r -> r.kind() == CompetencyKind.SOCIOCULTURAL && r.code().equals("PEREKAT_BANGSA")).count());
        assertTrue(std.stream().allMatch(r -> r.requiredLevel() == 3));
    }

    @Test
    void givenLevelsReplaceDefaultsAndUnknownCodesAreTechnical() {
        List<CompetencyStandard.Requirement> std = CompetencyStandard.withOverrides(PositionType.PENGAWAS, null, List.of(
                new CompetencyStandard.Requirement("INTEGRITAS", null, null, 4),
                new CompetencyStandard.Requirement("PENGELOLAAN_KEUANGAN", "Pengelolaan Keuangan", null, 3)));
        assertEquals(10, std.size());
        assertEquals(4, std.stream().filter(r -> r.code().equals("INTEGRITAS")).findFirst().orElseThrow().requiredLevel());
        assertEquals(CompetencyKind.TECHNICAL, std.stream().filter(r -> r.code().equals("PENGELOLAAN_KEUANGAN")).findFirst().orElseThrow().kind());
        assertEquals(2, std.stream().filter(r -> r.code().equals("KOMUNIKASI")).findFirst().orElseThrow().requiredLevel());
    }

    @ParameterizedTest
    @CsvSource({"S-1/Sarjana,S1", "S-2,S2", "Doktor,S3", "D-III,D3", "D-IV,D4", "SLTA,SMA", "SMK,SMA", "SD,SD"})
    void registryEducationTextIsRead(String text, EducationLevel level) {
        assertEquals(level, EducationLevel.fromRegistry(text).orElseThrow());
    }
}
