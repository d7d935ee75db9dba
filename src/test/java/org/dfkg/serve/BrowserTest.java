package org.dfkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.dfkg.BuiltGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The workbench and the entity pages in a real browser: Debian's chromium, headless, driven
 * through Debian's chromedriver. Screenshots go to target/screenshots/. CI installs both
 * packages; elsewhere the test is skipped when they are missing, and fails in CI.
 */
class BrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target/screenshots");
    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        IndependentClientTest.requireInCi(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER), "Debian's chromium and chromium-driver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // The flags that keep chromium from reaching out to the network at start; a fresh profile each run.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1300,1800",
                "--user-data-dir=" + Files.createTempDirectory("dfkg-chromium").toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
    }

    private static void screenshot(String name) throws Exception {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void anExampleQueryLoadsRunsAndFillsTheTable() throws Exception {
        browser.get(BuiltGraph.root());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".yasqe .CodeMirror")));
        WebElement load = browser.findElement(By.cssSelector("button.load[data-name='tasks-per-document']"));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", load);
        load.click();
        wait.until(d -> d.findElements(By.cssSelector(".yasr table tbody tr")).size() >= 5);
        List<WebElement> rows = browser.findElements(By.cssSelector(".yasr table tbody tr"));
        String table = String.join("\n", rows.stream().map(WebElement::getText).toList());
        assertEquals(5, rows.size(), table);
        for (String doc : new String[] {"fj-2010-work-points", "fj-2011-2015-plan", "fj-2013-work-points", "fj-2019-work-points", "fz-2017-work-points"}) {
            assertTrue(table.contains(doc), table);
        }
        screenshot("workbench");
    }

    @Test
    void anEntityPageShowsItsSourceQuote() throws Exception {
        browser.get(BuiltGraph.root() + "id/document/fj-2010-work-points/task/s1-t1");
        assertTrue(browser.getCurrentUrl().endsWith("/page/document/fj-2010-work-points/task/s1-t1"), browser.getCurrentUrl());
        WebElement mark = browser.findElement(By.cssSelector("blockquote.source mark"));
        assertTrue(mark.isDisplayed(), "the marked span is visible");
        assertTrue(browser.findElements(By.cssSelector("blockquote.source mark")).stream().anyMatch(m -> m.getText().equals("省数字办")));
        screenshot("entity-page");
    }

    @Test
    void searchFindsBroadbandTasks() throws Exception {
        browser.get(BuiltGraph.root());
        WebElement box = browser.findElement(By.cssSelector("header input[type=search]"));
        box.sendKeys("宽带");
        box.submit();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id("count")));
        String results = browser.findElement(By.tagName("main")).getText();
        assertTrue(results.contains("2013") && results.contains("2019"), results);
        screenshot("search");
    }
}
