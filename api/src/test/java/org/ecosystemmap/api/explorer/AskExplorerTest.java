package org.ecosystemmap.api.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.ecosystemmap.api.testing.RunningServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * Asking in words in the explorer's search box, in a headless Chromium over the bundled report: the question is
 * offered as the view that answers it above the ordinary hits, a name that fits two entities offers both, and
 * the question opens its view.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Asking in words in the explorer, in a headless Chromium")
class AskExplorerTest {

    private ExplorerSession session;
    private RunningServer server;
    private Browser browser;

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

    @Test
    @DisplayName("a Dutch question typed in the search box is offered as its view, and opens the chains from Philips to TechGrounds")
    void dutchQuestionOpensThePath() {
        browser.open(server.uri("/?lang=nl").toString());
        var search = browser.await(By.id("search-input"));
        search.sendKeys("Wie verbindt Philips met TechGrounds?");
        // The suggestions follow the typing: on a slow machine those of the half-typed question can show first.
        browser.awaitTrue("document.getElementById('search-results').dataset.text === document.getElementById('search-input').value");
        var reading = browser.await(By.cssSelector("#search-results [role=option].ask"));
        assertThat(reading.getText()).isEqualTo("Wie verbindt Philips met TechGrounds?");
        assertThat(browser.driver().findElement(By.cssSelector("#search-results .group")).getText()).isEqualToIgnoringCase("Bedoelde u:");
        PageLanguage.assertSpeaks(browser, "nl", "a question's interpretation");
        reading.click();

        browser.awaitText(By.cssSelector(".path-results h2"), "ketens, de sterkste eerst");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/path?from=philips&to=techgrounds&lang=nl");
        assertThat(browser.driver().findElement(By.cssSelector(".from input")).getAttribute("value")).isEqualTo("Philips");
        assertThat(browser.driver().findElement(By.cssSelector(".to input")).getAttribute("value")).isEqualTo("TechGrounds");
        var stops = browser.driver().findElements(By.cssSelector("ol.paths > li")).getFirst()
                .findElements(By.cssSelector(".path-steps a")).stream().map(ExplorerTest::entityId).toList();
        assertThat(stops.getFirst()).isEqualTo("philips");
        assertThat(stops.getLast()).isEqualTo("techgrounds");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    @DisplayName("a name that fits two entities offers both, each opening its own view")
    void ambiguousNameOffersEach() {
        browser.open(server.uri("/?lang=nl").toString());
        var search = browser.await(By.id("search-input"));
        search.sendKeys("Wie verbindt Marineterrein met Philips");
        browser.awaitTrue("document.getElementById('search-results').dataset.text === document.getElementById('search-input').value");
        browser.awaitTrue("document.querySelectorAll('#search-results [role=option].ask').length >= 2");
        var links = browser.driver().findElements(By.cssSelector("#search-results [role=option].ask a")).stream()
                .map(a -> a.getAttribute("href")).toList();
        assertThat(links).anySatisfy(href -> assertThat(href).contains("/path?from=marineterrein&to=philips"))
                .anySatisfy(href -> assertThat(href).contains("/path?from=marineterrein-site&to=philips"));
        search.sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ENTER);
        browser.await(By.cssSelector(".path-form"));
        assertThat(browser.driver().getCurrentUrl()).contains("/path?from=marineterrein").contains("&to=philips");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    @DisplayName("the results page of an English question with typos says \"Did you mean\" above the hits, linking to its view")
    void resultsPageOffersTheReading() {
        // The results page's own address: Enter in the box could also pick the reading offered there, whichever came first.
        browser.open(server.uri("/?q=" + URLEncoder.encode("which goals did Inkopen met Impact miss in 2021", StandardCharsets.UTF_8) + "&lang=en")
                .toString());
        browser.awaitText(By.cssSelector(".ask-panel h2"), "Did you mean:");
        var link = browser.driver().findElement(By.cssSelector(".ask-panel a"));
        assertThat(link.getText()).isEqualTo("Which goals did Inkopen met Impact not reach in 2021?");
        PageLanguage.assertSpeaks(browser, "en", "a question's results page");
        link.click();

        browser.await(By.cssSelector(".goal-results section h3 a"));
        List<String> initiatives = browser.driver().findElements(By.cssSelector(".goal-results section h3 a")).stream()
                .map(ExplorerTest::entityId).toList();
        assertThat(initiatives).containsExactly("inkopen-met-impact");
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
