package org.ecosystemmap.graphql.vocabulary;

import java.util.Arrays;
import java.util.List;
import org.ecosystemmap.graph.vocabulary.Label;
import org.ecosystemmap.graph.vocabulary.Language;
import org.ecosystemmap.graph.vocabulary.Term;
import org.ecosystemmap.graph.vocabulary.Vocabulary;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code vocabulary(lang)}: every label of the graph-model's vocabulary in one language; no database involved. */
@Controller
public class VocabularyController {

    /** A {@code Vocabulary}: a closed list and its values' labels in one language. */
    public record LabelledVocabulary(String name, List<LabelledTerm> terms) {
    }

    /** A {@code Term}. */
    public record LabelledTerm(String value, String label, String plural, String outgoing, String incoming) {

        static LabelledTerm of(Term term, Language language) {
            return new LabelledTerm(term.value(), term.label().in(language), in(term.plural(), language),
                    in(term.outgoing(), language), in(term.incoming(), language));
        }

        private static String in(Label label, Language language) {
            return label == null ? null : label.in(language);
        }
    }

    @QueryMapping
    public List<LabelledVocabulary> vocabulary(@Argument Language lang) {
        return Arrays.stream(Vocabulary.values()).map(v -> new LabelledVocabulary(v.vocabularyName(),
                v.terms().stream().map(term -> LabelledTerm.of(term, lang)).toList())).toList();
    }
}
