package org.ecosystemmap.graph.vocabulary;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A reference to lines of a source document, optionally with its own quote: the source's words, within
 * those lines, that the fact rests on. A fact with three references can have three quotes.
 * <p>
 * A dataset writes {@code jaarverslag-2021.txt#L437-L441}, or with a quote
 * {@code jaarverslag-2021.txt#L437-L441 "words of the report"} (the quote runs from the first to the last
 * double quote, so it may itself hold double quotes). The graph stores the reference with its quote
 * (double quotes and backslashes escaped with a backslash), the title of the section it falls in and that
 * section's address, when the dataset names them:
 * {@code jaarverslag-2021.txt#L437-L441 "words" §TOMAS › Resultaten 2021 <https://...>}. The quote comes
 * right after the reference and is escaped, so nothing in a section title can be mistaken for it.
 */
public record SourceRef(String document, int lineFrom, int lineTo, String quote, String section, String url) {

    private static final String REFERENCE = "(?<doc>[^#\\s\"]+)#L(?<from>\\d{1,7})(?:-L(?<to>\\d{1,7}))?";
    private static final Pattern WRITTEN = Pattern.compile(REFERENCE + "(?:\\s+\"(?<quote>.*)\")?", Pattern.DOTALL);
    private static final Pattern STORED = Pattern.compile(REFERENCE
            + "(?: \"(?<quote>(?:[^\"\\\\]|\\\\.)*)\")?(?: §(?<section>[^<]+?))?(?: <(?<url>[^>\\s]+)>)?", Pattern.DOTALL);
    /** The groups by number: a matcher asked for a group by name copies the pattern's names each time (an import asks millions of times). */
    private static final Groups WRITTEN_GROUPS = Groups.of(WRITTEN);
    private static final Groups STORED_GROUPS = Groups.of(STORED);

    private record Groups(int doc, int from, int to, int quote, int section, int url) {
        static Groups of(Pattern pattern) {
            var names = pattern.namedGroups();
            return new Groups(names.get("doc"), names.get("from"), names.get("to"), names.get("quote"), names.getOrDefault("section", -1),
                    names.getOrDefault("url", -1));
        }
    }

    public SourceRef {
        if (lineFrom < 1 || lineTo < lineFrom) {
            throw new IllegalArgumentException("lines must count from 1 and run forwards: " + lineFrom + "-" + lineTo);
        }
        if (quote != null && quote.isBlank()) {
            throw new IllegalArgumentException("a quote holds words; leave it out instead of giving it empty");
        }
    }

    /** Reads a reference as a dataset writes it, with its optional quote; empty when the text is not one. */
    public static Optional<SourceRef> parse(String text) {
        var m = WRITTEN.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        var groups = WRITTEN_GROUPS;
        var quote = m.group(groups.quote());
        if (quote != null && quote.isBlank()) {
            return Optional.empty();
        }
        return lines(m.group(groups.doc()), m.group(groups.from()), m.group(groups.to()))
                .map(ref -> new SourceRef(ref.document, ref.lineFrom, ref.lineTo, quote == null ? null : quote.strip(), null, null));
    }

    /** Reads a reference as the graph stores it, with its optional quote, section and address. */
    public static Optional<SourceRef> parseStored(String text) {
        var m = STORED.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        var groups = STORED_GROUPS;
        var quote = m.group(groups.quote()) == null ? null : m.group(groups.quote()).replaceAll("\\\\(.)", "$1");
        return lines(m.group(groups.doc()), m.group(groups.from()), m.group(groups.to()))
                .filter(ref -> quote == null || !quote.isBlank())
                .map(ref -> new SourceRef(ref.document, ref.lineFrom, ref.lineTo, quote, m.group(groups.section()), m.group(groups.url())));
    }

    private static Optional<SourceRef> lines(String document, String fromText, String toText) {
        int from = Integer.parseInt(fromText);
        int to = toText == null ? from : Integer.parseInt(toText);
        if (to < from || from < 1) {
            return Optional.empty();
        }
        return Optional.of(new SourceRef(document, from, to, null, null, null));
    }

    public SourceRef withSection(String sectionTitle, String sectionUrl) {
        return new SourceRef(document, lineFrom, lineTo, quote, sectionTitle, sectionUrl);
    }

    /** {@code 437-441}, or {@code 52} for one line. */
    public String lines() {
        return lineFrom == lineTo ? Integer.toString(lineFrom) : lineFrom + "-" + lineTo;
    }

    /** The bare reference, {@code jaarverslag-2021.txt#L437-L441}: the lines without the quote. */
    public String reference() {
        return document + "#L" + lineFrom + (lineTo == lineFrom ? "" : "-L" + lineTo);
    }

    /** The form a dataset uses: the reference and its quote, if any. */
    public String written() {
        return reference() + (quote == null ? "" : " \"" + quote + "\"");
    }

    /** The form the graph stores. */
    public String stored() {
        return reference()
                + (quote == null ? "" : " \"" + quote.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                + (section == null ? "" : " §" + section)
                + (url == null ? "" : " <" + url + ">");
    }
}
