package org.ecosystemmap.graph.vocabulary;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns the text of a property, as a dataset cell or an API argument gives it, into the value the graph
 * stores, or says why it cannot: the value rules of the rule book ({@code FactRules}), for the importer and
 * the curators' mutations alike. Multi-value texts separate values with {@code |}. No text holds a control
 * character, except line breaks and tabs in {@link PropertyType#PROSE}; every address is http(s); counts
 * and amounts are not negative.
 */
public final class PropertyValues {

    public static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    /** A parsed value, or an error message with an optional suggestion. */
    public record Parsed(Object value, String error, String suggestion) {
        static Parsed ok(Object value) {
            return new Parsed(value, null, null);
        }

        static Parsed error(String error) {
            return new Parsed(null, error, null);
        }

        static Parsed error(String error, String suggestion) {
            return new Parsed(null, error, suggestion);
        }

        public boolean failed() {
            return error != null;
        }
    }

    private PropertyValues() {
    }

    public static List<String> split(String text) {
        var values = new LinkedHashSet<String>();
        for (var part : text.split("\\|")) {
            var value = part.strip();
            if (!value.isEmpty()) {
                values.add(value);
            }
        }
        return new ArrayList<>(values);
    }

    public static Parsed parse(PropertySpec spec, String raw) {
        var text = raw.strip();
        var control = controlCharacter(text, spec.type() == PropertyType.PROSE);
        if (control != null) {
            return Parsed.error(control);
        }
        return switch (spec.type()) {
            case ID -> ID.matcher(text).matches()
                    ? Parsed.ok(text)
                    : Parsed.error("\"" + text + "\" is not an id: use lowercase letters, digits and single hyphens",
                            quoted(slug(text)));
            case TEXT, PROSE -> Parsed.ok(text);
            case TEXT_LIST -> Parsed.ok(split(text));
            case SOURCE_LIST -> sources(text);
            case SOURCE -> source(text);
            case BOOLEAN -> switch (text.toLowerCase(Locale.ROOT)) {
                case "true", "yes" -> Parsed.ok(Boolean.TRUE);
                case "false", "no" -> Parsed.ok(Boolean.FALSE);
                default -> Parsed.error("\"" + text + "\" is not true or false");
            };
            case INTEGER -> notNegative(integer(text), "a count");
            case YEAR -> year(text);
            case DECIMAL -> notNegative(decimal(text), "an amount");
            case URL -> url(text);
            case PARTIAL_DATE -> date(text);
            case ENUM -> enumeration(spec, text);
        };
    }

    /**
     * Why the text cannot be stored because of a control character in it, or null when it has none. Line
     * breaks and tabs are allowed only when {@code multiline}.
     */
    public static String controlCharacter(String text, boolean multiline) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.getType(c) != Character.CONTROL || multiline && (c == '\n' || c == '\r' || c == '\t')) {
                continue;
            }
            var what = switch (c) {
                case '\n', '\r' -> "a line break";
                case '\t' -> "a tab";
                default -> "the control character U+%04X".formatted((int) c);
            };
            return "the text holds " + what + " at character " + (i + 1)
                    + (c == '\n' || c == '\r' || c == '\t' ? "; this field is one line" : "; text holds no control characters");
        }
        return null;
    }

    /** The one rule for every address the graph stores: http or https, a host, nothing a URI cannot hold. */
    public static Parsed url(String text) {
        try {
            var uri = new URI(text);
            var scheme = uri.getScheme();
            if (scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getRawAuthority() != null && !uri.getRawAuthority().isBlank()) {
                return Parsed.ok(text);
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        return Parsed.error("\"" + abbreviated(text) + "\" is not a web address: it must start with http:// or https:// "
                + "and hold no spaces, quotes or angle brackets");
    }

    private static Parsed notNegative(Parsed parsed, String what) {
        if (!parsed.failed() && ((Number) parsed.value()).doubleValue() < 0) {
            return Parsed.error(parsed.value() + " is negative; " + what + " is 0 or more");
        }
        return parsed;
    }

    private static String abbreviated(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "...";
    }

    private static Parsed sources(String text) {
        var refs = new ArrayList<String>();
        for (var part : split(text)) {
            var ref = source(part);
            if (ref.failed()) {
                return ref;
            }
            refs.add((String) ref.value());
        }
        return Parsed.ok(refs);
    }

    /** One reference with its optional quote, in the form a dataset writes it. */
    private static Parsed source(String text) {
        return SourceRef.parse(text).map(ref -> Parsed.ok(ref.written())).orElseGet(() -> Parsed.error("\"" + text
                + "\" is not a source reference like document.txt#L12-L15, or one with its quote: document.txt#L12-L15 \"words\""));
    }

    private static Parsed integer(String text) {
        try {
            return Parsed.ok(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Parsed.error("\"" + text + "\" is not a whole number");
        }
    }

    public static Parsed year(String text) {
        var parsed = integer(text);
        if (parsed.failed()) {
            return Parsed.error("\"" + text + "\" is not a year");
        }
        long year = (Long) parsed.value();
        return year >= 1800 && year <= 2200 ? parsed : Parsed.error(year + " is not a plausible year");
    }

    private static Parsed decimal(String text) {
        try {
            double value = Double.parseDouble(text);
            return Double.isFinite(value) ? Parsed.ok(value) : Parsed.error("\"" + text + "\" is not a number");
        } catch (NumberFormatException e) {
            var plain = text.replace(".", "").replace(",", "").replace("€", "").strip();
            return Parsed.error("\"" + text + "\" is not a plain number (no thousands separators or currency signs)",
                    plain.matches("\\d+") ? quoted(plain) : null);
        }
    }

    private static Parsed date(String text) {
        var m = DATE.matcher(text);
        if (!m.matches()) {
            return Parsed.error("\"" + text + "\" is not a date written YYYY-MM-DD, YYYY-MM or YYYY");
        }
        try {
            if (m.group(3) != null) {
                LocalDate.parse(text);
            } else if (m.group(2) != null) {
                YearMonth.parse(text);
            }
            return Parsed.ok(text);
        } catch (DateTimeException e) {
            return Parsed.error("\"" + text + "\" is not a real date");
        }
    }

    private static Parsed enumeration(PropertySpec spec, String text) {
        if (spec.allowedValues().contains(text)) {
            return Parsed.ok(text);
        }
        var suggestion = Suggestions.closest(text, spec.allowedValues()).map(PropertyValues::quoted).orElse(null);
        return Parsed.error("unknown value \"" + text + "\"; allowed: " + String.join(", ", spec.allowedValues()), suggestion);
    }

    /** An id made from a text, as near to it as the id rule allows; null when nothing of it fits. */
    public static String slug(String text) {
        var slug = NameKeys.of(text).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? null : slug;
    }

    /** {@code a Partner}, {@code an Initiative}. */
    public static String withArticle(String noun) {
        return ("AEIOU".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    public static String quoted(String value) {
        return value == null ? null : "\"" + value + "\"";
    }
}
