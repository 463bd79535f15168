package org.ecosystemmap.api.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.ecosystemmap.api.testing.RunningServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * The explorer in a real headless Chromium, as a policy officer uses it: search, open a card, look at the
 * map and expand it, find a path, export; in Dutch and in English, with every page checked for words of the
 * other language ({@link PageLanguage}). Set {@code -Dexplorer.screenshots=docs/screenshots} to also save
 * the screenshots shown in the README.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("The explorer, in a headless Chromium")
class ExplorerTest {

    /** What a reader sees at some of the tour's stops, in each language. */
    private record Words(String home, List<String> searchGroups, String initiative, String pathFound, String firstHop,
            String eventDate, String fundingAmount, String notFound, String joined) {
    }

    private static final Map<String, Words> WORDS = Map.of(
            "nl", new Words("Het ecosysteem in één oogopslag", List.of("INITIATIEVEN", "COALITIES"), "Initiatief", "ketens, de sterkste eerst",
                    "Philips neemt deel aan Gezondheidsdata-infrastructuur", "november 2021", "€ 326.000", "Niet gevonden", "Toegetreden"),
            "en", new Words("The ecosystem at a glance", List.of("INITIATIVES", "COALITIONS"), "Initiative", "chains, strongest first",
                    "Philips takes part in Gezondheidsdata-infrastructuur", "November 2021", "€326,000", "Not found", "Joined"));

    private static final Pattern ENTITY_ID = Pattern.compile("/entity/([^?]+)");

    private ExplorerSession session;
    private RunningServer server;
    private Browser browser;
    private final String screenshots = System.getProperty("explorer.screenshots");

    @BeforeAll
    void start() {
        session = ExplorerSession.start(Map.of());
        server = session.server();
        browser = session.browser();
    }

    @AfterAll
    void stop() {
        if (session != null) {
            session.close();
        }
    }

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"nl", "en"})
    @DisplayName("the tour: search TOMAS, open its card with the consortium partners, expand the map, export for Kumu, find Philips to TechGrounds; every page in one language, without console errors")
    void policyOfficersTour(String lang) throws Exception {
        var words = WORDS.get(lang);
        browser.open(server.uri("/?lang=" + lang).toString());
        browser.awaitText(By.tagName("h1"), words.home());
        PageLanguage.assertSpeaks(browser, lang, "the start page");

        var search = browser.await(By.id("search-input"));
        search.sendKeys("TOMAS");
        var option = browser.await(By.xpath("//div[@id='search-results']//div[@role='option'][normalize-space(.)='TOMAS " + words.initiative() + "']"));
        assertThat(browser.driver().findElements(By.cssSelector("#search-results .group"))).extracting(WebElement::getText)
                .containsAll(words.searchGroups());
        PageLanguage.assertSpeaks(browser, lang, "the search box's results");
        shoot("search", lang);
        option.click();

        browser.awaitText(By.cssSelector("article.card h1"), "TOMAS");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/entity/tomas?lang=" + lang);
        var consortium = browser.await(By.xpath("//div[@class='coalition'][.//h3/a[contains(@href, '/entity/tomas-consortium?')]]"));
        assertThat(consortium.findElements(By.cssSelector(".chip a"))).extracting(ExplorerTest::entityId)
                .contains("gemeente-amsterdam", "digital-society-school", "mra-bureau", "amsterdam-economic-board", "startupamsterdam");
        assertThat(browser.driver().findElements(By.cssSelector("table.goals .status"))).isNotEmpty();
        awaitMapDrawn();
        PageLanguage.assertSpeaks(browser, lang, "TOMAS's card");
        int before = mapEntities();
        shoot("card", lang);

        new Select(browser.driver().findElement(By.cssSelector(".map-entities"))).selectByValue("tomas-consortium");
        browser.await(By.cssSelector(".map-selection button.expand")).click();
        browser.awaitTrue("parseInt(document.querySelector('.map-count').textContent) > " + before);
        PageLanguage.assertSpeaks(browser, lang, "the expanded map");
        shoot("map", lang);

        var kumu = kumuElements(() -> browser.await(By.cssSelector("button.export[data-format=csv]")).click());
        assertThat(kumu).extracting(r -> r.get("Type")).contains(words.initiative());

        browser.await(By.cssSelector("nav.views a[href^='/path']")).click();
        browser.await(By.cssSelector(".path-form"));
        PageLanguage.assertSpeaks(browser, lang, "the path finder");
        pick(browser.await(By.cssSelector(".from input")), "Philips");
        pick(browser.await(By.cssSelector(".to input")), "TechGrounds");
        browser.driver().findElement(By.cssSelector(".path-form button[type=submit]")).click();
        browser.awaitText(By.cssSelector(".path-results h2"), words.pathFound());
        assertThat(browser.driver().getCurrentUrl()).contains("/path?from=philips&to=techgrounds&lang=" + lang);
        var firstPath = browser.driver().findElements(By.cssSelector("ol.paths > li")).getFirst();
        var stops = firstPath.findElements(By.cssSelector(".path-steps a")).stream().map(ExplorerTest::entityId).toList();
        assertThat(stops.getFirst()).isEqualTo("philips");
        assertThat(stops.getLast()).isEqualTo("techgrounds");
        // A sentence per hop, with its weight: the ranking explained.
        var hops = firstPath.findElements(By.cssSelector("ol.hops > li"));
        assertThat(hops).hasSize(stops.size() - 1);
        assertThat(hops.getFirst().getText()).startsWith(words.firstHop());
        assertThat(hops).allSatisfy(hop -> assertThat(hop.findElement(By.cssSelector(".weight")).getText()).isNotBlank());
        PageLanguage.assertSpeaks(browser, lang, "the paths from Philips to TechGrounds");
        shoot("path", lang);

        assertThat(browser.consoleErrors()).isEmpty();
    }

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"nl", "en"})
    @DisplayName("every other view, a matched profile, an event's date, an amount and a missing entity in one language, without console errors")
    void everyViewInOneLanguage(String lang) {
        var words = WORDS.get(lang);
        visit("/?q=TOMAS", lang, "main section h2");
        visit("/shared?ids=amdex,inkopen-met-impact", lang, ".shared-results h2");
        visit("/brokers", lang, "table.ranking tbody tr");
        visit("/brokers?weighted=true&year=2021", lang, "table.ranking tbody tr");
        visit("/network?of=INITIATIVE&via=PARTNER,COALITION", lang, "table.network-links tbody tr");
        browser.driver().findElement(By.cssSelector("table.network-links button")).click();
        browser.await(By.cssSelector(".network-selection .shared-neighbours li"));
        PageLanguage.assertSpeaks(browser, lang, "a link of the network opened");
        visit("/changes?year=2021", lang, ".change-group");
        assertThat(browser.driver().findElement(By.cssSelector(".change-group[data-what=JOINED] h2")).getText()).startsWith(words.joined());
        visit("/goals?year=2021&types=TARGET&statuses=NOT_ACHIEVED,PARTLY_ACHIEVED", lang, ".goal-results h2");
        assertThat(browser.driver().findElements(By.cssSelector(".goal-results tbody tr"))).isNotEmpty()
                .allSatisfy(row -> assertThat(row.getAttribute("data-goal-type")).isEqualTo("TARGET"));

        visit("/programmes?targetGroups=unemployed&sectors=ict", lang, ".programme-results li");
        new Select(browser.driver().findElement(By.cssSelector(".match-form select[name=targetGroup]"))).selectByValue("unemployed");
        new Select(browser.driver().findElement(By.cssSelector(".match-form select[name=place]"))).selectByValue("zaandam");
        browser.driver().findElement(By.cssSelector(".match-form button")).click();
        browser.await(By.cssSelector(".match-results li .muted"));
        PageLanguage.assertSpeaks(browser, lang, "a matched profile");
        shoot("programmes", lang);

        visit("/entity/tomas-lancering-2021", lang, "dl.facts");
        assertThat(browser.driver().findElement(By.cssSelector("dl.facts")).getText()).contains(words.eventDate());
        visit("/entity/tomas-consortium-financiering-2021", lang, "dl.facts");
        assertThat(browser.driver().findElement(By.cssSelector("dl.facts")).getText()).contains(words.fundingAmount());
        visit("/entity/no-such-entity", lang, "main h1");
        assertThat(browser.driver().findElement(By.cssSelector("main h1")).getText()).isEqualTo(words.notFound());
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    @DisplayName("the network of initiatives draws each link as a line as wide as what they share, and a click on a line opens who links them")
    void networkOfInitiatives() {
        browser.open(server.uri("/network?of=INITIATIVE&via=PARTNER,COALITION&lang=en").toString());
        browser.await(By.cssSelector("table.network-links tbody tr"));
        assertThat(browser.driver().getCurrentUrl()).contains("/network?of=INITIATIVE&via=PARTNER%2CCOALITION&lang=en");
        int rows = browser.driver().findElements(By.cssSelector("table.network-links tbody tr")).size();
        browser.awaitTrue("document.querySelector('.network-map').cy?.edges().length === " + rows);
        // AMdEX and Inkopen met Impact share the Marineterrein (L117-119, L770-774): click their line on the canvas.
        var where = (Map<?, ?>) browser.driver().executeScript("""
                const host = document.querySelector('.network-map');
                host.scrollIntoView({ block: 'center' });
                const edge = host.cy.edges().filter(e => [e.source().id(), e.target().id()].sort().join() === 'amdex,inkopen-met-impact');
                const box = host.getBoundingClientRect();
                const [a, b] = [edge.source().renderedPosition(), edge.target().renderedPosition()];
                // The point of the line farthest from every entity, so that the click lands on the line.
                const points = [0.3, 0.4, 0.5, 0.6, 0.7].map(f => ({ x: a.x + f * (b.x - a.x), y: a.y + f * (b.y - a.y) }));
                const room = q => Math.min(...host.cy.nodes().map(n => Math.hypot(n.renderedPosition().x - q.x, n.renderedPosition().y - q.y)));
                const p = points.reduce((best, q) => (room(q) > room(best) ? q : best));
                return { x: p.x - box.width / 2, y: p.y - box.height / 2 };""");
        new Actions(browser.driver())
                .moveToElement(browser.driver().findElement(By.cssSelector(".network-map")), ((Number) where.get("x")).intValue(),
                        ((Number) where.get("y")).intValue())
                .click().perform();
        browser.await(By.cssSelector(".network-selection .network-pair a"));
        assertThat(browser.driver().findElements(By.cssSelector(".network-selection .network-pair a"))).extracting(ExplorerTest::entityId)
                .containsExactly("amdex", "inkopen-met-impact");
        assertThat(browser.driver().findElements(By.cssSelector(".network-selection .shared-neighbours > li > a")))
                .extracting(ExplorerTest::entityId).containsExactly("marineterrein");
        shoot("network", "en");
        // Lines are as wide as what the two share: AMdEX and Amsterdam Smart City share two (Deloitte, Marineterrein).
        assertThat((Boolean) browser.driver().executeScript("""
                const cy = document.querySelector('.network-map').cy;
                const width = ids => parseFloat(cy.edges().filter(e => [e.source().id(), e.target().id()].sort().join() === ids).renderedStyle('width'));
                return width('amdex,amsterdam-smart-city') > width('amdex,inkopen-met-impact');""")).isTrue();
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    @DisplayName("the year slider replays the map: OLVG's protective-clothing pilots appear in 2022, not in 2021, and the address keeps the year")
    void yearSliderChangesTheMap() {
        // "In 2022 starten pilots bij OLVG, Reade en Cordaan" (L945-951): OLVG's pilot site relationship holds from 2022.
        browser.open(server.uri("/entity/olvg?year=2022&lang=en").toString());
        awaitMapDrawn();
        browser.await(By.cssSelector(".map-year input.year"));
        assertThat(mapHolds("pilots-beschermende-kleding")).isTrue();
        var slider = browser.driver().findElement(By.cssSelector(".map-year input.year"));
        assertThat(slider.getAttribute("value")).isEqualTo("2022");
        slider.sendKeys(Keys.ARROW_LEFT);
        browser.awaitTrue("document.querySelector('.map-year output').textContent === '2021'");
        browser.awaitTrue("!document.querySelector('.map-entities option[value=\"pilots-beschermende-kleding\"]')"
                + " && document.querySelector('.map-entities option[value=\"gezondheidsdata-infrastructuur\"]') !== null");
        assertThat(browser.driver().getCurrentUrl()).contains("year=2021");
        browser.driver().findElement(By.cssSelector(".map-year .all-years")).click();
        browser.awaitTrue("document.querySelector('.map-entities option[value=\"pilots-beschermende-kleding\"]') !== null");
        assertThat(browser.driver().getCurrentUrl()).doesNotContain("year=");

        browser.open(server.uri("/brokers?kind=PERSON&metric=DEGREE&year=2020&lang=en").toString());
        browser.await(By.cssSelector("table.ranking tbody tr"));
        // Henk Markerink stepped down from the Board in 2021 (L2543-2547); Jopie Nooren joined it in 2021, from the HvA
        // (L2533-2535). In 2020 only he sits on the Board; in 2022 only she does, and works at the HvA.
        var in2020 = rankedIds();
        assertThat(in2020.indexOf("henk-markerink")).isLessThan(in2020.indexOf("jopie-nooren"));
        browser.driver().findElement(By.cssSelector(".brokers-year input.year")).sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
        browser.awaitTrue("document.querySelector('.broker-results').dataset.year === '2022'");
        var in2022 = rankedIds();
        assertThat(in2022.indexOf("jopie-nooren")).isLessThan(in2022.indexOf("henk-markerink"));
        assertThat(browser.driver().getCurrentUrl()).contains("year=2022");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    @DisplayName("what changed in 2021: the Network Council's eight new members and the five Board members who stepped down")
    void whatChangedIn2021() {
        browser.open(server.uri("/changes?year=2021&lang=en").toString());
        browser.awaitText(By.tagName("h1"), "What changed in 2021");
        browser.await(By.cssSelector(".change-group[data-what=LEFT]"));
        // L2596-2600 and L2543-2547.
        assertThat(browser.driver().findElements(By.cssSelector(".change-group[data-what=JOINED] li[data-other=network-council]")))
                .extracting(li -> li.getAttribute("data-entity"))
                .containsExactlyInAnyOrder("pantar", "azerion", "btg", "ahold", "penta-infra", "patagonia", "sanquin", "hpe");
        assertThat(browser.driver().findElements(By.cssSelector(".change-group[data-what=LEFT] li[data-other=amsterdam-economic-board]")))
                .extracting(li -> li.getAttribute("data-entity"))
                .contains("henk-markerink", "hans-bakker", "barbara-baarsma", "ernst-hoogenes", "jeroen-tas");
        shoot("changes", "en");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    @DisplayName("finds a programme by facets from a shared address, and matches a person's profile")
    void findsProgrammes() {
        browser.open(server.uri("/programmes?targetGroups=unemployed&sectors=ict&lang=en").toString());
        browser.awaitText(By.cssSelector(".programme-results"), "PathWays");
        assertThat(browser.driver().findElement(By.cssSelector("input[name=targetGroups][value=unemployed]")).isSelected()).isTrue();

        new Select(browser.driver().findElement(By.cssSelector(".match-form select[name=targetGroup]"))).selectByValue("unemployed");
        new Select(browser.driver().findElement(By.cssSelector(".match-form select[name=sector]"))).selectByValue("ict");
        new Select(browser.driver().findElement(By.cssSelector(".match-form select[name=place]"))).selectByValue("zaandam");
        browser.driver().findElement(By.xpath("//form[contains(@class,'match-form')]//button")).click();
        browser.awaitText(By.cssSelector(".match-results"), "score");
        var ranked = browser.driver().findElements(By.cssSelector(".match-results > li > a")).stream().map(ExplorerTest::entityId).toList();
        assertThat(ranked.subList(0, 2)).containsExactlyInAnyOrder("pathways", "techgrounds");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    @DisplayName("an entity card suggests whom to meet, as suggestPartners ranks them, each with the neighbours behind it")
    void suggestsWhomToMeet() {
        var expected = server.graphQl("{ suggestPartners(id: \"textile-loops\", first: 8) { partner { id } } }")
                .at("/data/suggestPartners").valueStream().map(s -> s.at("/partner/id").asString()).toList();
        assertThat(expected).isNotEmpty();

        browser.open(server.uri("/entity/textile-loops?lang=en").toString());
        browser.awaitText(By.cssSelector(".suggestions h2"), "Whom to meet");
        var items = browser.driver().findElements(By.cssSelector(".suggestion-list > li"));
        assertThat(items).extracting(item -> entityId(item.findElements(By.tagName("a")).getFirst())).containsExactlyElementsOf(expected);
        assertThat(items).allSatisfy(item -> assertThat(item.getText()).contains("because of"));
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    @DisplayName("finds the programmes for people without work by the report's Dutch word, saying where it matched")
    void searchesInDutch() {
        visit("/?q=werklozen", "nl", ".matched-in");
        var pathways = browser.await(By.xpath("//main//li[a[contains(@href, '/entity/pathways')]]"));
        var matched = pathways.findElement(By.cssSelector(".matched-in"));
        assertThat(matched.getText()).startsWith("gevonden in: kenmerk van het programma");
        assertThat(matched.findElements(By.tagName("mark"))).extracting(WebElement::getText).contains("werklozen");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    @DisplayName("finds by each of the report's words the issue names an entity the report ties it to, saying where it matched")
    void searchesTheReportsWords() {
        var expected = new LinkedHashMap<String, String>();
        expected.put("kwartiermaker", "tomas");
        expected.put("zijinstromers", "orientatieprogramma-zijinstromers");
        expected.put("afgeschaald", "teachforamsterdam");
        expected.put("niet gelukt", "tada-2021-target-3");
        expected.put("overdracht", "tada");
        expected.put("Talent voor de Toekomst", "talent-voor-de-toekomst");
        expected.forEach((words, id) -> {
            visit("/?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8), "nl", ".matched-in");
            var hit = browser.await(By.xpath("//main//li[a[contains(@href, '/entity/" + id + "') and not(contains(@href, '/entity/" + id + "-'))]]"));
            assertThat(hit.findElement(By.cssSelector(".matched-in")).getText()).as(words).startsWith("gevonden in: ");
        });
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    @DisplayName("opens shared search addresses and works with the keyboard alone at phone width")
    void keyboardAndPhoneWidth() {
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        try {
            browser.open(server.uri("/?q=TOMAS&lang=en").toString());
            browser.awaitText(By.tagName("h1"), "Results for “TOMAS”");
            assertThat(browser.await(By.cssSelector("main section h2")).getText()).isNotBlank();

            var search = browser.await(By.id("search-input"));
            assertThat(search.getAttribute("value")).isEqualTo("TOMAS");
            search.clear();
            search.sendKeys("House of Skills");
            browser.await(By.xpath("//div[@id='search-results']//div[@role='option']"));
            search.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
            browser.awaitText(By.cssSelector("article.card h1"), "House of Skills");
            awaitMapDrawn();
            assertThat(browser.driver().executeScript("""
                    return [...document.querySelectorAll('body *')]
                        .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
                        .map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right));"""))
                    .as("elements wider than a phone screen").asList().isEmpty();
            shoot("phone", "en");
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1400, 1000));
        }
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Nested
    @DisplayName("chooses its language")
    class Languages {

        @Test
        @DisplayName("as the browser prefers: Dutch for a Dutch browser, English for any other, and puts it in the address")
        void followsTheBrowser() {
            try (var dutch = new Browser(1400, 1000, "nl-NL,nl,en")) {
                dutch.open(server.uri("/").toString());
                dutch.awaitText(By.tagName("h1"), WORDS.get("nl").home());
                assertThat(dutch.pageLanguage()).isEqualTo("nl");
                assertThat(dutch.driver().getCurrentUrl()).endsWith("/?lang=nl");
            }
            try (var german = new Browser(1400, 1000, "de-DE,de")) {
                german.open(server.uri("/").toString());
                german.awaitText(By.tagName("h1"), WORDS.get("en").home());
                assertThat(german.pageLanguage()).isEqualTo("en");
            }
        }

        @Test
        @DisplayName("by the switch, which rewrites the page, the address and its links, and is remembered for the next visit")
        void switchIsRemembered() {
            try {
                browser.open(server.uri("/entity/tomas").toString());
                browser.awaitText(By.cssSelector("article.card h1"), "TOMAS");
                assertThat(browser.pageLanguage()).isEqualTo("en");

                browser.driver().findElement(By.cssSelector("button[data-lang=nl]")).click();
                browser.awaitTrue("document.documentElement.lang === 'nl' && document.querySelector('main h2.panel-title')?.textContent === 'Netwerk'");
                assertThat(browser.driver().getCurrentUrl()).endsWith("/entity/tomas?lang=nl");
                assertThat(browser.driver().findElement(By.cssSelector("button[data-lang=nl]")).getAttribute("aria-pressed")).isEqualTo("true");
                assertThat(browser.driver().findElements(By.cssSelector("main a[data-link], header a[data-link]")))
                        .allSatisfy(link -> assertThat(link.getAttribute("href")).contains("lang=nl"));
                awaitMapDrawn();
                PageLanguage.assertSpeaks(browser, "nl", "TOMAS's card after switching");

                browser.open(server.uri("/").toString());
                browser.awaitText(By.tagName("h1"), WORDS.get("nl").home());
            } finally {
                browser.driver().executeScript("localStorage.removeItem('ecomap.lang')");
            }
        }

        @Test
        @DisplayName("from a shared link's ?lang=, without changing the reader's own choice")
        void sharedLinkOpensInItsLanguage() {
            try (var dutch = new Browser(1400, 1000, "nl-NL,nl")) {
                dutch.open(server.uri("/path?from=philips&to=techgrounds&lang=en").toString());
                dutch.awaitText(By.cssSelector(".path-results h2"), WORDS.get("en").pathFound());
                assertThat(dutch.pageLanguage()).isEqualTo("en");

                dutch.open(server.uri("/").toString());
                dutch.awaitText(By.tagName("h1"), WORDS.get("nl").home());
            }
        }

        @Test
        @DisplayName("and shows the data's Dutch or English name and description, else the other language's, marked as such")
        void bilingualData() {
            var tomas = server.graphQl("{ entity(id: \"tomas\") { description descriptionNl } }").at("/data/entity");
            var amdex = server.graphQl("{ entity(id: \"amdex\") { name nameEn } }").at("/data/entity");
            assertThat(tomas.at("/descriptionNl").asString()).as("the bundled report's Dutch wording of TOMAS").isNotBlank();
            assertThat(amdex.at("/nameEn").asString()).as("the English name the report gives AMdEX").isNotBlank();

            browser.open(server.uri("/entity/tomas?lang=nl").toString());
            browser.awaitText(By.cssSelector("article.card .description"), tomas.at("/descriptionNl").asString().substring(0, 40));
            assertThat(browser.driver().findElement(By.cssSelector("article.card .description span")).getDomAttribute("lang")).isEqualTo("nl");
            browser.open(server.uri("/entity/tomas?lang=en").toString());
            browser.awaitText(By.cssSelector("article.card .description"), tomas.at("/description").asString());

            // Parool has no Dutch wording in the report (it cites only addresses): the Dutch card shows the English, marked so.
            browser.open(server.uri("/entity/parool?lang=nl").toString());
            assertThat(browser.await(By.cssSelector("article.card .description span")).getDomAttribute("lang")).isEqualTo("en");

            browser.open(server.uri("/entity/amdex?lang=en").toString());
            browser.awaitText(By.cssSelector("article.card h1"), amdex.at("/nameEn").asString());
            assertThat(browser.driver().findElement(By.cssSelector("article.card h1 + p")).getText()).startsWith("Also: " + amdex.at("/name").asString());
            browser.open(server.uri("/entity/amdex?lang=nl").toString());
            browser.awaitText(By.cssSelector("article.card h1"), amdex.at("/name").asString());
        }
    }

    /** Opens a view in a language, waits for what it shows, and checks it speaks that language. */
    private void visit(String path, String lang, String shown) {
        browser.open(server.uri(path + (path.contains("?") ? "&" : "?") + "lang=" + lang).toString());
        browser.await(By.cssSelector(shown));
        PageLanguage.assertSpeaks(browser, lang, path);
    }

    private void pick(WebElement input, String name) {
        input.sendKeys(name);
        browser.await(By.xpath("//div[@role='listbox' and not(@hidden)]//div[@role='option'][starts-with(normalize-space(.), '" + name + "')]"));
        input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        assertThat(input.getAttribute("data-id")).isNotBlank();
    }

    private void awaitMapDrawn() {
        browser.awaitTrue("/^\\d+ /.test(document.querySelector('.map-count')?.textContent ?? '')");
    }

    private boolean mapHolds(String id) {
        return Boolean.TRUE.equals(browser.driver().executeScript(
                "return document.querySelector('.map-entities option[value=\"' + arguments[0] + '\"]') !== null", id));
    }

    private List<String> rankedIds() {
        return browser.driver().findElements(By.cssSelector("table.ranking tbody a")).stream().map(ExplorerTest::entityId).toList();
    }

    private int mapEntities() {
        return Integer.parseInt(browser.driver().findElement(By.cssSelector(".map-count")).getText().split(" ")[0]);
    }

    static String entityId(WebElement link) {
        var matcher = ENTITY_ID.matcher(link.getAttribute("href"));
        return matcher.find() ? matcher.group(1) : link.getAttribute("href");
    }

    /** Clicks an export button and reads the elements of the Kumu zip it downloads. */
    private List<CSVRecord> kumuElements(Runnable click) throws Exception {
        browser.clearDownloads();
        click.run();
        var zip = browser.awaitDownload(".zip");
        try (var file = new ZipFile(zip.toFile())) {
            var elements = new InputStreamReader(file.getInputStream(file.getEntry("elements.csv")), StandardCharsets.UTF_8);
            return CSVFormat.RFC4180.builder().setHeader().get().parse(elements).getRecords();
        }
    }

    /** Saves a screenshot for the README: explorer-NAME.png in English, explorer-NAME-nl.png in Dutch. */
    private void shoot(String name, String lang) {
        if (screenshots != null) {
            browser.screenshot(Path.of(screenshots).resolve("explorer-" + name + (lang.equals("en") ? "" : "-" + lang) + ".png"));
        }
    }
}
