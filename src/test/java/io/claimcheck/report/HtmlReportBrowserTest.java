package io.claimcheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.claimcheck.TestTrees;
import io.claimcheck.baseline.Finding;
import io.claimcheck.baseline.Status;
import io.claimcheck.finding.Discrepancy;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The HTML report in a real browser: Debian's headless Chromium and its chromedriver, loaded from {@code file://}
 * as an editor opens it. Skipped only off CI when the packages are missing; on CI ({@code CI=true}) it must run.
 */
class HtmlReportBrowserTest {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private static final Report SEED = ReportFixture.seedLike();
    private static ChromeDriver driver;
    private static Path profile;
    private static String seedUrl;
    private static String hostileUrl;
    private static String bigUrl;
    private static String seedsUrl;
    private static String draftUrl;

    @BeforeAll
    static void startBrowser() throws IOException {
        boolean installed = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!"true".equals(System.getenv("CI"))) {
            Assumptions.assumeTrue(installed, "chromium and chromium-driver are not installed");
        }
        Path out = Path.of(System.getProperty("claimcheck.root", "."), "target", "browser-test");
        seedUrl = ReportWriter.write(SEED, List.of("html"), out.resolve("seed"))
                .get(0)
                .toUri()
                .toString();
        hostileUrl = ReportWriter.write(ReportFixture.hostile(), List.of("html"), out.resolve("hostile"))
                .get(0)
                .toUri()
                .toString();
        bigUrl = ReportWriter.write(HtmlReportScaleTest.syntheticReport(), List.of("html"), out.resolve("big"))
                .get(0)
                .toUri()
                .toString();
        seedsUrl = SeedsReport.write(out.resolve("seeds-real"), "html")
                .resolve("discrepancies.html")
                .toUri()
                .toString();
        draftUrl = SeedsReport.writeWithDraft(out.resolve("draft-real"), "html", DraftReportTest.DRAFT)
                .resolve("discrepancies.html")
                .toUri()
                .toString();

        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        profile = Files.createTempDirectory("claimcheck-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,1600",
                "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        // An explicit driver executable: Selenium Manager is never asked to find or download anything.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .build();
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        TestTrees.deleteTree(profile);
    }

    @BeforeEach
    void openSeedReport() {
        driver.manage().window().setSize(new Dimension(1280, 1600));
        driver.get(seedUrl);
        browserErrors(); // start each test with an empty log
    }

    @Test
    void theA1SectionAndItsChartAreVisible() {
        WebElement a1 = driver.findElement(By.id(Anchors.subject(ReportFixture.SHARE)));
        assertThat(a1.isDisplayed()).isTrue();
        WebElement chart = a1.findElement(By.cssSelector("figure.chart svg"));
        assertThat(chart.isDisplayed()).isTrue();
        assertThat(chart.getSize().getWidth()).isGreaterThan(600);
        assertThat(chart.getSize().getHeight()).isGreaterThan(100);
        assertThat(chart.findElements(By.cssSelector("g.row"))).hasSize(4);
        assertThat(chart.findElements(By.cssSelector("g.row.sev-conflict"))).hasSize(3);
        WebElement firstFinding =
                driver.findElement(By.id(SEED.findings().get(0).discrepancy().fingerprint()));
        assertThat(firstFinding.isDisplayed()).isTrue();
        assertThat(firstFinding.findElement(By.cssSelector("mark.figure")).getText())
                .isEqualTo("an estimated 60 per cent");
        assertThat(driver.findElement(By.id("filters")).isDisplayed())
                .as("the script shows the filters")
                .isTrue();
        assertThat(browserErrors()).isEmpty();
    }

    static Stream<Arguments> filters() {
        return Stream.of(
                Arguments.of(
                        "severity",
                        "conflict",
                        matching(d -> d.severity().label().equals("conflict"))),
                Arguments.of(
                        "severity",
                        "warning",
                        matching(d -> d.severity().label().equals("warning"))),
                Arguments.of(
                        "severity", "info", matching(d -> d.severity().label().equals("info"))),
                Arguments.of("status", "new", (Predicate<Finding>) f -> f.status() == Status.NEW),
                Arguments.of("status", "accepted", (Predicate<Finding>) f -> f.status() == Status.ACCEPTED),
                Arguments.of("status", "resolved", (Predicate<Finding>) f -> f.status() == Status.RESOLVED),
                Arguments.of("kind", "misreport", matching(d -> d.kind().label().equals("misreport"))),
                Arguments.of("kind", "internal", matching(d -> d.kind().label().equals("internal"))),
                Arguments.of(
                        "documents",
                        "doc-003_96f8d6bca222fa8a",
                        matching(d -> d.claims().stream().anyMatch(c -> c.startsWith("003_")))));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("filters")
    void eachFilterHidesAndShowsWhatItShould(String name, String value, Predicate<Finding> expected) {
        new Select(driver.findElement(By.id("filter-" + name))).selectByValue(value);
        List<String> anchors = Anchors.findings(SEED.findings());
        long shown = 0;
        for (int i = 0; i < anchors.size(); i++) {
            boolean visible = driver.findElement(By.id(anchors.get(i))).isDisplayed();
            assertThat(visible)
                    .as("%s with %s=%s", SEED.findings().get(i).discrepancy().rule(), name, value)
                    .isEqualTo(expected.test(SEED.findings().get(i)));
            shown += visible ? 1 : 0;
        }
        assertThat(driver.findElement(By.id("filter-count")).getText())
                .isEqualTo("Showing " + shown + " of " + anchors.size() + " discrepancies.");
        for (WebElement section : driver.findElements(By.cssSelector("section.subject"))) {
            boolean anyVisible = section.findElements(By.cssSelector("article.finding")).stream()
                    .anyMatch(WebElement::isDisplayed);
            assertThat(section.isDisplayed())
                    .as("section %s", section.getAttribute("id"))
                    .isEqualTo(anyVisible);
        }
        if (name.equals("documents")) {
            for (WebElement doc : driver.findElements(By.cssSelector("article.document-view"))) {
                assertThat(doc.isDisplayed()).isEqualTo(doc.getAttribute("id").equals(value));
            }
        }
        driver.findElement(By.cssSelector("#filters button[type=reset]")).click();
        // the page re-applies the filters after the reset event (the form's values change only after it): wait for
        // that state, the count naming every finding, rather than for a time
        String all = "Showing " + anchors.size() + " of " + anchors.size() + " discrepancies.";
        new WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                .until(d -> all.equals(d.findElement(By.id("filter-count")).getText()));
        assertThat(driver.findElements(By.cssSelector("article.finding"))).allMatch(WebElement::isDisplayed);
        assertThat(driver.findElements(By.cssSelector("article.document-view"))).allMatch(WebElement::isDisplayed);
        assertThat(browserErrors()).isEmpty();
    }

    @Test
    void followingALinkToAFilteredOutFindingClearsTheFilters() {
        new Select(driver.findElement(By.id("filter-status"))).selectByValue("accepted");
        String a1 = SEED.findings().get(0).discrepancy().fingerprint();
        assertThat(driver.findElement(By.id(a1)).isDisplayed()).isFalse();
        driver.get(seedUrl + "#" + a1);
        assertThat(driver.findElement(By.id(a1)).isDisplayed()).isTrue();
        assertThat(new Select(driver.findElement(By.id("filter-status")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("All");
    }

    @Test
    void withoutJavaScriptEverythingIsShownAndTheUselessFiltersAreNot() {
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            driver.navigate().refresh();
            assertThat(driver.findElement(By.id("filters")).isDisplayed()).isFalse();
            assertThat(driver.findElements(By.cssSelector("article.finding")))
                    .hasSize(SEED.findings().size())
                    .allMatch(WebElement::isDisplayed);
            assertThat(driver.findElement(By.cssSelector("figure.chart svg")).isDisplayed())
                    .isTrue();
        } finally {
            driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }

    @Test
    void printingDropsNavigationAndFiltersAndKeepsTheFindings() {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(driver.findElement(By.tagName("nav")).isDisplayed()).isFalse();
            assertThat(driver.findElement(By.id("filters")).isDisplayed()).isFalse();
            assertThat(driver.findElements(By.cssSelector("article.finding"))).allMatch(WebElement::isDisplayed);
            assertThat(driver.findElement(By.cssSelector("figure.chart svg")).isDisplayed())
                    .isTrue();
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void theHostileReportRunsNoScript() {
        driver.get(hostileUrl);
        assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        Object xss =
                ((JavascriptExecutor) driver).executeScript("return window.__xss === undefined ? null : window.__xss;");
        assertThat(xss).isNull();
        assertThat(driver.findElements(By.tagName("img"))).isEmpty();
        assertThat(driver.findElement(By.cssSelector(".doc-text")).getText()).contains("<script>alert(1)</script>");
        // A script that reached the DOM would be blocked by the CSP, and the block logged: there is none.
        assertThat(browserErrors()).isEmpty();
    }

    @Test
    void aReportOfTenThousandDocumentsOpensQuicklyAndFilters() {
        driver.get(bigUrl);
        long loaded = (Long) ((JavascriptExecutor) driver)
                .executeScript(
                        "var t = performance.getEntriesByType('navigation')[0]; return Math.round(t.loadEventEnd);");
        System.out.println("HtmlReportBrowserTest: 10,000-document report loaded in " + loaded + " ms");
        assertThat(loaded).isLessThan(10_000);
        new Select(driver.findElement(By.id("filter-severity"))).selectByValue("info");
        assertThat(driver.findElement(By.id("filter-count")).getText())
                .matches("Showing \\d+ of \\d+ discrepancies\\.");
        assertThat(driver.findElements(By.cssSelector("article.finding.sev-conflict"))
                        .get(0)
                        .isDisplayed())
                .isFalse();
        assertThat(browserErrors()).isEmpty();
    }

    @Test
    void aScreenshotOfTheWholeReport() throws IOException {
        byte[] png = wholePage();
        Path target = Path.of(System.getProperty("claimcheck.root", "."), "target", "report-screenshot.png");
        Files.write(target, png);
        assertThat(png.length).isGreaterThan(10_000);
        assertThat(browserErrors()).isEmpty();
    }

    /**
     * The real seeds' report (the whole pipeline): A1, the disjoint 60 per cent against 70-80 percent, is a visible
     * conflict with a readable chart that draws both figures. Saves {@code target/seeds-report-screenshot.png} (the
     * whole page) and {@code target/seeds-report-a1.png} (its subject section) for people to look at.
     */
    @Test
    void theRealSeedsReportShowsA1AndItsChart() throws IOException {
        driver.get(seedsUrl);
        WebElement a1 = driver.findElements(By.cssSelector("article.finding.sev-conflict")).stream()
                .filter(f ->
                        f.findElement(By.cssSelector("a.permalink")).getText().equals("Numeric.DisjointIntervals"))
                .filter(f -> marks(f).stream().anyMatch(m -> m.contains("60 per cent"))
                        && marks(f).stream().anyMatch(m -> m.contains("70-80 percent")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no Numeric.DisjointIntervals conflict between "
                        + "60 per cent and 70-80 percent in the seeds' report"));
        assertThat(a1.isDisplayed()).isTrue();
        assertThat(a1.findElement(By.cssSelector(".message")).getText()).isNotBlank();
        WebElement section = a1.findElement(By.xpath("ancestor::section[contains(@class,'subject')]"));
        WebElement chart = section.findElement(By.cssSelector("figure.chart svg"));
        assertThat(chart.isDisplayed()).isTrue();
        assertThat(chart.getSize().getWidth()).isGreaterThan(600);
        assertThat(chart.getSize().getHeight()).isGreaterThan(80);
        List<String> sublabels = chart.findElements(By.cssSelector("g.row text.sublabel")).stream()
                .map(e -> e.getAttribute("textContent"))
                .toList();
        assertThat(sublabels).anyMatch(l -> l.contains("60 per cent")).anyMatch(l -> l.contains("70-80 percent"));
        assertThat(chart.findElements(By.cssSelector("g.row.sev-conflict"))).hasSizeGreaterThanOrEqualTo(2);
        Path target = Path.of(System.getProperty("claimcheck.root", "."), "target");
        byte[] page = wholePage();
        Files.write(target.resolve("seeds-report-screenshot.png"), page);
        assertThat(page.length).isGreaterThan(50_000);
        Files.write(target.resolve("seeds-report-a1.png"), crop(page, section.getRect()));
        assertThat(browserErrors()).isEmpty();
    }

    /**
     * The real seeds' report and the hostile fixture pass axe-core's accessibility rules (landmarks, headings,
     * contrast, labels, names of links and controls). axe-core comes from the npm registry: {@code .ci/run}
     * installs it under {@code .cache/axe-core}; off CI the test is skipped when it is missing.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"seeds", "draft", "fixture"})
    void theReportPassesAnAccessibilityCheck(String which) throws IOException {
        Path axe = Path.of(
                System.getProperty("claimcheck.root", "."),
                ".cache",
                "axe-core",
                "node_modules",
                "axe-core",
                "axe.min.js");
        if (!"true".equals(System.getenv("CI"))) {
            Assumptions.assumeTrue(Files.isRegularFile(axe), "axe-core is not installed (see .ci/run)");
        }
        driver.get(
                switch (which) {
                    case "seeds" -> seedsUrl;
                    case "draft" -> draftUrl;
                    default -> seedUrl;
                });
        var js = (org.openqa.selenium.JavascriptExecutor) driver;
        js.executeScript(Files.readString(axe));
        driver.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(60));
        Object violations = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']})"
                + ".then(r => done(r.violations.map(v => v.impact + ' ' + v.id + ': ' + v.help + ' ('"
                + " + v.nodes.length + ' nodes, e.g. ' + v.nodes[0].target.join(' ') + ')')))"
                + ".catch(e => done(['axe failed: ' + e]));");
        assertThat((List<?>) violations)
                .as("axe-core violations in the %s report", which)
                .isEmpty();
    }

    /** A draft checked against the seeds: the draft's sentences come first, and their links land on findings. */
    @Test
    void theDraftSectionLeadsAndItsLinksLandOnTheirFindings() throws IOException {
        driver.get(draftUrl);
        WebElement draft = driver.findElement(By.id("draft"));
        assertThat(draft.isDisplayed()).isTrue();
        assertThat(draft.getLocation().getY())
                .as("the draft comes before the summary")
                .isLessThan(driver.findElement(By.id("summary")).getLocation().getY());
        List<WebElement> links = draft.findElements(By.cssSelector(".draft-links a"));
        assertThat(links).isNotEmpty();
        String href = links.get(0).getAttribute("href");
        links.get(0).click();
        WebElement target = driver.findElement(By.id(href.substring(href.indexOf('#') + 1)));
        assertThat(target.isDisplayed()).isTrue();
        Object top =
                ((JavascriptExecutor) driver).executeScript("return arguments[0].getBoundingClientRect().top;", target);
        assertThat(((Number) top).doubleValue()).as("scrolled to the finding").isBetween(0.0, 400.0);
        Files.write(
                Path.of(System.getProperty("claimcheck.root", "."), "target", "draft-report-top.png"),
                crop(wholePage(), draft.getRect()));
        assertThat(browserErrors()).isEmpty();
    }

    /**
     * The part of a whole-page screenshot an element covers (Chromium's own element screenshots stop at the
     * viewport, and a subject section is taller).
     */
    private static byte[] crop(byte[] png, Rectangle r) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int x = Math.max(0, r.getX());
        int y = Math.max(0, r.getY());
        int w = Math.min(image.getWidth() - x, r.getWidth());
        int h = Math.min(image.getHeight() - y, r.getHeight());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image.getSubimage(x, y, w, h), "png", out);
        return out.toByteArray();
    }

    private static List<String> marks(WebElement finding) {
        return finding.findElements(By.cssSelector("mark.figure")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /**
     * A screenshot of the whole page: the window grown to the document's height (capped) plus room for the
     * browser's own frame, scrolled to the top, so page coordinates are image coordinates.
     */
    private static byte[] wholePage() {
        long height = (Long)
                ((JavascriptExecutor) driver).executeScript("return Math.ceil(document.documentElement.scrollHeight);");
        driver.manage().window().setSize(new Dimension(1280, (int) Math.min(height + 200, 16_000)));
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0);");
        return driver.getScreenshotAs(OutputType.BYTES);
    }

    private static Predicate<Finding> matching(Predicate<Discrepancy> p) {
        return f -> p.test(f.discrepancy());
    }

    private static List<String> browserErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }
}
