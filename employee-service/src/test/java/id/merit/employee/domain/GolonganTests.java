package id.merit.employee.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GolonganTests {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "I/a,   Juru Muda,           11, 1",
            "I/b,   Juru Muda Tk I,      12, 2",
            "I/c,   Juru,                13, 3",
            "I/d,   Juru Tk I,           14, 4",
            "II/a,  Pengatur Muda,       21, 5",
            "II/b,  Pengatur Muda Tk I,  22, 6",
            "II/c,  Pengatur,            23, 7",
            "II/d,  Pengatur Tk I,       24, 8",
            "III/a, Penata Muda,         31, 9",
            "III/b, Penata Muda Tk I,    32, 10",
            "III/c, Penata,              33, 11",
            "III/d, Penata Tk I,         34, 12",
            "IV/a,  Pembina,             41, 13",
            "IV/b,  Pembina Tk I,        42, 14",
            "IV/c,  Pembina Utama Muda,  43, 15",
            "IV/d,  Pembina Utama Madya, 44, 16",
            "IV/e,  Pembina Utama,       45, 17",
    })
    void pnsGolonganHasItsPangkatSiasnCodeAndRank(String code, String pangkat, String siasn, int rank) {
        Golongan g = Golongan.of(EmploymentType.PNS, code).orElseThrow();
        assertEquals(pangkat, g.pangkat);
        assertEquals(siasn, g.siasnCode);
        assertEquals(rank, g.rank);
        assertEquals(g, Golongan.ofSiasnCode(siasn).orElseThrow());
    }

    @ParameterizedTest(name = "PPPK {0}")
    @CsvSource({"I,1", "II,2", "III,3", "IV,4", "V,5", "VI,6", "VII,7", "VIII,8", "IX,9", "X,10", "XI,11", "XII,12",
            "XIII,13", "XIV,14", "XV,15", "XVI,16", "XVII,17"})
    void pppkGolonganHasNoPangkat(String code, int rank) {
        Golongan g = Golongan.of(EmploymentType.PPPK, code).orElseThrow();
        assertEquals(rank, g.rank);
        assertNull(g.pangkat);
        assertNull(g.siasnCode);
    }

    @Test
    void thereAreSeventeenOfEach() {
        for (EmploymentType t : EmploymentType.values()) {
            assertEquals(17, java.util.Arrays.stream(Golongan.values()).filter(g -> g.employmentType == t).count());
        }
    }

    @Test
    void aPnsCodeIsNotAPppkGolongan() {
        assertTrue(Golongan.of(EmploymentType.PPPK, "III/a").isEmpty());
        assertTrue(Golongan.of(EmploymentType.PNS, "XVIII").isEmpty());
        assertTrue(Golongan.ofSiasnCode("46").isEmpty());
    }
}
