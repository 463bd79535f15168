package org.ecosystemmap.graphql.ask;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.ecosystemmap.graph.vocabulary.Language;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The question phrases, one table per language: the shipped {@code ask/phrases-nl.csv} and
 * {@code ask/phrases-en.csv}, and a curator's own {@code phrases-nl.csv} / {@code phrases-en.csv} in the folder
 * {@code ecosystem.ask.phrases-dir}, whose rows are added. A row is {@code view;pattern;settings}; lines starting
 * with {@code #} are comments. A table with a broken row stops the start with every problem's file, line and
 * reason, as a broken dataset does.
 */
@Component
public class PhraseTable {

    private static final String HEADER = "view;pattern;settings";

    private final List<Phrase> phrases;

    PhraseTable(@Value("${ecosystem.ask.phrases-dir:}") String phrasesDir) {
        var problems = new ArrayList<String>();
        var read = new ArrayList<Phrase>();
        for (var language : Language.values()) {
            var name = "phrases-" + language.tag() + ".csv";
            read.addAll(read(language, "ask/" + name, classpath("ask/" + name), problems));
            if (!phrasesDir.isBlank()) {
                var own = Path.of(phrasesDir).resolve(name);
                if (Files.exists(own)) {
                    read.addAll(read(language, own.toString(), file(own), problems));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The question phrase tables have " + problems.size() + " problem(s):\n  "
                    + String.join("\n  ", problems));
        }
        this.phrases = List.copyOf(read);
    }

    /** Every phrase that fits the question, each way it fits; the phrases of the preferred language first. */
    List<Phrase.Fit> fit(String question, Language preferred) {
        return phrases.stream()
                .sorted(Comparator.comparing((Phrase p) -> preferred != null && p.language() != preferred))
                .flatMap(phrase -> phrase.fit(question).stream())
                .toList();
    }

    /**
     * The phrase a question read by {@code fitted} is restated with in a language: the first of that language's
     * table for the same view, slots and settings, so that an English question is restated in Dutch words when
     * Dutch is asked for; the fitted phrase itself when that table has none.
     */
    Phrase restating(Phrase fitted, Language language) {
        return phrases.stream()
                .filter(p -> p.language() == language && p.view() == fitted.view() && p.slots().equals(fitted.slots())
                        && p.settings().equals(fitted.settings()))
                .findFirst()
                .orElse(fitted);
    }

    /** The rows of a table, or the problems of those that are broken. */
    static List<Phrase> read(Language language, String origin, String text, List<String> problems) {
        var phrases = new ArrayList<Phrase>();
        var lines = text.lines().toList();
        boolean header = false;
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i).strip();
            var where = origin + ":" + (i + 1);
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (!header) {
                header = true;
                if (!line.toLowerCase(Locale.ROOT).equals(HEADER)) {
                    problems.add(where + ": the first row must be the header \"" + HEADER + "\"");
                }
                continue;
            }
            var columns = line.split(";", -1);
            if (columns.length < 2 || columns.length > 3) {
                problems.add(where + ": a row is view;pattern;settings, not " + columns.length + " column(s)");
                continue;
            }
            try {
                phrases.add(Phrase.parse(language, columns[0], columns[1].strip(), columns.length == 3 ? columns[2] : "", where));
            } catch (IllegalArgumentException e) {
                problems.add(where + ": " + e.getMessage());
            }
        }
        return phrases;
    }

    private static String classpath(String name) {
        try (var in = new ClassPathResource(name).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the shipped phrase table " + name + " cannot be read", e);
        }
    }

    private static String file(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the phrase table " + path + " cannot be read", e);
        }
    }
}
