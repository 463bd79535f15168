package org.ecosystemmap.api.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The explorer's two message catalogues against every key its pages use: the keys of {@code t('...')} and
 * {@code th('...')} in the scripts and of {@code data-i18n*} in index.html. A key a page uses that a
 * catalogue lacks, a key no page uses, or a Dutch message left as the English one fails.
 */
@DisplayName("The explorer's message catalogues")
class MessageCataloguesTest {

    private static final Path STATIC = Path.of("src/main/resources/static");
    private static final Pattern KEY_IN_SCRIPT = Pattern.compile("\\bth?\\(\\s*'([^']+)'");
    private static final Pattern CALL_WITHOUT_LITERAL_KEY = Pattern.compile("\\bth?\\(\\s*[^'\\s)]");
    private static final Pattern KEY_IN_PAGE = Pattern.compile("data-i18n(?:-[a-z-]+)?=\"([^\"]+)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    /** The module that defines t() and th() and translates the page's fixed elements by their data-i18n. */
    private static final String DEFINITIONS = "i18n.js";

    /** Messages that are the same words in Dutch and English. */
    private static final Set<String> SAME_IN_BOTH = Set.of("fact.status", "fact.website", "goals.status", "goals.column.status",
            "brokers.column.score", "programmes.match.score", "years.range", "changes.with");

    private final Map<String, JsonNode> dutch = catalogue("nl");
    private final Map<String, JsonNode> english = catalogue("en");

    @Test
    @DisplayName("hold the same keys")
    void sameKeys() {
        assertThat(dutch.keySet()).as("keys in nl.json").containsExactlyInAnyOrderElementsOf(english.keySet());
    }

    @Test
    @DisplayName("hold every key the pages use, and only those")
    void everyKeyUsed() throws IOException {
        var used = usedKeys();
        assertThat(used).as("keys the pages use").isNotEmpty();
        assertThat(english.keySet()).as("en.json").containsAll(used);
        assertThat(dutch.keySet()).as("nl.json").containsAll(used);
        assertThat(new TreeSet<>(english.keySet())).as("keys no page uses").isSubsetOf(used);
    }

    @Test
    @DisplayName("are used with literal keys only, so that this check sees them all")
    void literalKeys() throws IOException {
        var computed = new ArrayList<String>();
        for (var script : scripts()) {
            if (!script.getFileName().toString().equals(DEFINITIONS)) {
                var matcher = CALL_WITHOUT_LITERAL_KEY.matcher(Files.readString(script));
                while (matcher.find()) {
                    computed.add(script.getFileName() + ": " + matcher.group());
                }
            }
        }
        assertThat(computed).isEmpty();
    }

    @Test
    @DisplayName("give each message the same placeholders and plural forms in both languages")
    void samePlaceholders() {
        for (var key : english.keySet()) {
            var en = english.get(key);
            var nl = dutch.get(key);
            assertThat(nl).as("%s in nl.json", key).isNotNull();
            assertThat(nl.isObject()).as("%s has plural forms in both or neither", key).isEqualTo(en.isObject());
            if (en.isObject()) {
                assertThat(en.propertyNames()).as(key).contains("one", "other");
                assertThat(nl.propertyNames()).as(key).contains("one", "other");
            }
            assertThat(placeholders(nl)).as("placeholders of %s", key).isEqualTo(placeholders(en));
        }
    }

    @Test
    @DisplayName("have every Dutch message in Dutch, not left as the English one")
    void dutchIsTranslated() {
        var untranslated = new TreeMap<String, String>();
        english.forEach((key, en) -> {
            if (en.equals(dutch.get(key)) && !SAME_IN_BOTH.contains(key)) {
                untranslated.put(key, en.toString());
            }
        });
        assertThat(untranslated).isEmpty();
    }

    private static Set<String> usedKeys() throws IOException {
        var keys = new TreeSet<String>();
        for (var script : scripts()) {
            if (!script.getFileName().toString().equals(DEFINITIONS)) {
                KEY_IN_SCRIPT.matcher(Files.readString(script)).results().forEach(m -> keys.add(m.group(1)));
            }
        }
        KEY_IN_PAGE.matcher(Files.readString(STATIC.resolve("index.html"))).results().forEach(m -> keys.add(m.group(1)));
        return keys;
    }

    private static List<Path> scripts() throws IOException {
        try (Stream<Path> files = Files.walk(STATIC)) {
            return files.filter(f -> f.toString().endsWith(".js")).sorted().toList();
        }
    }

    private static Set<String> placeholders(JsonNode message) {
        var names = new TreeSet<String>();
        var texts = message.isObject() ? message.valueStream().map(JsonNode::asString).toList() : List.of(message.asString());
        texts.forEach(text -> PLACEHOLDER.matcher(text).results().forEach(m -> names.add(m.group(1))));
        return names;
    }

    private static Map<String, JsonNode> catalogue(String lang) {
        try {
            var json = JsonMapper.builder().build().readTree(Files.readString(STATIC.resolve("explorer/messages/" + lang + ".json")));
            var messages = new TreeMap<String, JsonNode>();
            json.propertyNames().forEach(key -> messages.put(key, json.get(key)));
            return messages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
