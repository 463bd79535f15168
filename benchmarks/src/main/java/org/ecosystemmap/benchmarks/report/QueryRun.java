package org.ecosystemmap.benchmarks.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.ecosystemmap.benchmarks.load.Latency;

/**
 * One measured load of one scenario on one system, as docs/benchmarks.json lists it.
 *
 * @param system raw-cypher, graphql or neo4j-graphql-js
 * @param scenario lookup, search, neighbourhood2, shortestPath, sharedPartners, brokers or mix
 * @param load1 the 1-minute load average when the run began
 */
public record QueryRun(String system, String scenario, int clients, @JsonProperty("p50_ms") double p50Ms, @JsonProperty("p99_ms") double p99Ms,
        double rps, long requests, long errors, String size, double load1) {

    public static QueryRun of(String system, String scenario, int clients, Latency latency, String size, double load1) {
        return new QueryRun(system, scenario, clients, latency.p50Ms(), latency.p99Ms(), Math.round(latency.rps() * 10) / 10.0,
                latency.requests(), latency.errors(), size, load1);
    }
}
