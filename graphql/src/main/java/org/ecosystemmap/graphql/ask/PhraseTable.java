package org.ecosystemmap.graphql.ask;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.ecosystemmap.graph.ask.Phrase;
import org.ecosystemmap.graph.ask.PhraseTableText;
import org.ecosystemmap.graph.vocabulary.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The question phrases, one table per language: the shipped {@code ask/phrases-nl.csv} and
 * {@code ask/phrases-en.csv}, a curator's own {@code phrases-nl.csv} / {@code phrases-en.csv} in the folder
 * {@code ecosystem.ask.phrases-dir}, whose rows are added, and those a dataset brought into the graph
 * ({@link GraphPhrases}). A row is {@code view;pattern;settings} ({@link PhraseTableText}). A table file with a
 * broken row stops the start with every problem's file, line and reason, as a broken dataset does.
 */
@Component
public class PhraseTable {

    private final List<Phrase> fromFiles;
    private final Supplier<List<Phrase>> fromGraph;

    @Autowired
    PhraseTable(@Value("${ecosystem.ask.phrases-dir:}") String phrasesDir, GraphPhrases graphPhrases) {
        this(phrasesDir, graphPhrases::phrases);
    }

    /** The shipped tables and those in {@code phrasesDir}, without the graph's. */
    PhraseTable(String phrasesDir) {
        this(phrasesDir, List::of);
    }

    private PhraseTable(String phrasesDir, Supplier<List<Phrase>> fromGraph) {
        var problems = new ArrayList<String>();
        var read = new ArrayList<Phrase>();
        for (var language : Language.values()) {
            var name = PhraseTableText.fileName(language);
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
        this.fromFiles = List.copyOf(read);
        this.fromGraph = fromGraph;
    }

    /** Every phrase that fits the question, each way it fits; the phrases of the preferred language first. */
    List<Phrase.Fit> fit(String question, Language preferred) {
        return phrases()
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
        return phrases()
                .filter(p -> p.language() == language && p.view() == fitted.view() && p.slots().equals(fitted.slots())
                        && p.settings().equals(fitted.settings()))
                .findFirst()
                .orElse(fitted);
    }

    /** The files' phrases, then the graph's. */
    private Stream<Phrase> phrases() {
        return Stream.concat(fromFiles.stream(), fromGraph.get().stream());
    }

    /** The rows of a table, or the problems of those that are broken, each with the table's name and line. */
    private static List<Phrase> read(Language language, String origin, String text, List<String> problems) {
        var read = PhraseTableText.read(language, origin, text);
        read.problems().forEach(problem -> problems.add(origin + ":" + problem.line() + ": " + problem.reason()));
        return read.phrases();
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
