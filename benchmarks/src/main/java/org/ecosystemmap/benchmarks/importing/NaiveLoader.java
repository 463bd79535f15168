package org.ecosystemmap.benchmarks.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import org.apache.commons.csv.CSVFormat;
import org.ecosystemmap.graph.vocabulary.RelationType;
import org.neo4j.driver.Driver;

/**
 * The baseline every import is compared with: the loader one writes first, one MERGE statement per row of
 * relationships.csv in its own transaction, creating both ends as needed. It runs for a fixed time on an empty
 * graph and counts the rows it wrote; then everything it wrote is removed again.
 */
final class NaiveLoader {

    private final Driver driver;

    NaiveLoader(Driver driver) {
        this.driver = driver;
    }

    /** Writes rows until {@code budget} is spent or the file ends; returns the rows written and the seconds taken. */
    double[] load(Path dataset, Duration budget) {
        long started = System.nanoTime();
        long deadline = started + budget.toNanos();
        long rows = 0;
        var format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (var reader = Files.newBufferedReader(dataset.resolve("relationships.csv"), StandardCharsets.UTF_8);
                var parser = format.parse(reader); var session = driver.session()) {
            for (var row : parser) {
                if (System.nanoTime() >= deadline) {
                    break;
                }
                // The type is checked against the vocabulary: Cypher takes no parameter for a relationship type.
                var type = RelationType.of(row.get("type")).orElseThrow().name();
                var parameters = new HashMap<String, Object>();
                parameters.put("from", row.get("from"));
                parameters.put("to", row.get("to"));
                parameters.put("role", row.get("role").isEmpty() ? null : row.get("role"));
                session.run("""
                        MERGE (a:Entity {id: $from})
                        MERGE (b:Entity {id: $to})
                        MERGE (a)-[r:%s]->(b)
                        SET r.role = $role
                        """.formatted(type), parameters).consume();
                rows++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new double[] {rows, (System.nanoTime() - started) / 1e9};
    }

    /** Removes every node and relationship, in transactions of a bounded size. */
    void clear() {
        try (var session = driver.session()) {
            session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume();
        }
    }
}
