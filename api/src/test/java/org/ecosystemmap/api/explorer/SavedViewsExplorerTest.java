package org.ecosystemmap.api.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.ecosystemmap.api.testing.RunningServer;
import org.ecosystemmap.graph.testing.TestNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;

/**
 * Saved views, their embedding and the map's pictures in a real headless Chromium: a map saved in one browser
 * opens with the same entities in another; its embed page shows inside an iframe of a site whose origin is allowed
 * and is refused by the browser on one whose origin is not; the map exports itself as SVG and PNG with its legend
 * and source line. The other sites are small JDK HTTP servers on ports of their own: other origins. Set
 * {@code -Dexplorer.screenshots=docs/screenshots} to also save the screenshots shown in the README.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Saved views and exports, in a headless Chromium")
class SavedViewsExplorerTest {

    private static final Pattern VIEW_ID = Pattern.compile("/view/([^?]+)");
    private static final String SOURCE_LINE = "Bron: Amsterdam Economic Board, Jaarverslag 2021";

    private HttpServer allowedSite;
    private HttpServer otherSite;
    private ExplorerSession session;
    private RunningServer server;
    private Browser browser;
    private final String screenshots = System.getProperty("explorer.screenshots");

    @BeforeAll
    void start() throws IOException {
        allowedSite = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        otherSite = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        session = ExplorerSession.start(Map.of("ecosystem.embed.allowed-origins", "https://intranet.example.org, " + origin(allowedSite)));
        server = session.server();
        browser = session.browser();
        for (var site : List.of(allowedSite, otherSite)) {
            // A page of the other site that frames the embed page of the view its address names, and says when the frame has loaded.
            site.createContext("/", exchange -> {
                var embed = server.uri("/embed/view/" + exchange.getRequestURI().getQuery() + "?lang=en");
                var page = """
                        <!doctype html><html><head><title>Intranet</title></head><body><h1>Our intranet</h1>
                        <iframe id="map" src="%s" width="900" height="700"></iframe>
                        <script>document.getElementById('map').addEventListener('load', () => { document.body.dataset.framed = 'loaded'; });</script>
                        </body></html>""".formatted(embed).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, page.length);
                exchange.getResponseBody().write(page);
                exchange.close();
            });
            site.start();
        }
    }

    @AfterAll
    void stop() {
        if (session != null) {
            session.close();
        }
        for (var site : List.of(allowedSite, otherSite)) {
            if (site != null) {
                site.stop(0);
            }
        }
    }

    @Test
    @DisplayName("a map saved in one browser opens at /view/{id} with the same entities in a fresh one, and with a notice once one of them is deleted")
    void saveAndOpenElsewhere() {
        // A partner of TOMAS's that lives only as long as this test, to be deleted once the view is saved.
        TestNeo4j.graph().write(tx -> tx.run("""
                MATCH (tomas:Entity {id: 'tomas'})
                CREATE (:Entity:Partner {id: 'short-lived-bv', name: 'Short-lived BV', type: 'COMPANY', dataset: 'test'})-[:PARTNER_IN]->(tomas)
                """).consume());
        var id = saveTomasMap("TOMAS and its partners");
        List<String> saved = mapEntityIds(browser);
        assertThat(saved).contains("tomas", "short-lived-bv");

        try (var fresh = new Browser(1400, 1000)) {
            openView(fresh, id, "en", "TOMAS and its partners", saved);
            assertThat(fresh.driver().findElements(By.cssSelector(".view-missing"))).isEmpty();
            assertThat(fresh.consoleErrors()).isEmpty();

            TestNeo4j.graph().write(tx -> tx.run("MATCH (n:Entity {id: 'short-lived-bv'}) DETACH DELETE n").consume());
            fresh.open(server.uri("/view/" + id + "?lang=nl").toString());
            fresh.awaitText(By.cssSelector(".view-missing"), "short-lived-bv");
            assertThat(fresh.driver().findElement(By.cssSelector(".view-missing")).getText()).startsWith("1 onderdeel van deze weergave bestaat niet meer");
            fresh.awaitTrue("document.querySelectorAll('.map-entities option[value]:not([value=\"\"])').length === " + (saved.size() - 1));
            assertThat(mapEntityIds(fresh)).doesNotContain("short-lived-bv").contains("tomas");
            assertThat(fresh.consoleErrors()).isEmpty();
        }
    }

    @Test
    @DisplayName("the embed page shows in an iframe of an allowed origin, with a link to the full view, and the browser refuses it to any other")
    void embedding() {
        var id = saveTomasMap("Embedded TOMAS");
        var embedPage = server.get("/embed/view/" + id);
        assertThat(embedPage.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy)
                .contains("frame-ancestors 'self' https://intranet.example.org " + origin(allowedSite) + ";", "script-src 'self';"));
        assertThat(embedPage.headers().firstValue("X-Frame-Options")).isEmpty();
        var card = server.get("/entity/tomas");
        assertThat(card.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy).contains("frame-ancestors 'none'"));
        assertThat(card.headers().firstValue("X-Frame-Options")).contains("DENY");

        browser.open(origin(allowedSite) + "/?" + id);
        browser.awaitTrue("document.body.dataset.framed === 'loaded'");
        browser.driver().switchTo().frame("map");
        browser.awaitText(By.cssSelector("h1.view-name"), "Embedded TOMAS");
        browser.awaitTrue("document.querySelectorAll('.map-entities option[value]:not([value=\"\"])').length > 3");
        assertThat(browser.driver().findElements(By.cssSelector("nav.views, #search-input, button.save-view"))).as("navigation and saving").isEmpty();
        assertThat(browser.driver().findElement(By.cssSelector("a.full-view")).getAttribute("href")).contains("/view/" + id);
        browser.driver().switchTo().defaultContent();
        shoot(browser, "embedded-view");

        browser.open(origin(otherSite) + "/?" + id);
        browser.awaitTrue("document.body.dataset.framed === 'loaded'");
        browser.driver().switchTo().frame("map");
        // The embed page's own markup (main#view) is there from the first byte when a frame shows it; a refused frame holds the browser's error page.
        assertThat(browser.driver().findElements(By.id("view"))).as("the embed page inside a frame of an origin not allowed").isEmpty();
        browser.driver().switchTo().defaultContent();
        assertThat(browser.consoleErrors()).singleElement().asString()
                .contains("Framing", "violates the following Content Security Policy directive: \"frame-ancestors 'self' https://intranet.example.org "
                        + origin(allowedSite) + "\"", "blocked");
        if (screenshots != null) {
            browser.open(server.uri("/view/" + id + "?lang=en").toString());
            browser.awaitTrue("document.querySelectorAll('.map-entities option[value]:not([value=\"\"])').length > 3");
            shoot(browser, "saved-view");
        }
    }

    @Test
    @DisplayName("the map exports itself as an SVG with its legend and source line, and as a PNG painted from that SVG; the network of initiatives as an SVG too")
    void exports() throws Exception {
        browser.open(server.uri("/entity/tomas?lang=en").toString());
        awaitMapDrawn(browser);
        browser.clearDownloads();
        browser.await(By.cssSelector("button.export-picture[data-format=svg]")).click();
        var svg = Files.readString(browser.awaitDownload(".svg"));
        assertThat(svg).startsWith("<?xml").contains("<svg xmlns=\"http://www.w3.org/2000/svg\"", "<g class=\"legend\">", SOURCE_LINE, ">TOMAS</text>");
        var legend = svg.substring(svg.indexOf("<g class=\"legend\">"), svg.indexOf("</g>", svg.indexOf("<g class=\"legend\">")));
        assertThat(legend).contains(">Initiative</text>", ">Partner</text>", ">Coalition</text>");
        int width = Integer.parseInt(attribute(svg, "width"));
        int height = Integer.parseInt(attribute(svg, "height"));

        browser.clearDownloads();
        browser.await(By.cssSelector("button.export-picture[data-format=png]")).click();
        var png = Files.readAllBytes(browser.awaitDownload(".png"));
        assertThat(png).startsWith(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
        assertThat(png.length).as("bytes of the PNG").isGreaterThan(20_000);
        try (var header = new DataInputStream(new ByteArrayInputStream(png, 16, 8))) {
            assertThat(List.of(header.readInt(), header.readInt())).as("the PNG is the SVG painted at twice its size").containsExactly(2 * width, 2 * height);
        }

        browser.open(server.uri("/network?of=INITIATIVE&via=PARTNER,COALITION&lang=nl").toString());
        browser.awaitTrue("document.querySelector('.network-map')?.cy?.nodes().length > 0");
        browser.clearDownloads();
        browser.await(By.cssSelector("button.export-picture[data-format=svg]")).click();
        var network = Files.readString(browser.awaitDownload(".svg"));
        assertThat(network).as("the network of initiatives, in Dutch").contains("<g class=\"legend\">", ">Initiatief</text>", SOURCE_LINE, ">TOMAS</text>");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    @DisplayName("a question typed in Dutch opens its chains, whose map saved as a view opens with the same entities in a fresh browser")
    void askSaveAndShare() {
        browser.open(server.uri("/?lang=nl").toString());
        browser.await(By.id("search-input")).sendKeys("Wie verbindt Philips met TechGrounds?");
        // The suggestions follow the typing: on a slow machine those of the half-typed question can show first.
        browser.awaitTrue("document.getElementById('search-results').dataset.text === document.getElementById('search-input').value");
        browser.await(By.cssSelector("#search-results [role=option].ask")).click();
        browser.awaitText(By.cssSelector(".path-results h2"), "ketens, de sterkste eerst");
        awaitMapDrawn(browser);
        var id = saveMap("Philips en TechGrounds");
        List<String> saved = mapEntityIds(browser);
        assertThat(saved).contains("philips", "techgrounds");

        try (var fresh = new Browser(1400, 1000)) {
            openView(fresh, id, "nl", "Philips en TechGrounds", saved);
            assertThat(fresh.consoleErrors()).isEmpty();
        }
    }

    /** Opens the saved view in this browser, in this language, and checks that it shows its name and exactly these entities. */
    private void openView(Browser in, String id, String lang, String name, List<String> entities) {
        in.open(server.uri("/view/" + id + "?lang=" + lang).toString());
        in.awaitText(By.cssSelector("h1.view-name"), name);
        in.awaitTrue("document.querySelectorAll('.map-entities option[value]:not([value=\"\"])').length === " + entities.size());
        assertThat(mapEntityIds(in)).containsExactlyInAnyOrderElementsOf(entities);
    }

    /** Opens TOMAS's card, waits for its map and saves it under this name; the new view's id. */
    private String saveTomasMap(String name) {
        browser.open(server.uri("/entity/tomas?lang=en").toString());
        awaitMapDrawn(browser);
        return saveMap(name);
    }

    /** Saves the map the page shows under this name; the new view's id. */
    private String saveMap(String name) {
        browser.await(By.cssSelector("button.save-view")).click();
        browser.await(By.cssSelector(".save-view-form input[name=name]")).sendKeys(name);
        browser.driver().findElement(By.cssSelector(".save-view-form input[name=description]")).sendKeys("Saved by a test");
        browser.driver().findElement(By.cssSelector(".save-view-form button[type=submit]")).click();
        var link = browser.await(By.cssSelector(".saved-view a"));
        var matcher = VIEW_ID.matcher(link.getAttribute("href"));
        assertThat(matcher.find()).as(link.getAttribute("href")).isTrue();
        return matcher.group(1);
    }

    /** Saves a screenshot for the README, as explorer-NAME.png. */
    private void shoot(Browser in, String name) {
        if (screenshots != null) {
            in.screenshot(Path.of(screenshots).resolve("explorer-" + name + ".png"));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> mapEntityIds(Browser in) {
        return (List<String>) in.driver().executeScript(
                "return [...document.querySelectorAll('.map-entities option')].map(o => o.value).filter(v => v)");
    }

    private static void awaitMapDrawn(Browser in) {
        in.awaitTrue("/^\\d+ /.test(document.querySelector('.map-count')?.textContent ?? '')");
    }

    private static String origin(HttpServer site) {
        return "http://localhost:" + site.getAddress().getPort();
    }

    private static String attribute(String svg, String name) {
        var matcher = Pattern.compile("<svg [^>]*\\b" + name + "=\"(\\d+)\"").matcher(svg);
        assertThat(matcher.find()).as(name + " of the svg").isTrue();
        return matcher.group(1);
    }
}
