package org.ecosystemmap.graphql.ask;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.ecosystemmap.graph.ask.Phrase;
import org.ecosystemmap.graph.ask.PhraseRow;
import org.ecosystemmap.graph.ask.StoredPhrases;
import org.ecosystemmap.graph.connection.EcosystemGraph;
import org.ecosystemmap.graph.connection.GraphStartup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The question phrases datasets brought into the graph ({@link StoredPhrases}), held in memory so that {@code ask}
 * reads none on the request path. They are read on a thread of their own: when the graph is ready (not before:
 * the database may not have started, and the bundled dataset brings phrases too), at once after an
 * upload to this server has been imported ({@link #readSoon}), and every {@code ecosystem.ask.graph-phrases-refresh}
 * (10 seconds by default; 0 for never), which catches an import from another process (the command line). Reading
 * them costs one small statement; they are parsed again only when they changed.
 */
@Component
public class GraphPhrases implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(GraphPhrases.class);

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

    private record Loaded(List<PhraseRow> rows, List<Phrase> phrases) {
    }

    private final EcosystemGraph graph;
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("graph-phrases").daemon().factory());
    private volatile Loaded loaded = new Loaded(List.of(), List.of());

    GraphPhrases(EcosystemGraph graph, ObjectProvider<GraphStartup> startup, @Value("${ecosystem.ask.graph-phrases-refresh:10s}") Duration every) {
        this.graph = graph;
        Runnable begin = every.isPositive()
                ? () -> refresher.scheduleWithFixedDelay(this::refreshQuietly, 0, every.toMillis(), TimeUnit.MILLISECONDS)
                : this::readSoon;
        var graphStartup = startup.getIfAvailable();
        if (graphStartup == null) {
            begin.run();
        } else {
            graphStartup.whenReady(begin);
        }
    }

    /** The graph's phrases as last read. */
    List<Phrase> phrases() {
        return loaded.phrases();
    }

    /** Reads the graph's phrases again on the refresher's thread, without waiting: for a caller that has just imported. */
    public void readSoon() {
        refresher.execute(this::refreshQuietly);
    }

    /** Reads the graph's phrases now, and waits for it. */
    public synchronized void refresh() {
        var rows = read();
        if (rows.equals(loaded.rows())) {
            return;
        }
        var phrases = new ArrayList<Phrase>();
        for (var row : rows) {
            try {
                phrases.add(Phrase.parse(row, "the graph's " + StoredPhrases.LABEL + " " + row.language().tag() + " \"" + row.pattern() + "\""));
            } catch (IllegalArgumentException e) {
                // The importer checked it; a phrase that a newer version no longer reads is left out, not fatal.
                log.warn("A question phrase in the graph is not understood and left out: {}: {}", row, e.getMessage());
            }
        }
        loaded = new Loaded(rows, List.copyOf(phrases));
    }

    /** Not counted with the requests' statements: this read belongs to no request and may land while one runs. */
    private List<PhraseRow> read() {
        return graph.readForNoRequest(StoredPhrases::all, READ_TIMEOUT);
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            log.warn("Could not read the question phrases in the graph, keeping those read before: {}", e.getMessage());
        }
    }

    @Override
    public void destroy() {
        refresher.shutdownNow();
    }
}
