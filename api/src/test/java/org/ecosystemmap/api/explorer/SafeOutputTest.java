package org.ecosystemmap.api.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.ecosystemmap.api.testing.RunningServer;
import org.ecosystemmap.api.testing.TestKeys;
import org.ecosystemmap.graph.testing.TestNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;

/**
 * What the explorer and GraphiQL show is only ever shown: a strict Content-Security-Policy, no inline script,
 * addresses that are not http(s) never made links, and the API key not kept beyond the tab. The graph holds
 * an entity with {@code javascript:} addresses, as if they had got past every check.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Safe output, in a headless Chromium")
class SafeOutputTest {

    /** A script element that is not a data block and has no src: inline script. */
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)(?![^>]*type=\"application/json\")[^>]*>");

    private RunningServer server;
    private Browser browser;

    @BeforeAll
    void start() {
        TestNeo4j.clear();
        TestNeo4j.graph().write(tx -> tx.run("""
                CREATE (:Entity:Partner {id: 'evil', name: 'Evil Corp', type: 'COMPANY', website: 'javascript:alert(document.cookie)',
                  sources: ['report.txt#L1 §Section one <javascript:alert(1)>', 'report.txt#L2 §Section two <https://example.org/report>']})
                """).consume());
        server = RunningServer.shared(TestKeys.serverProperties(true));
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
    @DisplayName("every page is sent with a policy that allows scripts from the application only, and holds no inline script")
    void strictPolicyAndNoInlineScript() {
        for (var page : new String[] {"/", "/entity/evil", "/graphiql"}) {
            var response = server.get(page);
            var policy = response.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertThat(policy).as(page).contains("script-src 'self';", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'");
            assertThat(policy.substring(policy.indexOf("script-src"))).as(page).startsWith("script-src 'self';");
            assertThat(INLINE_SCRIPT.matcher(response.body()).find()).as(page + " holds inline script").isFalse();
            assertThat(response.body()).as(page).doesNotContainIgnoringCase("javascript:").doesNotContainPattern(" on[a-z]+=");
        }
        assertThat(server.get("/graphql").headers().firstValue("Content-Security-Policy")).isPresent();
    }

    @Test
    @DisplayName("keeps the API key in the tab's sessionStorage, never in localStorage; draws javascript: addresses as text; runs GraphiQL under its policy")
    void explorerAndGraphiQl() {
        browser.open(server.uri("/").toString());
        var key = browser.await(By.cssSelector(".key-form input[name=key]"));
        key.sendKeys(TestKeys.READER);
        browser.driver().findElement(By.cssSelector(".key-form button")).click();
        browser.awaitText(By.tagName("h1"), "The ecosystem at a glance");
        assertThat(browser.driver().executeScript("return localStorage.length")).isEqualTo(0L);
        assertThat(browser.driver().executeScript("return sessionStorage.getItem('ecomap.apiKey')")).isEqualTo(TestKeys.READER);

        browser.open(server.uri("/entity/evil").toString());
        browser.awaitText(By.cssSelector("article.card h1"), "Evil Corp");
        assertThat(browser.driver().executeScript("return document.querySelectorAll('a[href^=\"javascript:\" i]').length")).isEqualTo(0L);
        var card = browser.driver().findElement(By.cssSelector("article.card"));
        assertThat(card.getDomProperty("textContent")).contains("javascript:alert(document.cookie)", "Section one");
        assertThat(card.findElements(By.cssSelector("a[href='https://example.org/report']"))).hasSize(1);

        browser.open(server.uri("/graphiql").toString());
        browser.await(By.cssSelector(".graphiql-container"));
        browser.awaitTrue("document.querySelectorAll('.graphiql-tab').length > 3");

        assertThat(browser.consoleErrors()).noneMatch(message -> message.contains("Content Security Policy"));
    }
}
