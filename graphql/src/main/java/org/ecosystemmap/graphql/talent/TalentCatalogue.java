package org.ecosystemmap.graphql.talent;

import static org.ecosystemmap.graphql.compile.Field.below;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.stream.Collectors;
import org.ecosystemmap.graph.vocabulary.EntityKind;
import org.ecosystemmap.graphql.compile.CompiledQuery;
import org.ecosystemmap.graphql.compile.Selection;
import org.ecosystemmap.graphql.entity.EntityProjection;
import org.ecosystemmap.graphql.listing.EntityLists;

/**
 * Reads the talent programmes that match a text (all of them without one), each with its values for every
 * filter field and with what the client selected on it, in one statement, with the entities the filter names
 * by id. Filtering, counting and paging are done on these facts, so the list and its facet counts cannot
 * disagree, and the statement is the same for every filter: the database plans it once. A region has some
 * hundreds of talent programmes, not millions.
 */
final class TalentCatalogue {

    /** What the statement read: the programmes, and the entities the filter names by id. */
    record Read(List<ProgrammeFacts> programmes, List<TalentValues.Named> named) {
    }

    private static final String VALUES = Arrays.stream(TalentField.values()).map(TalentField::valuesOfProgramme)
            .collect(Collectors.joining(", ", "[", "]"));

    private TalentCatalogue() {
    }

    /**
     * @param ids the ids the filter names
     * @param selection what is selected on the page of programmes
     */
    static CompiledQuery<Read> read(String text, List<String> ids, Selection selection) {
        var plan = selection.plan("talentProgrammes",
                (fields, compilation) -> EntityProjection.of(below(fields, "edges", "node"), EntityKind.TALENT_PROGRAMME, "n", compilation));
        var programme = plan.value();
        var compilation = plan.compilation();
        var parameters = new HashMap<String, Object>();
        var match = EntityLists.match(EntityKind.TALENT_PROGRAMME, text, List.of(), parameters);
        parameters.forEach(compilation::put);
        compilation.put("named", ids);
        var score = EntityLists.hasText(text) ? "score" : "0.0";
        return new CompiledQuery<>(compilation.statement("""
                %s
                CALL () {
                  %s
                  RETURN collect({id: n.id, name: n.name, score: %s, values: %s, programme: %s}) AS programmes
                }
                RETURN named, programmes""".formatted(ids.isEmpty() ? "WITH [] AS named" : TalentValues.NAMED, match, score, VALUES,
                programme.cypher())), records -> {
                    var record = records.getFirst();
                    var programmes = record.get("programmes").asList(r -> new ProgrammeFacts(r.get("id").asString(), r.get("name").asString(),
                            programme.read(r.get("programme").asObject()), r.get("score").asDouble(),
                            r.get("values").asList(field -> field.asList(v -> new ProgrammeFacts.Fact(
                                    v.get("value").asString(), v.get("label").asString(null), v.get("listed").asBoolean())))));
                    return new Read(programmes, TalentValues.named(record.get("named")));
                });
    }
}
