package org.ecosystemmap.graphql.ask;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.ecosystemmap.graph.ask.PhraseView;

/**
 * The explorer views a question in words can be answered by: each knows the address the explorer opens it at
 * (the parameters its script reads, README "The explorer") and the GraphQL query that answers the same, taken
 * from the explorer's script or the cookbook. A phrase table names the view in its first column ({@link PhraseView}).
 */
enum AskView {

    /** The chains between two entities (path.js, cookbook 12). */
    PATH(PhraseView.PATH, "/path", """
            query Path($from: ID!, $to: ID!, $lang: Language) {
              paths(from: $from, to: $to, first: 3) {
                cost
                nodes { id name kind }
                hops { meaning cost }
                because(lang: $lang)
              }
            }""") {
        @Override
        Answer answer(Reading reading) {
            var from = reading.id("a");
            var to = reading.id("b");
            return new Answer("/path?" + parameters("from", from, "to", to), Map.of("from", from, "to", to, "lang", reading.languageName()));
        }
    },

    /** What two or three entities share (shared.js, cookbook 03). */
    SHARED(PhraseView.SHARED, "/shared", """
            query Shared($ids: [ID!]!) {
              sharedPartners(ids: $ids) {
                partner { id name kind }
                via { from type role to sources { section lines quote } }
              }
            }""") {
        @Override
        Answer answer(Reading reading) {
            var ids = reading.ids("a", "b", "c");
            return new Answer("/shared?" + parameters("ids", String.join(",", ids)), Map.of("ids", ids));
        }
    },

    /** An entity's partners, of a kind or of every kind: its card and network (entity.js, cookbook 01). */
    PARTNERS(PhraseView.PARTNERS, "/entity", """
            query Partners($id: ID!, $kinds: [EntityKind!]) {
              neighbourhood(id: $id, depth: 1, kinds: $kinds, limit: 200) {
                nodes { id name kind }
                edges { from type role to }
              }
            }""") {
        @Override
        Answer answer(Reading reading) {
            var id = reading.id("a");
            var variables = new LinkedHashMap<String, Object>();
            variables.put("id", id);
            variables.put("kinds", reading.kind().map(List::of).orElse(null));
            return new Answer("/entity/" + encode(id), variables);
        }
    },

    /** The network of entities of a kind folded by what they share (network.js, cookbook 13). */
    NETWORK(PhraseView.NETWORK, "/network", """
            query Network($kinds: [EntityKind!]!, $via: [EntityKind!]!) {
              coParticipation(kinds: $kinds, via: $via, minShared: 1) {
                weight
                a { id name kind }
                b { id name kind }
                via { id name }
              }
            }""") {
        @Override
        Answer answer(Reading reading) {
            var of = reading.kind().orElseThrow();
            var via = List.of(reading.setting("via").orElse("PARTNER,COALITION").split(","));
            return new Answer("/network?" + parameters("of", of, "via", String.join(",", via)), Map.of("kinds", List.of(of), "via", via));
        }
    },

    /** Talent programmes for a target group, sector or place (programmes.js, cookbook 09). */
    PROGRAMMES(PhraseView.PROGRAMMES, "/programmes", """
            query Programmes($filter: TalentFilter) {
              talentProgrammes(filter: $filter, first: 20) {
                totalCount
                edges { node { id name ... on TalentProgramme { status places { id name } } } }
                facets { field values { value count selected } }
              }
            }""") {
        @Override
        Answer answer(Reading reading) {
            var filter = new LinkedHashMap<String, Object>();
            reading.value("group").ifPresent(group -> filter.put("targetGroups", List.of(group)));
            reading.value("sector").ifPresent(sector -> filter.put("sectors", List.of(sector)));
            reading.optionalId("place").ifPresent(place -> filter.put("places", List.of(place)));
            var address = new StringJoiner("&");
            filter.forEach((field, values) -> address.add(field + "=" + encode(String.join(",", strings(values)))));
            return new Answer("/programmes" + (filter.isEmpty() ? "" : "?" + address), Map.of("filter", filter));
        }
    },

    /** An initiative's goals of a year, of a status (goals.js, with the initiative; the cookbook's goals query). */
    GOALS(PhraseView.GOALS, "/goals", """
            query Goals($id: ID!) {
              entity(id: $id) {
                id
                name
                ... on Initiative {
                  goals { number year goalType planned result status statusQuote { quote lines } }
                }
              }
            }""") {
        @Override
        Answer answer(Reading reading) {
            var id = reading.id("a");
            var address = new StringJoiner("&");
            address.add("year=" + reading.year().orElse(REPORT_YEAR));
            reading.setting("types").ifPresent(types -> address.add("types=" + encode(types)));
            reading.setting("statuses").ifPresent(statuses -> address.add("statuses=" + encode(statuses)));
            address.add("of=" + encode(id));
            return new Answer("/goals?" + address, Map.of("id", id));
        }
    },

    /** The brokers, of a kind or of every kind, over all years or as of one (brokers.js, cookbook 06). */
    BROKERS(PhraseView.BROKERS, "/brokers", """
            query Brokers($kinds: [EntityKind!], $asOf: Date) {
              brokers(metric: BETWEENNESS, kinds: $kinds, first: 25, asOf: $asOf) {
                rank
                score
                entity { id name kind }
              }
            }""") {
        @Override
        Answer answer(Reading reading) {
            var kind = reading.kind();
            var address = "/brokers?" + parameters("metric", "BETWEENNESS", "kind", kind.orElse(""))
                    + reading.year().map(year -> "&year=" + year).orElse("");
            var variables = new LinkedHashMap<String, Object>();
            variables.put("kinds", kind.map(List::of).orElse(null));
            variables.put("asOf", reading.year().map(String::valueOf).orElse(null));
            return new Answer(address, variables);
        }
    },

    /** What changed in a year (changes.js, cookbook 14). */
    CHANGES(PhraseView.CHANGES, "/changes", """
            query Changes($from: Date!, $to: Date!) {
              changes(from: $from, to: $to) {
                date
                what
                entity { id name kind }
                other { id name kind }
                sources { lines quote }
              }
            }""") {
        @Override
        Answer answer(Reading reading) {
            var year = String.valueOf(reading.year().orElseThrow());
            return new Answer("/changes?year=" + year, Map.of("from", year, "to", year));
        }
    };

    /** The year of the bundled report, which the goals view opens at. */
    private static final int REPORT_YEAR = 2021;

    /** The address and the query's variables that answer a reading. */
    record Answer(String url, Map<String, Object> variables) {
    }

    private final PhraseView phraseView;
    private final String path;
    private final String query;

    AskView(PhraseView phraseView, String path, String query) {
        this.phraseView = phraseView;
        this.path = path;
        this.query = query;
    }

    abstract Answer answer(Reading reading);

    /** The explorer path of the view, as {@code Interpretation.view} gives it. */
    String path() {
        return path;
    }

    String query() {
        return query;
    }

    /** The view that answers the phrases naming {@code view}. */
    static AskView of(PhraseView view) {
        return Arrays.stream(values()).filter(v -> v.phraseView == view).findFirst()
                .orElseThrow(() -> new IllegalStateException("no view answers the phrases of " + view.tableName()));
    }

    private static String parameters(String... namesAndValues) {
        var joined = new StringJoiner("&");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            joined.add(namesAndValues[i] + "=" + encode(namesAndValues[i + 1]));
        }
        return joined.toString();
    }

    private static String encode(String value) {
        // The explorer writes lists comma-separated in its addresses, as people read them.
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("%2C", ",");
    }

    private static List<String> strings(Object values) {
        return ((List<?>) values).stream().map(String::valueOf).toList();
    }
}
