package org.ecosystemmap.graphql.documents;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.parser.Parser;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The document cache")
class DocumentCacheTest {

    private final AtomicInteger parsed = new AtomicInteger();
    private final Function<ExecutionInput, PreparsedDocumentEntry> parse = input -> {
        parsed.incrementAndGet();
        return new PreparsedDocumentEntry(Parser.parse(input.getQuery()));
    };

    @Test
    @DisplayName("parses a query text once, whatever its variables")
    void parsesATextOnce() {
        var cache = new DocumentCache(10);
        var query = "query($id: ID!) { entity(id: $id) { name } }";
        var first = cache.getDocumentAsync(input(query, "a"), parse).join();
        var second = cache.getDocumentAsync(input(query, "b"), parse).join();

        assertThat(parsed).hasValue(1);
        assertThat(second.getDocument()).isSameAs(first.getDocument());
    }

    @Test
    @DisplayName("keeps at most its capacity, dropping the least recently used text")
    void isBounded() {
        var cache = new DocumentCache(2);
        cache.getDocumentAsync(input("{ a }", "x"), parse).join();
        cache.getDocumentAsync(input("{ b }", "x"), parse).join();
        cache.getDocumentAsync(input("{ a }", "x"), parse).join();
        cache.getDocumentAsync(input("{ c }", "x"), parse).join();
        cache.getDocumentAsync(input("{ a }", "x"), parse).join();
        cache.getDocumentAsync(input("{ b }", "x"), parse).join();

        assertThat(cache.size()).isEqualTo(2);
        assertThat(parsed).as("{ b } was dropped for { c } and parsed again; { a } stayed").hasValue(4);
    }

    private static ExecutionInput input(String query, String id) {
        return ExecutionInput.newExecutionInput(query).variables(Map.of("id", id)).build();
    }
}
