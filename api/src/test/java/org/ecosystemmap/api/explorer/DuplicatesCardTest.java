package org.ecosystemmap.api.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.ecosystemmap.api.testing.RunningServer;
import org.ecosystemmap.api.testing.TestKeys;
import org.ecosystemmap.graph.testing.TestNeo4j;
import org.ecosystemmap.importer.Importer;
import org.ecosystemmap.importer.dataset.ClasspathSource;
import org.ecosystemmap.importer.write.ImportOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;

/**
 * The entity card shows a curator the likely duplicates of the entity, why, and what a merge would move, and
 * merges one at the press of a button. The sample dataset with a planted duplicate: "Amsterdam Economic Boart",
 * which runs TOMAS as the Board does.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Likely duplicates on the entity card, in a headless Chromium")
class DuplicatesCardTest {

    private RunningServer server;
    private Browser browser;

    @BeforeAll
    void start() {
        TestNeo4j.clear();
        new Importer(TestNeo4j.graph()).importDataset(new ClasspathSource("datasets/sample"), ImportOptions.DEFAULT);
        server = RunningServer.shared(TestKeys.serverProperties(true));
        var planted = server.graphQlAs(TestKeys.CURATOR, """
                mutation {
                  upsertEntity(input: {id: "aeb-typo", kind: PARTNER, name: "Amsterdam Economic Boart", type: "NETWORK"}) { id }
                  link(input: {from: "aeb-typo", type: "RUNS", to: "tomas", role: "initiator"}) { type }
                }""", Map.of());
        assertThat(planted.has("errors")).as(planted.toString()).isFalse();
        browser = new Browser(1400, 1000);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        TestNeo4j.clear();
    }

    @Test
    @DisplayName("are a curator's question only: a reader's key is refused")
    void onlyForCurators() {
        var answer = server.graphQlAs(TestKeys.READER, "{ likelyDuplicates { score } }", Map.of());
        assertThat(answer.at("/errors/0/extensions/classification").asString()).isEqualTo("FORBIDDEN");
    }

    @Test
    @DisplayName("shows a curator the planted duplicate with its reasons and what moves, and merges it into the card's entity")
    void showsAndMerges() {
        browser.open(server.uri("/?lang=en").toString());
        browser.await(By.cssSelector(".key-form input[name=key]")).sendKeys(TestKeys.CURATOR);
        browser.driver().findElement(By.cssSelector(".key-form button")).click();
        browser.awaitText(By.tagName("h1"), "The ecosystem at a glance");
        assertThat(browser.consoleErrors()).as("before the key: the API's 401, read and so set aside").hasSize(1);

        browser.open(server.uri("/entity/amsterdam-economic-board?lang=en").toString());
        browser.awaitText(By.cssSelector(".duplicates h2"), "Likely duplicates");
        var item = browser.driver().findElement(By.cssSelector(".duplicate-list > li"));
        assertThat(item.findElement(By.tagName("a")).getAttribute("href")).contains("/entity/aeb-typo");
        assertThat(item.getText()).contains("Amsterdam Economic Boart", "differ by 1 letter", "1 neighbour in common",
                "Merging moves its 1 relationship here");

        item.findElement(By.cssSelector("button.merge")).click();
        browser.driver().switchTo().alert().accept();
        browser.awaitText(By.cssSelector("article.card h1 + p"), "aeb-typo");

        var merged = server.graphQlAs(TestKeys.READER, "{ entity(id: \"aeb-typo\") { id relations(first: 10) { edges { node { type other { id } } } } } }",
                Map.of());
        assertThat(merged.at("/data/entity/id").asString()).isEqualTo("amsterdam-economic-board");
        assertThat(merged.at("/data/entity/relations/edges").valueStream().map(e -> e.at("/node/type").asString() + " " + e.at("/node/other/id").asString())
                .filter(line -> line.equals("RUNS tomas")).toList()).as("one RUNS to TOMAS, not two").isEqualTo(List.of("RUNS tomas"));
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
