package org.ecosystemmap.graph.ask;

import org.ecosystemmap.graph.vocabulary.Language;

/**
 * A phrase table's row as a curator writes it, in the language of its table: the form a dataset's phrases are
 * stored in the graph.
 *
 * @param settings the third column as written ({@code statuses=NOT_ACHIEVED}); empty when there is none
 */
public record PhraseRow(Language language, String view, String pattern, String settings) {
}
