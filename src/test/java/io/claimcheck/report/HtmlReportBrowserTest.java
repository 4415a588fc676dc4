package io.claimcheck.report;

import io.claimcheck.baseline.Finding;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.claimcheck.baseline.Status;
import io.claimcheck.finding.Discrepancy;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;

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

    @BeforeAll
    static void startBrowser() throws IOException {
        boolean installed = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!"true".equals(System.getenv("CI"))) {
            Assumptions.assumeTrue(installed, "chromium and chromium-driver are not installed");
        }
        Path out = Path.of(System.getProperty("claimcheck.root", "."), "target", "browser-test");
        seedUrl = ReportWriter.write(SEED, List.of("html"), out.resolve("seed")).get(0).toUri().toString();
        hostileUrl = ReportWriter.write(ReportFixture.hostile(), List.of("html"), out.resolve("hostile")).get(0).toUri()
                .toString();
        bigUrl = ReportWriter.write(HtmlReportScaleTest.syntheticReport(), List.of("html"), out.resolve("big")).get(0)
                .toUri().toString();

        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        profile = Files.createTempDirectory("claimcheck-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1600", "--user-data-dir=" + profile);
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
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
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
        assertThat(chart.findElements(By.cssSelector("g.row"))).hasSize(3);
        WebElement firstFinding = driver.findElement(By.id(SEED.findings().get(0).discrepancy().fingerprint()));
        assertThat(firstFinding.isDisplayed()).isTrue();
        assertThat(firstFinding.findElement(By.cssSelector("mark.figure")).getText())
                .isEqualTo("an estimated 60 per cent");
        assertThat(driver.findElement(By.id("filters")).isDisplayed()).as("the script shows the filters").isTrue();
        assertThat(browserErrors()).isEmpty();
    }

    static Stream<Arguments> filters() {
        return Stream.of(
                Arguments.of("severity", "conflict", matching(d -> d.severity().label().equals("conflict"))),
                Arguments.of("severity", "warning", matching(d -> d.severity().label().equals("warning"))),
                Arguments.of("severity", "info", matching(d -> d.severity().label().equals("info"))),
                Arguments.of("status", "new", (Predicate<Finding>) f -> f.status() == Status.NEW),
                Arguments.of("status", "accepted", (Predicate<Finding>) f -> f.status() == Status.ACCEPTED),
                Arguments.of("status", "resolved", (Predicate<Finding>) f -> f.status() == Status.RESOLVED),
                Arguments.of("kind", "misreport", matching(d -> d.kind().label().equals("misreport"))),
                Arguments.of("kind", "internal", matching(d -> d.kind().label().equals("internal"))),
                Arguments.of("documents", "doc-003_96f8d6bca222fa8a",
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
            assertThat(visible).as("%s with %s=%s", SEED.findings().get(i).discrepancy().rule(), name, value)
                    .isEqualTo(expected.test(SEED.findings().get(i)));
            shown += visible ? 1 : 0;
        }
        assertThat(driver.findElement(By.id("filter-count")).getText())
                .isEqualTo("Showing " + shown + " of " + anchors.size() + " discrepancies.");
        for (WebElement section : driver.findElements(By.cssSelector("section.subject"))) {
            boolean anyVisible = section.findElements(By.cssSelector("article.finding")).stream()
                    .anyMatch(WebElement::isDisplayed);
            assertThat(section.isDisplayed()).as("section %s", section.getAttribute("id")).isEqualTo(anyVisible);
        }
        if (name.equals("documents")) {
            for (WebElement doc : driver.findElements(By.cssSelector("article.document-view"))) {
                assertThat(doc.isDisplayed()).isEqualTo(doc.getAttribute("id").equals(value));
            }
        }
        driver.findElement(By.cssSelector("#filters button[type=reset]")).click();
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
        assertThat(new Select(driver.findElement(By.id("filter-status"))).getFirstSelectedOption().getText())
                .isEqualTo("All");
    }

    @Test
    void withoutJavaScriptEverythingIsShownAndTheUselessFiltersAreNot() {
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            driver.navigate().refresh();
            assertThat(driver.findElement(By.id("filters")).isDisplayed()).isFalse();
            assertThat(driver.findElements(By.cssSelector("article.finding"))).hasSize(SEED.findings().size())
                    .allMatch(WebElement::isDisplayed);
            assertThat(driver.findElement(By.cssSelector("figure.chart svg")).isDisplayed()).isTrue();
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
            assertThat(driver.findElement(By.cssSelector("figure.chart svg")).isDisplayed()).isTrue();
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void theHostileReportRunsNoScript() {
        driver.get(hostileUrl);
        assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        Object xss = ((JavascriptExecutor) driver).executeScript("return window.__xss === undefined ? null : window.__xss;");
        assertThat(xss).isNull();
        assertThat(driver.findElements(By.tagName("img"))).isEmpty();
        assertThat(driver.findElement(By.cssSelector(".doc-text")).getText()).contains("<script>alert(1)</script>");
        // A script that reached the DOM would be blocked by the CSP, and the block logged: there is none.
        assertThat(browserErrors()).isEmpty();
    }

    @Test
    void aReportOfTenThousandDocumentsOpensQuicklyAndFilters() {
        driver.get(bigUrl);
        long loaded = (Long) ((JavascriptExecutor) driver).executeScript(
                "var t = performance.getEntriesByType('navigation')[0]; return Math.round(t.loadEventEnd);");
        System.out.println("HtmlReportBrowserTest: 10,000-document report loaded in " + loaded + " ms");
        assertThat(loaded).isLessThan(10_000);
        new Select(driver.findElement(By.id("filter-severity"))).selectByValue("info");
        assertThat(driver.findElement(By.id("filter-count")).getText()).matches("Showing \\d+ of \\d+ discrepancies\\.");
        assertThat(driver.findElements(By.cssSelector("article.finding.sev-conflict")).get(0).isDisplayed()).isFalse();
        assertThat(browserErrors()).isEmpty();
    }

    @Test
    void aScreenshotOfTheWholeReport() throws IOException {
        long height = (Long) ((JavascriptExecutor) driver).executeScript(
                "return Math.ceil(document.documentElement.scrollHeight);");
        driver.manage().window().setSize(new Dimension(1280, (int) Math.min(height, 12_000)));
        byte[] png = driver.getScreenshotAs(OutputType.BYTES);
        Path target = Path.of(System.getProperty("claimcheck.root", "."), "target", "report-screenshot.png");
        Files.write(target, png);
        assertThat(png.length).isGreaterThan(10_000);
        assertThat(browserErrors()).isEmpty();
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
