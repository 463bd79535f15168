package org.ecosystemmap.graph.connection;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.ecosystemmap.graph.schema.GraphSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the graph ready on a thread of its own while the rest of the application starts: waits for the
 * database, applies the schema where it is missing, then runs the steps other modules add (finishing an
 * interrupted import, loading the bundled dataset) in their order. Until all of it is done the graph is not
 * ready, and nothing should be answered from it: a half-prepared graph gives wrong answers, not slow ones.
 */
public final class GraphStartup {

    /** Work that must be done on the graph before anyone reads it, after the schema. */
    public interface Step {

        /** Does the work; throwing stops the start of the application. */
        void run();
    }

    /**
     * The time limit of reads made while the graph starts. They are not a user's question, and a cold database on
     * a busy machine takes longer than a user's limit to plan its first statements.
     */
    public static final Duration READ_TIMEOUT = Duration.ofMinutes(5);

    private static final Logger log = LoggerFactory.getLogger(GraphStartup.class);

    private final Runnable awaitDatabase;
    private final GraphSchema schema;
    private final List<Step> steps;
    private final CompletableFuture<Void> ready = new CompletableFuture<>();

    /**
     * @param awaitDatabase returns once the database has started (an embedded one starts alongside the application)
     * @param steps run in this order after the schema
     */
    public GraphStartup(Runnable awaitDatabase, GraphSchema schema, List<Step> steps) {
        this.awaitDatabase = awaitDatabase;
        this.schema = schema;
        this.steps = List.copyOf(steps);
    }

    /** Begins making the graph ready and returns at once. */
    public void start() {
        Thread.ofPlatform().name("graph-startup").daemon().start(() -> {
            long started = System.nanoTime();
            try {
                awaitDatabase.run();
                schema.apply();
                steps.forEach(Step::run);
                log.info("The graph is ready, {} ms after its preparation began", (System.nanoTime() - started) / 1_000_000);
                ready.complete(null);
            } catch (RuntimeException | Error e) {
                log.error("The graph could not be made ready: {}", e.getMessage());
                ready.completeExceptionally(e);
            }
        });
    }

    /** Whether the graph is ready to be read: the database is up, the schema applied and every step done. */
    public boolean isReady() {
        return ready.isDone() && !ready.isCompletedExceptionally();
    }

    /**
     * Runs {@code action} once the graph is ready, on the thread that made it ready (at once on the caller's when it
     * already is); never when it cannot be made ready. For background work that reads the graph and would
     * otherwise meet a database that has not started.
     */
    public void whenReady(Runnable action) {
        ready.thenRun(action);
    }

    /**
     * Waits until the graph is ready.
     *
     * @throws RuntimeException what stopped it from becoming ready
     */
    public void await() {
        try {
            ready.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}
