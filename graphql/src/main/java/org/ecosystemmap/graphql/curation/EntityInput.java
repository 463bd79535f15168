package org.ecosystemmap.graphql.curation;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecosystemmap.graph.vocabulary.EntityKind;

/** The {@code EntityInput} of {@code upsertEntity}: an entity as a curator writes it. */
public record EntityInput(String id, EntityKind kind, String name, List<String> aliases, String description, List<String> sources,
        String quote, Boolean inferred, String type, String status, String website, Integer startYear, Integer endYear,
        Integer year, Integer size, String sizeNote, String goalType, String number, String planned, String result,
        Double amount, String funder, String outcome, String date, String format, Integer attendance) {

    /**
     * The fields given, each as the text a dataset cell would hold, so that one set of rules checks both;
     * multi-value fields are joined with {@code |} as in a dataset.
     */
    Map<String, String> asDatasetTexts() {
        var texts = new LinkedHashMap<String, String>();
        put(texts, "id", id);
        put(texts, "name", name);
        put(texts, "aliases", aliases == null ? null : String.join("|", aliases));
        put(texts, "description", description);
        put(texts, "sources", sources == null ? null : String.join("|", sources));
        put(texts, "quote", quote);
        put(texts, "inferred", inferred);
        put(texts, "status", status);
        put(texts, "type", type);
        put(texts, "website", website);
        put(texts, "startYear", startYear);
        put(texts, "endYear", endYear);
        put(texts, "year", year);
        put(texts, "size", size);
        put(texts, "sizeNote", sizeNote);
        put(texts, "goalType", goalType);
        put(texts, "number", number);
        put(texts, "planned", planned);
        put(texts, "result", result);
        put(texts, "amount", amount == null ? null : BigDecimal.valueOf(amount).toPlainString());
        put(texts, "funder", funder);
        put(texts, "outcome", outcome);
        put(texts, "date", date);
        put(texts, "format", format);
        put(texts, "attendance", attendance);
        return texts;
    }

    static void put(Map<String, String> texts, String name, Object value) {
        if (value != null) {
            texts.put(name, value.toString());
        }
    }
}
