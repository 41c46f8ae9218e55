package id.merit.employee.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NipTests {

    @Test
    void aPnsNipYieldsBirthDateTmtSexAndSerial() {
        Nip n = Nip.parse("198609262015051001");
        assertEquals(EmploymentType.PNS, n.type());
        assertEquals(LocalDate.of(1986, 9, 26), n.birthDate());
        assertEquals(LocalDate.of(2015, 5, 1), n.tmt());
        assertEquals(Sex.MALE, n.sex());
        assertEquals("001", n.serial());
        assertNull(n.contractCount());
    }

    @Test
    void aFemalePnsNip() {
        Nip n = Nip.parse("199001152018032002");
        assertEquals(Sex.FEMALE, n.sex());
        assertEquals(LocalDate.of(2018, 3, 1), n.tmt());
    }

    @Test
    void aPppkNumberIsRecognisedByTheMarkerInDigit13() {
        Nip n = Nip.parse("198503102023211005");
        assertEquals(EmploymentType.PPPK, n.type());
        assertEquals(LocalDate.of(1985, 3, 10), n.birthDate());
        assertEquals(LocalDate.of(2023, 1, 1), n.tmt());
        assertEquals(1, n.contractCount());
        assertEquals(Sex.MALE, n.sex());
        assertEquals("005", n.serial());
    }

    @Test
    void aPppkNumberCarriesTheContractCount() {
        Nip n = Nip.parse("199207072022222010");
        assertEquals(2, n.contractCount());
        assertEquals(Sex.FEMALE, n.sex());
    }

    @Test
    void aLeapDayBirthIsARealDate() {
        assertEquals(LocalDate.of(1984, 2, 29), Nip.parse("198402292010011001").birthDate());
    }

    @Test
    void exactlyEighteenAtTmtIsAccepted() {
        assertEquals(EmploymentType.PNS, Nip.parse("200001012018011001").type());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "19860926201505100,   must be 18 digits",
            "1986092620150510011, must be 18 digits",
            "19860926201505100A,  digits only",
            "1986-9262015051001,  digits only",
            "198602302015051001,  not a real date",
            "198502292015051001,  not a real date",
            "198613012015051001,  not a real date",
            "198609262015053001,  sex digit",
            "198609262015050001,  sex digit",
            "198609262015001001,  must be 01-12",
            "198609262015131001,  must be 01-12",
            "198609262015311001,  2x (PPPK)",
            "198503102023201005,  contract count",
            "200001012017061001,  would be 17",
            "194001012015051001,  would be 75",
            "195006012021211001,  would be 71",
            "201001012023211001,  would be 13",
    })
    void invalidNumbersAreRefusedWithTheirReason(String nip, String reason) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Nip.parse(nip));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    @Test
    void nothingIsNotANip() {
        assertTrue(Nip.problemWith(null).contains("18 digits"));
    }

    @Test
    void aRecordMustAgreeWithTheBirthDateEncodedInTheNip() {
        Nip n = Nip.parse("198609262015051001");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> n.checkAgrees(LocalDate.of(1986, 9, 27), Sex.MALE));
        assertTrue(e.getMessage().contains("1986-09-26"));
    }

    @Test
    void aRecordMustAgreeWithTheSexEncodedInTheNip() {
        Nip n = Nip.parse("198609262015051001");
        assertThrows(IllegalArgumentException.class, () -> n.checkAgrees(LocalDate.of(1986, 9, 26), Sex.FEMALE));
    }
}
