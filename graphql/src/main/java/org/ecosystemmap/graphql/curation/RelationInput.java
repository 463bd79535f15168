package org.ecosystemmap.graphql.curation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code RelationInput} of {@code link}: a relationship as a curator writes it. */
public record RelationInput(String from, String type, String to, String role, Integer since, Integer until, List<String> sources,
        String quote, Boolean inferred) {

    /** The properties given, as the text a row of relationships.csv would hold. */
    Map<String, String> asDatasetTexts() {
        var texts = new LinkedHashMap<String, String>();
        EntityInput.put(texts, "role", role);
        EntityInput.put(texts, "since", since);
        EntityInput.put(texts, "until", until);
        EntityInput.put(texts, "sources", sources == null ? null : String.join("|", sources));
        EntityInput.put(texts, "quote", quote);
        EntityInput.put(texts, "inferred", inferred);
        return texts;
    }
}
