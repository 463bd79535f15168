package org.ecosystemmap.graphql.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.parser.Parser;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The parsed-document cache")
class ParsedDocumentsTest {

    private final AtomicInteger parsed = new AtomicInteger();
    private final Function<ExecutionInput, PreparsedDocumentEntry> parse = input -> {
        parsed.incrementAndGet();
        return new PreparsedDocumentEntry(Parser.parse(input.getQuery()));
    };

    @Test
    @DisplayName("parses a query text once, whatever its variables")
    void parsesATextOnce() {
        var provider = ParsedDocuments.provider(Caffeine.newBuilder().maximumSize(10).build());
        var query = "query($id: ID!) { entity(id: $id) { name } }";
        var first = provider.getDocumentAsync(input(query, "a"), parse).join();
        var second = provider.getDocumentAsync(input(query, "b"), parse).join();

        assertThat(parsed).hasValue(1);
        assertThat(second.getDocument()).isSameAs(first.getDocument());
    }

    @Test
    @DisplayName("keeps at most its capacity")
    void isBounded() {
        var documents = Caffeine.newBuilder().maximumSize(2).executor(Runnable::run).<String, PreparsedDocumentEntry>build();
        var provider = ParsedDocuments.provider(documents);
        for (var query : new String[] {"{ a }", "{ b }", "{ c }", "{ d }", "{ e }"}) {
            provider.getDocumentAsync(input(query, "x"), parse).join();
        }
        documents.cleanUp();

        assertThat(parsed).hasValue(5);
        assertThat(documents.estimatedSize()).isEqualTo(2);
    }

    private static ExecutionInput input(String query, String id) {
        return ExecutionInput.newExecutionInput(query).variables(Map.of("id", id)).build();
    }
}
