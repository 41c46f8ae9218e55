package id.merit.feedback.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static id.merit.feedback.domain.SkmElement.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class IkmTests {

    /** Scores in the order of {@link SkmElement#values()}. */
    static Map<SkmElement, Integer> response(int... scores) {
        Map<SkmElement, Integer> r = new EnumMap<>(SkmElement.class);
        for (SkmElement e : SkmElement.values()) {
            r.put(e, scores[e.ordinal()]);
        }
        return r;
    }

    @Test
    void workedExampleOfFourRespondentsIsComputedAsTheRegulationSays() {
        //                     PERS PROS WAKT BIAY PROD KOMP PERI PENG SARA
        var r1 = response(4, 3, 2, 4, 3, 3, 4, 2, 3);
        var r2 = response(3, 3, 3, 4, 4, 3, 4, 2, 3);
        var r3 = response(3, 3, 3, 4, 3, 4, 3, 3, 3);
        var r4 = response(4, 3, 2, 4, 4, 4, 3, 3, 4);

        Ikm ikm = Ikm.of(List.of(r1, r2, r3, r4));

        // NRR = element sum / 4:
        //   Persyaratan 4+3+3+4 = 14 → 3.50   Prosedur 3+3+3+3 = 12 → 3.00   Waktu 2+3+3+2 = 10 → 2.50
        //   Biaya 4+4+4+4 = 16 → 4.00         Produk 3+4+3+4 = 14 → 3.50     Kompetensi 3+3+4+4 = 14 → 3.50
        //   Perilaku 4+4+3+3 = 14 → 3.50      Pengaduan 2+2+3+3 = 10 → 2.50  Sarana 3+3+3+4 = 13 → 3.25
        assertEquals(new BigDecimal("3.50"), ikm.nrr().get(PERSYARATAN));
        assertEquals(new BigDecimal("3.00"), ikm.nrr().get(PROSEDUR));
        assertEquals(new BigDecimal("2.50"), ikm.nrr().get(WAKTU_PENYELESAIAN));
        assertEquals(new BigDecimal("4.00"), ikm.nrr().get(BIAYA_TARIF));
        assertEquals(new BigDecimal("3.50"), ikm.nrr().get(PRODUK_LAYANAN));
        assertEquals(new BigDecimal("3.50"), ikm.nrr().get(KOMPETENSI_PELAKSANA));
        assertEquals(new BigDecimal("3.50"), ikm.nrr().get(PERILAKU_PELAKSANA));
        assertEquals(new BigDecimal("2.50"), ikm.nrr().get(PENANGANAN_PENGADUAN));
        assertEquals(new BigDecimal("3.25"), ikm.nrr().get(SARANA_PRASARANA));
        // Σ NRR = 3.5+3.0+2.5+4.0+3.5+3.5+3.5+2.5+3.25 = 29.25; IKM = 29.25 × 1/9 × 25 = 3.25 × 25 = 81.25 → B (76.61-88.30)
        assertEquals(new BigDecimal("81.25"), ikm.value());
        assertEquals(IkmGrade.B, ikm.grade());
        assertEquals(4, ikm.respondents());
    }

    @Test
    void aRepeatingFractionIsRoundedOnlyAtTheEnd() {
        // Three respondents; Persyaratan 4,4,3 → NRR 11/3 = 3.666…, every other element 4,4,4 → 4.
        // Σ NRR = 11/3 + 8×4 = 107/3; IKM = 107/3 / 9 × 25 = 2675/27 = 99.0740… → 99.07 → A
        var a = response(4, 4, 4, 4, 4, 4, 4, 4, 4);
        var b = response(3, 4, 4, 4, 4, 4, 4, 4, 4);

        Ikm ikm = Ikm.of(List.of(a, a, b));

        assertEquals(new BigDecimal("3.67"), ikm.nrr().get(PERSYARATAN));
        assertEquals(new BigDecimal("99.07"), ikm.value());
        assertEquals(IkmGrade.A, ikm.grade());
    }

    @Test
    void allOnesIsTheMinimum25AndAllFoursTheMaximum100() {
        assertEquals(new BigDecimal("25.00"), Ikm.of(List.of(response(1, 1, 1, 1, 1, 1, 1, 1, 1))).value());
        assertEquals(new BigDecimal("100.00"), Ikm.of(List.of(response(4, 4, 4, 4, 4, 4, 4, 4, 4))).value());
    }

    @Test
    void aScoreOutsideOneToFourOrAMissingElementIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Ikm.of(List.of(response(0, 4, 4, 4, 4, 4, 4, 4, 4))));
        assertThrows(IllegalArgumentException.class, () -> Ikm.of(List.of(response(5, 4, 4, 4, 4, 4, 4, 4, 4))));
        var missing = response(4, 4, 4, 4, 4, 4, 4, 4, 4);
        missing.remove(SARANA_PRASARANA);
        assertThrows(IllegalArgumentException.class, () -> Ikm.of(List.of(missing)));
        assertThrows(IllegalArgumentException.class, () -> Ikm.of(Collections.emptyList()));
    }

    @ParameterizedTest(name = "IKM {0} → {1}")
    @CsvSource({
            "100.00, A", "88.31, A",
            "88.30, B", "76.61, B",
            "76.60, C", "65.00, C",
            "64.99, D", "25.00, D"})
    void gradeBoundaries(String ikm, IkmGrade grade) {
        assertEquals(grade, IkmGrade.of(new BigDecimal(ikm)));
    }

    @ParameterizedTest
    @CsvSource({"24.99", "100.01"})
    void anIkmOutsideTheScaleHasNoGrade(String ikm) {
        assertThrows(IllegalArgumentException.class, () -> IkmGrade.of(new BigDecimal(ikm)));
    }
}
