package io.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimcheck.TestTrees;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An editor at the desk, in Debian's headless Chromium: {@code claimcheck serve} on the seeds with an empty
 * baseline; a conflict accepted with a note shows as accepted with the user and the time; a separate
 * {@code claimcheck check} of the same folder then reports it accepted (and exits 0 once every conflict is
 * decided); undo brings it back as new. Skipped off CI when the browser is missing; on CI it must run.
 */
class ServeBrowserTest {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static ChromeDriver driver;
    private static Path profile;
    private static ServeHarness.Started desk;
    private static Path baseline;

    @BeforeAll
    static void start() throws Exception {
        boolean installed = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!"true".equals(System.getenv("CI"))) {
            Assumptions.assumeTrue(installed, "chromium and chromium-driver are not installed");
        }
        baseline = dir.resolve("baseline.json");
        desk = ServeHarness.start(
                CliHarness.SEEDS.toString(),
                "--rules",
                CliHarness.RULES.toString(),
                "--baseline",
                baseline.toString(),
                "--out",
                dir.resolve("reports").toString(),
                "--user",
                "tester");

        profile = Files.createTempDirectory("claimcheck-serve-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,1600",
                "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        driver = new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(new File(CHROMEDRIVER))
                        .build(),
                options);
    }

    @AfterAll
    static void stop() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (desk != null) {
            desk.running().close();
        }
        TestTrees.deleteTree(profile);
    }

    @Test
    void anEditorAcceptsAConflictAndCheckSeesItThenUndoesIt() throws IOException {
        driver.get(desk.uri().toString());
        browserErrors();
        WebElement first = driver.findElement(By.cssSelector("article.finding.sev-conflict[data-status='new']"));
        String fp = first.getAttribute("id");
        decide(fp, "accepted", "KFI 2019 and the 2023 rights groups really differ; the story gives both");

        WebElement shown = driver.findElement(By.id(fp));
        assertThat(shown.findElement(By.cssSelector("h4 .status")).getText()).isEqualTo("Accepted");
        assertThat(shown.findElement(By.cssSelector(".note")).getText()).contains("really differ");
        assertThat(shown.findElement(By.cssSelector(".decided")).getText())
                .matches("Accepted by tester, \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC");
        assertThat(shown.findElements(By.cssSelector("button.undo"))).hasSize(1);
        assertThat(browserErrors()).as("no script error, no CSP violation").isEmpty();

        CliHarness.Run check = check();
        assertThat(status(fp)).isEqualTo("accepted");
        assertThat(check.out()).doesNotContain(fp);

        // every other conflict decided at the desk too: the separate check then passes
        List<WebElement> open = driver.findElements(By.cssSelector("article.finding.sev-conflict[data-status='new']"));
        List<String> others = open.stream().map(e -> e.getAttribute("id")).toList();
        for (String other : others) {
            decide(other, "false-positive", "checked by the desk");
        }
        CliHarness.Run passing = check();
        assertThat(passing.code()).as(passing.out() + passing.err()).isZero();
        assertThat(passing.out()).contains("Verdict: pass");

        WebElement again = driver.findElement(By.id(fp));
        click(again.findElement(By.cssSelector("button.undo")));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> isGone(again));
        WebElement undone = driver.findElement(By.id(fp));
        assertThat(undone.findElement(By.cssSelector("h4 .status")).getText()).isEqualTo("New");
        assertThat(undone.findElements(By.cssSelector(".decided"))).isEmpty();
        CliHarness.Run failing = check();
        assertThat(failing.code()).isEqualTo(1);
        assertThat(failing.out()).contains(fp);
        assertThat(status(fp)).isEqualTo("new");
        assertThat(browserErrors()).isEmpty();
    }

    @Test
    void aDecisionWithoutANoteIsRefusedOnThePage() throws IOException {
        driver.get(desk.uri().toString());
        WebElement finding = driver.findElement(By.cssSelector("article.finding[data-status='new']"));
        String before = Files.exists(baseline) ? Files.readString(baseline) : "";
        click(finding.findElement(By.cssSelector("form.decide button[type='submit']")));
        // the browser's own required-field check or the script's message: either way nothing is sent
        assertThat(finding.findElement(By.cssSelector("textarea")).getAttribute("validationMessage")
                        + finding.findElement(By.cssSelector(".decide-error")).getText())
                .isNotBlank();
        assertThat(Files.exists(baseline) ? Files.readString(baseline) : "").isEqualTo(before);
    }

    /** The desk's controls (forms, undo, re-check and its change list) pass axe-core's checks, as the report does. */
    @Test
    void theDeskPassesAnAccessibilityCheck() throws IOException {
        Path axe = CliHarness.ROOT.resolve(".cache/axe-core/node_modules/axe-core/axe.min.js");
        if (!"true".equals(System.getenv("CI"))) {
            Assumptions.assumeTrue(Files.isRegularFile(axe), "axe-core is not installed (see .ci/run)");
        }
        assertThat(ServeHarness.fromPage(desk, "POST", "/api/recheck", null).status())
                .isEqualTo(200);
        driver.get(desk.uri().toString());
        assertThat(driver.findElement(By.id("changes")).getText()).contains("What the re-check at");
        var js = (JavascriptExecutor) driver;
        js.executeScript(Files.readString(axe));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object violations = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']})"
                + ".then(r => done(r.violations.map(v => v.impact + ' ' + v.id + ': ' + v.help + ' ('"
                + " + v.nodes.length + ' nodes, e.g. ' + v.nodes[0].target.join(' ') + ')')))"
                + ".catch(e => done(['axe failed: ' + e]));");
        assertThat((List<?>) violations)
                .as("axe-core violations on the desk page")
                .isEmpty();
    }

    @Test
    void theStaticReportShowsTheReviewCommandToCopy() {
        driver.get(dir.resolve("reports").resolve("discrepancies.html").toUri().toString());
        WebElement finding = driver.findElement(By.cssSelector("article.finding"));
        String fp = finding.getAttribute("id");
        assertThat(finding.findElements(By.cssSelector("form.decide"))).isEmpty();
        WebElement record = finding.findElement(By.cssSelector("details.record"));
        click(record.findElement(By.tagName("summary")));
        // the folder of the articles as the check named them (here an absolute path)
        assertThat(record.findElement(By.cssSelector("pre code")).getText())
                .isEqualTo("claimcheck review " + fp + " --status accepted --note \"why\" " + CliHarness.SEEDS);
    }

    private static void decide(String fp, String status, String note) {
        WebElement finding = driver.findElement(By.id(fp));
        new Select(finding.findElement(By.cssSelector("select[name='status']"))).selectByValue(status);
        finding.findElement(By.cssSelector("textarea[name='note']")).sendKeys(note);
        click(finding.findElement(By.cssSelector("form.decide button[type='submit']")));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> isGone(finding));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id(fp)));
    }

    /**
     * True once the page has replaced the element. Chromium reports a replaced node either as stale or, since 156,
     * as an "unknown error: Node with given id does not belong to the document", which Selenium's stalenessOf
     * rethrows instead of reading as gone.
     */
    private static boolean isGone(WebElement e) {
        try {
            e.isEnabled();
            return false;
        } catch (org.openqa.selenium.WebDriverException gone) {
            return true;
        }
    }

    /** Clicks as an editor would, with the control scrolled to the middle (the filter bar sticks to the top). */
    private static void click(WebElement e) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", e);
        e.click();
    }

    private static CliHarness.Run check() {
        return CliHarness.run(
                "check",
                CliHarness.SEEDS.toString(),
                "--rules",
                CliHarness.RULES.toString(),
                "--baseline",
                baseline.toString(),
                "--out",
                dir.resolve("check").toString(),
                "--format",
                "json");
    }

    private static String status(String fp) throws IOException {
        JsonNode report =
                JSON.readTree(dir.resolve("check").resolve("discrepancies.json").toFile());
        for (JsonNode d : report.get("discrepancies")) {
            if (d.get("fingerprint").asText().equals(fp)) {
                return d.get("status").asText();
            }
        }
        throw new AssertionError("check did not report " + fp);
    }

    private static List<String> browserErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }
}
