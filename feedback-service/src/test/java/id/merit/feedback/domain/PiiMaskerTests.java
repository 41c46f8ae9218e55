package id.merit.feedback.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PiiMaskerTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "hubungi saya di 081234567890 ya|hubungi saya di [nomor telepon disamarkan] ya",
            "WA +62 812-3456-7890 terima kasih|WA [nomor telepon disamarkan] terima kasih",
            "telp kantor (0536) 322 1234|telp kantor [nomor telepon disamarkan]",
            "NIK saya 6271031201900001 mohon dicek|NIK saya [NIK disamarkan] mohon dicek",
            "NIK 6271 0312 0190 0001|NIK [NIK disamarkan]",
            "email budi.santoso@example.co.id saja|email [email disamarkan] saja",
            "pelayanan cepat, 3 loket buka, antre 15 menit|pelayanan cepat, 3 loket buka, antre 15 menit",
            "tahun 2026 lebih baik|tahun 2026 lebih baik"})
    void obviousPersonalDataIsMaskedAndOrdinaryNumbersAreKept(String input, String expected) {
        assertEquals(expected, PiiMasker.mask(input));
    }
}
