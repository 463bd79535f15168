package org.ecosystemmap.graphql.analytics;

import java.util.Map;
import org.ecosystemmap.graph.vocabulary.Label;
import org.ecosystemmap.graph.vocabulary.Language;
import org.ecosystemmap.graph.vocabulary.Vocabulary;

/**
 * A relationship in words, in the direction it was recorded: "Philips takes part in Gezondheidsdata-
 * infrastructuur", "Philips neemt deel aan Gezondheidsdata-infrastructuur". The verb is the vocabulary's
 * label of the type; the names are the entities' names in the language where the data has one.
 */
public final class LinkSentence {

    private static final Label INFERRED = new Label("(inferred)", "(afgeleid)");

    private LinkSentence() {
    }

    /** @param names every entity's name by id, in both languages */
    public static String of(Link link, Map<String, Label> names, Language language) {
        var sentence = name(names, link.from(), language) + " " + Vocabulary.label(link.type(), language) + " "
                + name(names, link.to(), language);
        return link.inferred() ? sentence + " " + INFERRED.in(language) : sentence;
    }

    private static String name(Map<String, Label> names, String id, Language language) {
        var name = names.get(id);
        return name == null ? id : name.in(language);
    }

    /** An entity's name in both languages: {@code nameEn} and {@code nameNl} where it has them, else {@code name}. */
    public static Label names(Map<String, Object> properties) {
        var name = String.valueOf(properties.getOrDefault("name", properties.get("id")));
        var en = properties.get("nameEn");
        var nl = properties.get("nameNl");
        return new Label(en == null ? name : en.toString(), nl == null ? name : nl.toString());
    }
}
