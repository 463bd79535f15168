package org.ecosystemmap.benchmarks.scenario;

import java.util.Map;

/** One question to one system: a GraphQL document or a Cypher statement, with its variables. */
public record Request(String text, Map<String, Object> variables) {
}
