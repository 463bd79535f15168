package org.ecosystemmap.api.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Checks that a page of the explorer speaks one language: {@code <html lang>} says it, and no text outside
 * what is marked as another language or as a name comes from the other language's catalogue or vocabulary
 * (untranslated.js, run in the page).
 */
final class PageLanguage {

    private static final String CHECK = read("/explorer/untranslated.js");

    private PageLanguage() {
    }

    static void assertSpeaks(Browser browser, String lang, String page) {
        assertThat(browser.pageLanguage()).as("<html lang> on %s", page).isEqualTo(lang);
        var problems = (List<?>) browser.driver().executeAsyncScript(CHECK);
        assertThat(problems).as("text on %s that is not in %s", page, lang).isEmpty();
    }

    private static String read(String resource) {
        try (var in = PageLanguage.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
