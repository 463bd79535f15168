package org.ecosystemmap.graphql.documents;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Parses and validates each distinct query text once. Clients send the same few queries again and again with
 * other variables, and parsing and validating took a tenth of the request threads' time in the benchmark's
 * profile (docs/benchmarks.md). Bounded, the least recently used text out first, so that a client sending
 * ever new texts cannot grow it.
 */
final class DocumentCache implements PreparsedDocumentProvider {

    private final Map<String, PreparsedDocumentEntry> entries;

    DocumentCache(int capacity) {
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        PreparsedDocumentEntry entry;
        synchronized (entries) {
            entry = entries.get(input.getQuery());
        }
        if (entry == null) {
            // Parsed outside the lock: two requests racing on a new text both parse it, and neither waits.
            entry = parseAndValidate.apply(input);
            synchronized (entries) {
                entries.put(input.getQuery(), entry);
            }
        }
        return CompletableFuture.completedFuture(entry);
    }

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
