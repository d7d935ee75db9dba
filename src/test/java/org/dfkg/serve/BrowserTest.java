package org.dfkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
        wait.until(d -> d.findElements(By.cssSelector(".yasr table tbody tr")).size() >= 4);
        List<WebElement> rows = browser.findElements(By.cssSelector(".yasr table tbody tr"));
        String table = String.join("\n", rows.stream().map(WebElement::getText).toList());
        // The query lists one government's plans (the province unless ?onlyJurisdiction is bound).
        assertEquals(4, rows.size(), table);
        for (String doc : new String[] {"fj-2010-work-points", "fj-2011-2015-plan", "fj-2013-work-points", "fj-2019-work-points"}) {
            assertTrue(table.contains(doc), table);
        }
        assertFalse(table.contains("fz-2017-work-points"), "the city's plan belongs to another government: " + table);
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

    @Test
    void theLandingPageLeadsToADocumentsOutline() throws Exception {
        browser.get(BuiltGraph.root());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".yasqe .CodeMirror")));
        Object scrolled = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("return window.scrollY");
        assertEquals(0L, ((Number) scrolled).longValue(), "the landing page opens at its introduction");
        List<WebElement> documents = browser.findElements(By.cssSelector("#documents a.document"));
        assertEquals(5, documents.size(), "every seed document is listed");
        screenshot("landing");
        WebElement plan = documents.stream().filter(a -> a.getDomAttribute("href").endsWith("/fj-2011-2015-plan")).findFirst().orElseThrow();
        plan.click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("outline")));
        assertTrue(browser.getCurrentUrl().contains("/page/document/fj-2011-2015-plan"), browser.getCurrentUrl());
        String outline = browser.findElement(By.id("outline")).getText();
        assertTrue(outline.contains("tasks") && browser.findElements(By.cssSelector("#outline li")).size() >= 5, outline);
        assertTrue(browser.findElement(By.id("metadata")).getText().contains("2011"), "metadata before the outline");
        screenshot("document-outline");
    }

    @Test
    void aChartCellLeadsToATaskAndItsQuote() throws Exception {
        browser.get(BuiltGraph.root() + "charts/technology-heatmap.svg");
        WebElement cell = browser.findElements(By.cssSelector("a")).stream()
                .filter(a -> a.getDomAttribute("href") != null && a.getDomAttribute("href").endsWith("#y2013")).findFirst().orElseThrow();
        String concept = cell.getDomAttribute("href");
        cell.click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("y2013")));
        assertTrue(browser.getCurrentUrl().contains("/page/" + concept.substring("/id/".length(), concept.indexOf('#'))), browser.getCurrentUrl());
        screenshot("chart-cell-year");
        WebElement task = browser.findElement(By.xpath("//h3[@id='y2013']/following-sibling::ul[1]//a[@class='mention']"));
        task.click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("blockquote.source")));
        assertTrue(browser.getCurrentUrl().contains("/task/"), browser.getCurrentUrl());
        assertFalse(browser.findElement(By.cssSelector("blockquote.source")).getText().isBlank(), "the task's quote");
        screenshot("chart-cell-task-quote");
    }

    @Test
    void theLedgerAndTheNetworkDraw() throws Exception {
        browser.get(BuiltGraph.root() + "ledger");
        String ledger = browser.findElement(By.id("ledger")).getText();
        assertTrue(ledger.contains("Met") && ledger.contains("行政村通宽带比例"), ledger);
        screenshot("ledger");
        browser.get(BuiltGraph.root() + "network");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#network canvas")));
        wait.until(d -> ((Number) ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "return echarts.getInstanceByDom(document.getElementById('network')).getOption().series[0].data.length")).intValue() > 10);
        screenshot("network");
    }

    @Test
    void aTimelineDotLeadsToTheProgrammesYearAndOnToAnAgencysTasks() throws Exception {
        browser.get(BuiltGraph.root() + "charts/programme-timeline.svg");
        WebElement dot = browser.findElements(By.cssSelector("a")).stream()
                .filter(a -> a.getDomAttribute("href") != null && a.getDomAttribute("href").contains("/programme/")).findFirst().orElseThrow();
        String year = dot.getDomAttribute("href").substring(dot.getDomAttribute("href").indexOf("#y") + 2);
        dot.click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("y" + year)));
        assertFalse(browser.findElements(By.cssSelector("ul.timeline blockquote.source")).isEmpty(), "each member task's quote");
        screenshot("programme");
        // The page of the agency that leads most of the seeds' tasks: each task with its role and document.
        browser.get(BuiltGraph.root() + "id/agency/fj-digital-fujian-office");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("h3[id^=y]")));
        String tasks = browser.findElement(By.tagName("main")).getText();
        assertTrue(tasks.contains("承担的任务") && tasks.contains("lead"), "tasks with their roles");
        screenshot("agency");
    }

    @Test
    void aResultIriOpensItsLocalPage() throws Exception {
        browser.get(BuiltGraph.root() + "?query=technology-first-appearance");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.until(d -> !d.findElements(By.cssSelector(".yasr table tbody tr a[href^='https://w3id.org/dfkg/id/technology/']")).isEmpty());
        WebElement iri = browser.findElement(By.cssSelector(".yasr table tbody tr a[href^='https://w3id.org/dfkg/id/technology/']"));
        String local = iri.getDomAttribute("href").substring("https://w3id.org/dfkg/id/".length());
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", iri);
        iri.click();
        wait.until(d -> d.getCurrentUrl().startsWith(BuiltGraph.root() + "page/" + local));
        assertTrue(browser.findElement(By.tagName("h1")).isDisplayed());
        screenshot("result-iri-local-page");
    }

    @Test
    void aNetworkEdgeLeadsToItsTasksAndTheirQuotes() throws Exception {
        browser.get(BuiltGraph.root() + "network");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#network canvas")));
        org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) browser;
        // The force layout is random, so no fixed pixel is an edge: the test lists points along the edges (in the
        // chart's pixels, away from every node), moves the real mouse to each and clicks the first one that
        // ECharts itself reports as hovering an edge.
        js.executeScript("""
                const chart = echarts.getInstanceByDom(document.getElementById('network'));
                window.dfkgHover = null;
                chart.on('mouseover', e => { window.dfkgHover = e.dataType; });
                chart.on('mouseout', () => { window.dfkgHover = null; });
                """);
        String candidates = """
                const chart = echarts.getInstanceByDom(document.getElementById('network'));
                const graph = chart.getModel().getSeriesByIndex(0).getGraph();
                const px = n => chart.convertToPixel({seriesIndex: 0}, n.getLayout());
                const nodes = graph.nodes.map(n => ({at: px(n), r: (n.getVisual('symbolSize') || 10) / 2 + 8}));
                const w = chart.getWidth(), h = chart.getHeight();
                const points = [];
                [...graph.edges].map(e => ({a: px(e.node1), b: px(e.node2)}))
                  .sort((p, q) => Math.hypot(q.a[0] - q.b[0], q.a[1] - q.b[1]) - Math.hypot(p.a[0] - p.b[0], p.a[1] - p.b[1]))
                  .forEach(({a, b}) => [0.5, 0.4, 0.6, 0.3, 0.7].forEach(t => {
                    const p = [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
                    const clear = nodes.every(n => Math.hypot(n.at[0] - p[0], n.at[1] - p[1]) > n.r);
                    if (clear && p[0] > 5 && p[1] > 5 && p[0] < w - 5 && p[1] < h - 5) points.push(p);
                  }));
                return points.slice(0, 60);
                """;
        wait.until(d -> !((List<?>) js.executeScript(candidates)).isEmpty());
        @SuppressWarnings("unchecked")
        List<List<Number>> points = (List<List<Number>>) js.executeScript(candidates);
        WebElement canvas = browser.findElement(By.cssSelector("#network canvas"));
        boolean clicked = false;
        for (List<Number> at : points) {
            int dx = (int) Math.round(at.get(0).doubleValue() - canvas.getSize().getWidth() / 2.0);
            int dy = (int) Math.round(at.get(1).doubleValue() - canvas.getSize().getHeight() / 2.0);
            new org.openqa.selenium.interactions.Actions(browser).moveToElement(canvas, dx, dy).pause(Duration.ofMillis(150)).perform();
            if ("edge".equals(js.executeScript("return window.dfkgHover"))) {
                new org.openqa.selenium.interactions.Actions(browser).click().perform();
                clicked = true;
                break;
            }
        }
        assertTrue(clicked, "the mouse found an edge among " + points.size() + " points along the edges");
        wait.until(d -> !d.findElements(By.cssSelector("#tie-tasks li a.tie-task")).isEmpty());
        assertFalse(browser.findElement(By.cssSelector("#tie-tasks li blockquote")).getText().isBlank(), "the task's quote");
        screenshot("network-edge-tasks");
    }
}
