package id.merit.appraisal;

import id.merit.appraisal.config.AppraisalConfig;
import id.merit.appraisal.domain.Rating;
import id.merit.appraisal.domain.SkpState;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

/** A supervisor's team for a year: their people in service with their SKPs (or none yet), and whoever else they appraise. */
@QuarkusTest
class TeamTests {
    static final String HEAD = "199001012020012200";
    static final String SUBMITTED = "199001012020012201";
    static final String NO_SKP = "199001012020012202";
    static final String RETIRED = "199001012020012203";
    static final String MOVED_AWAY = "199001012020012204";
    static final String ONLY_LAST_YEAR = "199001012020012205";
    static final String ELSEWHERE = "199001012020012299";
    static final UUID UNIT = UUID.fromString("00000000-0000-0000-0000-00000000a220");
    static final String TEAM = "/api/v1/appraisals/employees/" + HEAD + "/team";
    /** Another supervisor, whose people have SKPs of this year and of last year only. */
    static final String LEAD = "199001012020012300";
    static final String THIS_YEAR = "199001012020012301";
    static final String LAST_YEAR = "199001012020012302";

    @Inject
    AppraisalConfig config;

    @BeforeEach
    void arrange() {
        Fixtures.period(Fixtures.YEAR);
        if (Fixtures.inTx(() -> Skp.count("nip", SUBMITTED)) > 0) {
            return;
        }
        Fixtures.employee(HEAD, null, UNIT);
        for (String nip : new String[]{SUBMITTED, NO_SKP, RETIRED, ONLY_LAST_YEAR}) {
            Fixtures.employee(nip, HEAD, UNIT);
        }
        // Moved to another supervisor during the year; the SKP they started stays with the appraiser it named.
        Fixtures.employee(MOVED_AWAY, ELSEWHERE, UNIT);
        QuarkusTransaction.requiringNew().run(() -> EmployeeView.<EmployeeView>findById(RETIRED).status = "RETIRED");
        Fixtures.skp(SUBMITTED, HEAD, SkpState.SUBMITTED);
        Fixtures.skp(MOVED_AWAY, HEAD, SkpState.AGREED);
        Fixtures.skp(ONLY_LAST_YEAR, HEAD, Fixtures.YEAR - 1, UNIT, SkpState.FINAL, Rating.MEETS, Rating.MEETS);
    }

    @Test
    @TestSecurity(user = "head", roles = "employee")
    @OidcSecurity(claims = @Claim(key = "nip", value = HEAD))
    void theSupervisorSeesTheirPeopleWithTheirSkpOfTheYearAndWhoHasNone() {
        given().get(TEAM + "?year=" + Fixtures.YEAR).then().statusCode(200)
                .body("supervisorNip", is(HEAD)).body("year", is(Fixtures.YEAR))
                .body("members.items.nip", contains(SUBMITTED, NO_SKP, MOVED_AWAY, ONLY_LAST_YEAR))
                .body("members.totalItems", is(4))
                .body("members.items[0].name", is("Pegawai 2201")).body("members.items[0].positionName", is("Analis"))
                .body("members.items[0].skp.state", is("SUBMITTED")).body("members.items[0].skp.year", is(Fixtures.YEAR))
                .body("members.items[1].skp", nullValue())
                .body("members.items[2].skp.state", is("AGREED"))
                .body("members.items[3].skp", nullValue())
                .body("withoutSkp", is(2))
                .body("states.SUBMITTED", is(1)).body("states.AGREED", is(1)).body("states.FINAL", is(0));
        // Last year's view holds the one final SKP of that year; the rest of the team had none.
        given().get(TEAM + "?year=" + (Fixtures.YEAR - 1)).then().statusCode(200)
                .body("members.items.nip", contains(SUBMITTED, NO_SKP, ONLY_LAST_YEAR))
                .body("members.items[2].skp.state", is("FINAL")).body("states.FINAL", is(1)).body("withoutSkp", is(2));
    }

    @Test
    @TestSecurity(user = "head", roles = "employee")
    @OidcSecurity(claims = @Claim(key = "nip", value = HEAD))
    void pagesAreCutAfterSortingAndTheCountsStayTheWholeTeams() {
        given().get(TEAM + "?year=" + Fixtures.YEAR + "&size=2&page=1").then().statusCode(200)
                .body("members.items.nip", contains(MOVED_AWAY, ONLY_LAST_YEAR))
                .body("members.totalItems", is(4)).body("members.totalPages", is(2))
                .body("withoutSkp", is(2)).body("states.SUBMITTED", is(1));
        given().get(TEAM + "?year=" + Fixtures.YEAR + "&size=2&page=5").then().statusCode(200)
                .body("members.items.size()", is(0)).body("members.totalItems", is(4));
    }

    @Test
    @TestSecurity(user = "submitted", roles = "employee")
    @OidcSecurity(claims = @Claim(key = "nip", value = SUBMITTED))
    void someoneElseMayNotReadTheTeam() {
        given().get(TEAM + "?year=" + Fixtures.YEAR).then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "hr.admin", roles = "hr-admin")
    void hrAdminReadsAnyTeamAndBadInputIsRefused() {
        given().get(TEAM + "?year=" + Fixtures.YEAR).then().statusCode(200).body("members.totalItems", is(4));
        given().get(TEAM + "?year=2091").then().statusCode(404).contentType("application/problem+json");
        given().get(TEAM + "?year=1999").then().statusCode(400).contentType("application/problem+json");
        given().get(TEAM + "?year=2101").then().statusCode(400).contentType("application/problem+json");
        given().get("/api/v1/appraisals/employees/12345/team?year=" + Fixtures.YEAR).then().statusCode(400)
                .contentType("application/problem+json");
        given().get(TEAM + "?year=" + Fixtures.YEAR + "&size=0").then().statusCode(400).contentType("application/problem+json");
        // Nobody reports to someone who is not a supervisor: an empty team, not an error.
        given().get("/api/v1/appraisals/employees/" + NO_SKP + "/team?year=" + Fixtures.YEAR).then().statusCode(200)
                .body("members.totalItems", is(0)).body("withoutSkp", is(0));
    }

    @Test
    @TestSecurity(user = "lead", roles = "employee")
    @OidcSecurity(claims = @Claim(key = "nip", value = LEAD))
    void withoutAYearTheTeamIsOfTheCurrentYearInTheServicesZone() {
        int now = LocalDate.now(config.zone()).getYear();
        Fixtures.employee(LEAD, null, UNIT);
        Fixtures.employee(THIS_YEAR, LEAD, UNIT);
        Fixtures.employee(LAST_YEAR, LEAD, UNIT);
        Fixtures.skp(THIS_YEAR, LEAD, now, UNIT, SkpState.SUBMITTED, Rating.MEETS, Rating.MEETS);
        Fixtures.skp(LAST_YEAR, LEAD, now - 1, UNIT, SkpState.FINAL, Rating.MEETS, Rating.MEETS);
        String team = "/api/v1/appraisals/employees/" + LEAD + "/team";
        given().get(team).then().statusCode(200).body("supervisorNip", is(LEAD)).body("year", is(now))
                .body("members.items.nip", contains(THIS_YEAR, LAST_YEAR))
                .body("members.items[0].skp.year", is(now)).body("members.items[0].skp.state", is("SUBMITTED"))
                .body("members.items[1].skp", nullValue())
                .body("withoutSkp", is(1)).body("states.SUBMITTED", is(1)).body("states.FINAL", is(0));
        // The year asked for is still the one answered.
        given().get(team + "?year=" + (now - 1)).then().statusCode(200).body("year", is(now - 1))
                .body("members.items[1].skp.state", is("FINAL")).body("withoutSkp", is(1))
                .body("states.SUBMITTED", is(0)).body("states.FINAL", is(1));
    }
}
