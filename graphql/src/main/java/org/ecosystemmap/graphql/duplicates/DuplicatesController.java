package org.ecosystemmap.graphql.duplicates;

import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import org.ecosystemmap.graph.vocabulary.Label;
import org.ecosystemmap.graph.vocabulary.Language;
import org.ecosystemmap.graphql.compile.Selection;
import org.ecosystemmap.graphql.entity.EntityResult;
import org.ecosystemmap.graphql.error.ArgumentBounds;
import org.ecosystemmap.graphql.request.RequestReads;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** Likely duplicates, for curators to merge ({@code mergeEntities}). */
@Controller
@PreAuthorize("hasRole('CURATOR')")
public class DuplicatesController {

    private static final int MAX_PAIRS = 200;

    /** A pair as the schema's {@code DuplicatePair} answers it. */
    public record DuplicatePair(EntityResult a, EntityResult b, double score, List<Label> reasonLabels,
            int sharedNeighbours) {
    }

    @QueryMapping
    public List<DuplicatePair> likelyDuplicates(@Argument Integer first, @Argument String of, DataFetchingEnvironment env) {
        int wanted = ArgumentBounds.between("first", first, 20, 0, MAX_PAIRS);
        var candidates = RequestReads.of(env).run(DuplicateQuery.read(Selection.of(env)));
        return DuplicateScoring.pairs(candidates).stream()
                .filter(pair -> of == null || pair.a().id().equals(of) || pair.b().id().equals(of))
                .limit(wanted)
                .map(pair -> new DuplicatePair(pair.a().result(), pair.b().result(), pair.score(), pair.reasons(), pair.sharedNeighbours()))
                .toList();
    }

    @SchemaMapping(typeName = "DuplicatePair")
    public List<String> reasons(DuplicatePair pair, @Argument Language lang) {
        return pair.reasonLabels().stream().map(reason -> reason.in(lang)).toList();
    }
}
