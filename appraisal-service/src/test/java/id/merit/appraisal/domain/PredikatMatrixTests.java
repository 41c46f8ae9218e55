package id.merit.appraisal.domain;

import org.junit.jupiter.api.Test;

import static id.merit.appraisal.domain.Rating.ABOVE;
import static id.merit.appraisal.domain.Rating.BELOW;
import static id.merit.appraisal.domain.Rating.MEETS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** DESIGN §3 rating matrix, one test per cell (Hasil Kerja first, Perilaku Kerja second). */
class PredikatMatrixTests {

    @Test
    void hasilAboveAndPerilakuAboveIsSangatBaik() {
        assertEquals(Predikat.SANGAT_BAIK, Predikat.of(ABOVE, ABOVE));
    }

    @Test
    void hasilAboveAndPerilakuMeetsIsBaik() {
        assertEquals(Predikat.BAIK, Predikat.of(ABOVE, MEETS));
    }

    @Test
    void hasilAboveAndPerilakuBelowIsKurangForMisconduct() {
        assertEquals(Predikat.KURANG, Predikat.of(ABOVE, BELOW));
    }

    @Test
    void hasilMeetsAndPerilakuAboveIsBaik() {
        assertEquals(Predikat.BAIK, Predikat.of(MEETS, ABOVE));
    }

    @Test
    void hasilMeetsAndPerilakuMeetsIsBaik() {
        assertEquals(Predikat.BAIK, Predikat.of(MEETS, MEETS));
    }

    @Test
    void hasilMeetsAndPerilakuBelowIsKurangForMisconduct() {
        assertEquals(Predikat.KURANG, Predikat.of(MEETS, BELOW));
    }

    @Test
    void hasilBelowAndPerilakuAboveIsButuhPerbaikan() {
        assertEquals(Predikat.BUTUH_PERBAIKAN, Predikat.of(BELOW, ABOVE));
    }

    @Test
    void hasilBelowAndPerilakuMeetsIsButuhPerbaikan() {
        assertEquals(Predikat.BUTUH_PERBAIKAN, Predikat.of(BELOW, MEETS));
    }

    @Test
    void hasilBelowAndPerilakuBelowIsSangatKurang() {
        assertEquals(Predikat.SANGAT_KURANG, Predikat.of(BELOW, BELOW));
    }

    @Test
    void aMissingRatingHasNoPredikat() {
        assertThrows(IllegalArgumentException.class, () -> Predikat.of(null, MEETS));
        assertThrows(IllegalArgumentException.class, () -> Predikat.of(MEETS, null));
    }
}
