package id.merit.feedback;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.UUID;

import static id.merit.feedback.Fixtures.*;
import static id.merit.feedback.PeerRoundTests.admin;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The citizens' page in a real headless Chromium (Debian's chromium + chromium-driver). No JavaScript is needed by
 * the page; the browser only clicks and submits like a person would.
 */
@QuarkusTest
class CitizenPageBrowserTests {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TestHTTPResource("/")
    URL base;

    WebDriver browser;
    Path profile;

    @BeforeEach
    void start() throws IOException {
        assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "the browser test needs Debian's packages: apt-get install -y chromium chromium-driver");
        profile = Files.createTempDirectory("merit-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=412,915", "--user-data-dir=" + profile);
        // The driver path is given explicitly, so Selenium Manager never tries to download anything.
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterEach
    void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void aCitizenRatesAVisitOnceAndIsThankedAndTheCodeIsThenUsed() throws IOException {
        UUID unit = unit("Dinas Kependudukan " + UUID.randomUUID().toString().substring(0, 6));
        String teacher = employee(nip(), "Guru Budi", unit, null);
        String channel = channel(unit, teacher, "Loket Akta Kelahiran", "SERVICE_DESK");
        String code = token(channel, "{\"serviceType\":\"Akta kelahiran\"}");
        String page = base.toString().replaceAll("/$", "") + "/f/" + code;

        browser.get(page);
        assertEquals("id", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(browser.getPageSource().contains("Loket Akta Kelahiran"));
        assertTrue(browser.getPageSource().contains("Guru Budi, S.Pd."));
        // every radio has a visible label tied to it, and the touch targets are large
        WebElement label = browser.findElement(By.cssSelector("label[for='e_PERSYARATAN-4']"));
        assertTrue(label.getText().contains("Sangat baik"));
        assertTrue(label.getSize().getHeight() >= 48, "touch target height " + label.getSize().getHeight());
        assertTrue(browser.findElement(By.id("kirim")).getSize().getHeight() >= 48);

        for (WebElement radio : browser.findElements(By.cssSelector("input[type=radio][name^='e_'][value='4']"))) {
            browser.findElement(By.cssSelector("label[for='" + radio.getAttribute("id") + "']")).click();
        }
        browser.findElement(By.cssSelector("label[for='b_KOMPETEN-3']")).click();

        // markup in the comment is refused, shown back as plain text, and never runs
        browser.findElement(By.id("comment")).sendKeys("<script>document.title='diretas'</script>");
        browser.findElement(By.id("kirim")).click();
        assertTrue(shown("errors").getText().contains("tidak boleh memuat tanda < atau >"));
        assertNotEquals("diretas", browser.getTitle());
        assertEquals("<script>document.title='diretas'</script>", browser.findElement(By.id("comment")).getAttribute("value"));
        assertTrue(browser.findElement(By.id("e_PERSYARATAN-4")).isSelected(), "answers are kept after an error");

        browser.findElement(By.id("comment")).clear();
        browser.findElement(By.id("comment")).sendKeys("Pelayanan cepat & ramah, terima kasih \"Pak\" petugas");
        browser.findElement(By.id("kirim")).click();
        assertEquals("Terima kasih!", shown("thanks").getText());
        screenshot("citizen-page-thanks.png");

        browser.get(page);
        assertEquals("Kode sudah digunakan", shown("gone").getText());
        screenshot("citizen-page-used.png");

        given().header("X-Forwarded-For", "198.51.100.77").get("/api/v1/public/visits/" + code).then().statusCode(200)
                .body("state", org.hamcrest.Matchers.is("USED"));
        assertEquals(1L, (long) inTx(() -> PublicResponse.count("channelId", UUID.fromString(channel))));
        assertEquals(1L, (long) inTx(() -> ModerationItem.count("text", "Pelayanan cepat & ramah, terima kasih \"Pak\" petugas")));
    }

    @Test
    void aStudentIsAskedOnlyAboutTheTeacher() throws IOException {
        UUID school = unit("SD Negeri " + UUID.randomUUID().toString().substring(0, 6));
        String teacher = employee(nip(), "Guru Rina", school, null);
        String channel = channel(school, teacher, "Kelas 4B", "SCHOOL");
        String code = token(channel, "{\"serviceType\":\"Pembelajaran di kelas\",\"group\":\"STUDENT\"}");

        browser.get(base.toString().replaceAll("/$", "") + "/f/" + code);
        assertTrue(browser.getPageSource().contains("Guru Rina, S.Pd."));
        assertTrue(browser.findElements(By.cssSelector("input[name^='e_']")).isEmpty(), "no SKM element is asked of a student");
        assertEquals(7, browser.findElements(By.cssSelector("input[type=radio][name^='b_'][value='4']")).size());
        screenshot("student-page.png");
        // nothing rated: asked for at least one, and nothing is written
        browser.findElement(By.id("kirim")).click();
        assertTrue(shown("errors").getText().contains("sedikitnya satu"));
        browser.findElement(By.cssSelector("label[for='b_KOMPETEN-4']")).click();
        browser.findElement(By.id("kirim")).click();
        assertEquals("Terima kasih!", shown("thanks").getText());
        PublicResponse stored = inTx(() -> PublicResponse.<PublicResponse>find("channelId", UUID.fromString(channel)).singleResult());
        assertEquals(id.merit.feedback.domain.RaterGroup.STUDENT, stored.group);
        assertEquals(java.util.Map.of(id.merit.feedback.domain.BerAkhlak.KOMPETEN, 4), stored.behaviour());
    }

    static String channel(UUID unit, String employeeNip, String name, String kind) {
        return admin().contentType(ContentType.JSON).body("""
                        {"unitId":"%s","employeeNip":"%s","name":"%s","kind":"%s"}""".formatted(unit, employeeNip, name, kind))
                .post("/api/v1/feedback/channels").then().statusCode(201).extract().path("id");
    }

    static String token(String channel, String body) {
        return admin().contentType(ContentType.JSON).body(body)
                .post("/api/v1/feedback/channels/" + channel + "/tokens").then().statusCode(201).extract().path("code");
    }

    /**
     * The element of the page a submit leads to: on a fast machine the click can return before the browser has
     * left the form, so the next page is waited for (bounded), never assumed.
     */
    WebElement shown(String id) {
        return new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    @Test
    void anUnknownCodeGetsAFriendlyPage() {
        browser.get(base.toString().replaceAll("/$", "") + "/f/ZZZZZZZZZZZZZZZZ");
        assertEquals("Kode tidak ditemukan", browser.findElement(By.id("gone")).getText());
    }

    private void screenshot(String name) throws IOException {
        Path target = Path.of("target", "screenshots");
        Files.createDirectories(target);
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
