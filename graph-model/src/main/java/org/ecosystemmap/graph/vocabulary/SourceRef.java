package org.ecosystemmap.graph.vocabulary;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A reference to lines of a source document: {@code jaarverslag-2021.txt#L437-L441}. Stored in the graph
 * with the title of the section it falls in and that section's address, when the dataset names them:
 * {@code jaarverslag-2021.txt#L437-L441 §TOMAS › Resultaten 2021 <https://...>}.
 */
public record SourceRef(String document, int lineFrom, int lineTo, String section, String url) {

    private static final Pattern SHORT = Pattern.compile("(?<doc>[^#\\s]+)#L(?<from>\\d{1,7})(?:-L(?<to>\\d{1,7}))?");
    private static final Pattern STORED = Pattern.compile(
            SHORT.pattern() + "(?: §(?<section>[^<]+?))?(?: <(?<url>[^>\\s]+)>)?");

    public SourceRef {
        if (lineFrom < 1 || lineTo < lineFrom) {
            throw new IllegalArgumentException("lines must count from 1 and run forwards: " + lineFrom + "-" + lineTo);
        }
    }

    /** Reads a reference as a dataset writes it; empty when the text is not one. */
    public static Optional<SourceRef> parse(String text) {
        return parse(SHORT, text);
    }

    /** Reads a reference as the graph stores it, with its optional section and address. */
    public static Optional<SourceRef> parseStored(String text) {
        return parse(STORED, text);
    }

    private static Optional<SourceRef> parse(Pattern pattern, String text) {
        var m = pattern.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int from = Integer.parseInt(m.group("from"));
        int to = m.group("to") == null ? from : Integer.parseInt(m.group("to"));
        if (to < from || from < 1) {
            return Optional.empty();
        }
        String section = pattern == STORED ? m.group("section") : null;
        String url = pattern == STORED ? m.group("url") : null;
        return Optional.of(new SourceRef(m.group("doc"), from, to, section, url));
    }

    public SourceRef withSection(String sectionTitle, String sectionUrl) {
        return new SourceRef(document, lineFrom, lineTo, sectionTitle, sectionUrl);
    }

    /** {@code 437-441}, or {@code 52} for one line. */
    public String lines() {
        return lineFrom == lineTo ? Integer.toString(lineFrom) : lineFrom + "-" + lineTo;
    }

    /** The short form a dataset uses. */
    public String reference() {
        return document + "#L" + lineFrom + (lineTo == lineFrom ? "" : "-L" + lineTo);
    }

    /** The form the graph stores. */
    public String stored() {
        return reference() + (section == null ? "" : " §" + section) + (url == null ? "" : " <" + url + ">");
    }
}
