package org.ecosystemmap.api.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.ecosystemmap.api.testing.RunningServer;
import org.ecosystemmap.graph.testing.TestNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The explorer in a real headless Chromium, as a policy officer uses it: search, open a card, look at the
 * map and expand it, find a path, export. Set {@code -Dexplorer.screenshots=docs/screenshots} to also save
 * the screenshots shown in the README.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("The explorer, in a headless Chromium")
class ExplorerTest {

    private RunningServer server;
    private Browser browser;
    private final String screenshots = System.getProperty("explorer.screenshots");

    @BeforeAll
    void start() {
        TestNeo4j.clear();
        var properties = new HashMap<String, String>();
        properties.put("ecosystem.neo4j.uri", TestNeo4j.embedded().boltUri().toString());
        server = RunningServer.start(properties);
        browser = new Browser(1400, 1000);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
        TestNeo4j.clear();
    }

    @Test
    @DisplayName("search TOMAS, open its card with the consortium partners, expand the map, find Philips to TechGrounds, export GraphML, all without console errors")
    void policyOfficersTour() throws Exception {
        browser.open(server.uri("/").toString());
        browser.awaitText(By.tagName("h1"), "The ecosystem at a glance");

        var search = browser.await(By.id("search-input"));
        search.sendKeys("TOMAS");
        var option = browser.await(By.xpath("//div[@id='search-results']//div[@role='option'][starts-with(normalize-space(.), 'TOMAS Initiative')]"));
        assertThat(browser.driver().findElements(By.cssSelector("#search-results .group"))).extracting(WebElement::getText)
                .contains("INITIATIVES", "COALITIONS");
        shoot("search");
        option.click();

        browser.awaitText(By.cssSelector("article.card h1"), "TOMAS");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/entity/tomas");
        var consortium = browser.await(By.xpath("//div[@class='coalition'][.//a[normalize-space(.)='TOMAS samenwerkingsconsortium']]"));
        assertThat(consortium.findElements(By.cssSelector(".chip a"))).extracting(WebElement::getText)
                .contains("gemeente Amsterdam", "Digital Society School", "MRA Bureau", "Amsterdam Economic Board", "StartupAmsterdam");
        assertThat(browser.driver().findElements(By.cssSelector("table.goals .status"))).isNotEmpty();

        browser.awaitTrue("document.querySelector('.map-count') && /\\d+ entities/.test(document.querySelector('.map-count').textContent)");
        int before = mapEntities();
        shoot("card");
        new Select(browser.driver().findElement(By.cssSelector(".map-entities"))).selectByVisibleText("TOMAS samenwerkingsconsortium");
        browser.await(By.xpath("//div[contains(@class,'map-selection')]//button[normalize-space(.)='Expand']")).click();
        browser.awaitTrue("parseInt(document.querySelector('.map-count').textContent) > " + before);
        assertThat(mapEntities()).isGreaterThan(before);
        shoot("map");

        var graphml = browser.await(By.xpath("//button[contains(@class,'export') and normalize-space(.)='GRAPHML']"));
        graphml.click();
        var file = awaitDownload();
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        assertThat(document.getDocumentElement().getTagName()).isEqualTo("graphml");
        assertThat(document.getElementsByTagName("node").getLength()).isGreaterThan(5);

        browser.driver().findElement(By.linkText("Path finder")).click();
        browser.awaitText(By.tagName("h1"), "Path finder");
        pick(browser.await(By.cssSelector(".from input")), "Philips");
        pick(browser.await(By.cssSelector(".to input")), "TechGrounds");
        browser.driver().findElement(By.xpath("//button[normalize-space(.)='Find paths']")).click();
        browser.awaitText(By.cssSelector(".path-results h2"), "shortest path");
        assertThat(browser.driver().getCurrentUrl()).contains("/path?from=philips&to=techgrounds");
        var firstPath = browser.driver().findElements(By.cssSelector("ol.paths > li")).getFirst();
        var stops = firstPath.findElements(By.cssSelector("a")).stream().map(WebElement::getText).toList();
        assertThat(stops.getFirst()).isEqualTo("Philips");
        assertThat(stops.getLast()).isEqualTo("TechGrounds");
        shoot("path");

        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    @DisplayName("finds a programme by facets from a shared address, and matches a person's profile")
    void findsProgrammes() {
        browser.open(server.uri("/programmes?targetGroups=unemployed&sectors=ict").toString());
        browser.awaitText(By.cssSelector(".programme-results"), "PathWays");
        assertThat(browser.driver().findElement(By.cssSelector("input[name=targetGroups][value=unemployed]")).isSelected()).isTrue();
        shoot("programmes");

        new Select(browser.driver().findElement(By.cssSelector(".match-form select[name=targetGroup]"))).selectByValue("unemployed");
        new Select(browser.driver().findElement(By.cssSelector(".match-form select[name=sector]"))).selectByValue("ict");
        new Select(browser.driver().findElement(By.cssSelector(".match-form select[name=place]"))).selectByValue("zaandam");
        browser.driver().findElement(By.xpath("//form[contains(@class,'match-form')]//button")).click();
        browser.awaitText(By.cssSelector(".match-results"), "score");
        var ranked = browser.driver().findElements(By.cssSelector(".match-results > li > a")).stream().map(WebElement::getText).toList();
        assertThat(ranked.subList(0, 2)).containsExactlyInAnyOrder("PathWays", "TechGrounds");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    @DisplayName("an entity card suggests whom to meet, as suggestPartners ranks them, each with the neighbours behind it")
    void suggestsWhomToMeet() {
        var expected = server.graphQl("{ suggestPartners(id: \"textile-loops\", first: 8) { partner { name } } }")
                .at("/data/suggestPartners").valueStream().map(s -> s.at("/partner/name").asString()).toList();
        assertThat(expected).isNotEmpty();

        browser.open(server.uri("/entity/textile-loops").toString());
        browser.awaitText(By.cssSelector(".suggestions h2"), "Whom to meet");
        var items = browser.driver().findElements(By.cssSelector(".suggestion-list > li"));
        assertThat(items).extracting(item -> item.findElements(By.tagName("a")).getFirst().getText()).containsExactlyElementsOf(expected);
        assertThat(items).allSatisfy(item -> assertThat(item.getText()).contains("because of"));
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    @DisplayName("opens shared search addresses and works with the keyboard alone at phone width")
    void keyboardAndPhoneWidth() {
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        try {
            browser.open(server.uri("/?q=TOMAS").toString());
            browser.awaitText(By.tagName("h1"), "Results for “TOMAS”");
            assertThat(browser.await(By.cssSelector("main section h2")).getText()).isNotBlank();

            var search = browser.await(By.id("search-input"));
            assertThat(search.getAttribute("value")).isEqualTo("TOMAS");
            search.clear();
            search.sendKeys("House of Skills");
            browser.await(By.xpath("//div[@id='search-results']//div[@role='option']"));
            search.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
            browser.awaitText(By.cssSelector("article.card h1"), "House of Skills");
            browser.awaitTrue("document.querySelector('.map-count') && /\\d+ entities/.test(document.querySelector('.map-count').textContent)");
            assertThat(browser.driver().executeScript("""
                    return [...document.querySelectorAll('body *')]
                        .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
                        .map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right));"""))
                    .as("elements wider than a phone screen").asList().isEmpty();
            shoot("phone");
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1400, 1000));
        }
        assertThat(browser.consoleErrors()).isEmpty();
    }

    private void pick(WebElement input, String name) {
        input.sendKeys(name);
        browser.await(By.xpath("//div[@role='listbox' and not(@hidden)]//div[@role='option'][starts-with(normalize-space(.), '" + name + "')]"));
        input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        assertThat(input.getAttribute("data-id")).isNotBlank();
    }

    private int mapEntities() {
        return Integer.parseInt(browser.driver().findElement(By.cssSelector(".map-count")).getText().split(" ")[0]);
    }

    private Path awaitDownload() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            try (var files = Files.list(browser.downloads())) {
                List<Path> done = files.filter(f -> f.toString().endsWith(".graphml")).toList();
                if (!done.isEmpty()) {
                    return done.getFirst();
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no GraphML file was downloaded");
    }

    private void shoot(String name) {
        if (screenshots != null) {
            browser.screenshot(Path.of(screenshots).resolve("explorer-" + name + ".png"));
        }
    }
}
