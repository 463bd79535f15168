package org.ecosystemmap.graph.connection;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Bookmark;
import org.neo4j.driver.BookmarkManager;
import org.neo4j.driver.BookmarkManagerConfig;
import org.neo4j.driver.BookmarkManagers;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.storageengine.api.TransactionIdStore;

/**
 * The one way into Neo4j. Reads run in read transactions and writes in write transactions, so that a
 * cluster routes them; every session shares one bookmark manager, so a read sees the writes this
 * application made before it, also on another cluster member. Reads get a timeout, so a query that would
 * run away is stopped by the database: after the read timeout, or at the deadline of the request it serves
 * ({@link ReadDeadline}) when that comes first.
 */
public final class EcosystemGraph {

    /** The label of the nodes {@link #withLock} creates, and never commits, to lock a name. */
    public static final String LOCK_LABEL = "GraphLock";

    private final Driver driver;
    private final String database;
    private final Duration readTimeout;
    private final BookmarkManager bookmarks = BookmarkManagers.defaultManager(BookmarkManagerConfig.builder().build());
    private final LongAdder queries = new LongAdder();
    private final Supplier<GraphDatabaseService> inProcess;

    /** A graph reached through Bolt only. */
    public EcosystemGraph(Driver driver, String database, Duration readTimeout) {
        this(driver, database, readTimeout, null);
    }

    /**
     * A graph whose database runs in this process: the reads of requests ({@link #openRead}) and an import's scans
     * ({@link #readInProcess}) use its Java API directly, everything else goes through Bolt as for a server.
     *
     * @param inProcess the embedded database, once started; null when the database is a server
     */
    public EcosystemGraph(Driver driver, String database, Duration readTimeout, Supplier<GraphDatabaseService> inProcess) {
        this.driver = driver;
        this.database = database;
        this.readTimeout = readTimeout;
        this.inProcess = inProcess;
    }

    /** Runs one read query and maps every record. */
    public <T> List<T> query(String cypher, Map<String, Object> parameters, Function<Record, T> mapper) {
        return read(tx -> tx.run(cypher, parameters).list(mapper::apply));
    }

    /** Runs one read query expected to return at most one record. */
    public <T> Optional<T> queryOne(String cypher, Map<String, Object> parameters, Function<Record, T> mapper) {
        return read(tx -> tx.run(cypher, parameters).stream().findFirst().map(mapper));
    }

    public <T> T read(TransactionCallback<T> work) {
        return read(work, readTimeout);
    }

    /** Runs work in one read transaction, which the database ends after the timeout, or at this thread's {@link ReadDeadline}. */
    public <T> T read(TransactionCallback<T> work, Duration timeout) {
        try (var session = driver.session(sessionConfig())) {
            return session.executeRead(tx -> work.execute(new CountingTransaction(tx, queries)),
                    TransactionConfig.builder().withTimeout(ReadDeadline.cap(timeout)).build());
        }
    }

    /**
     * As {@link #read}, for work that belongs to no request (a cache refreshed on a timer of its own): its
     * statements are not counted with those that requests send, which tests compare with one statement per root
     * field, and no request's deadline cuts it short.
     */
    public <T> T readForNoRequest(TransactionCallback<T> work, Duration timeout) {
        try (var session = driver.session(sessionConfig())) {
            return session.executeRead(work, TransactionConfig.builder().withTimeout(timeout).build());
        }
    }

    /**
     * Opens a read transaction that the caller closes: for reads spread over several calls that should see
     * one state of the graph, such as the root fields of a GraphQL request (see {@link OpenRead}). On the
     * embedded database it runs in this process, which spares every request Bolt's encoding on both sides.
     *
     * @param oneStatement whether the caller will run one statement only
     */
    public OpenRead openRead(boolean oneStatement) {
        // Opened by the request's first statement, on a thread that works for it: the request's deadline applies.
        if (inProcess != null) {
            return new InProcessRead(inProcess.get(), ReadDeadline.cap(readTimeout), queries::increment);
        }
        var config = SessionConfig.builder().withBookmarkManager(bookmarks).withDefaultAccessMode(AccessMode.READ);
        if (database != null && !database.isBlank()) {
            config.withDatabase(database);
        }
        return new BoltRead(driver.session(config.build()), TransactionConfig.builder().withTimeout(ReadDeadline.cap(readTimeout)).build(), oneStatement,
                queries::increment);
    }

    /**
     * Runs work in one read transaction of the embedded database, in this process and through its Java API, when the
     * database is embedded: for reads of a whole dataset's worth of rows (an import's), which Bolt would encode, hand
     * between threads and decode row by row. Empty, having run nothing, when the database is a server. The database
     * ends the transaction after the timeout, as it ends a Bolt one.
     */
    public <T> Optional<T> readInProcess(Function<Transaction, T> work, Duration timeout) {
        if (inProcess == null) {
            return Optional.empty();
        }
        queries.increment();
        try (var transaction = inProcess.get().beginTx(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            return Optional.of(work.apply(transaction));
        } catch (RuntimeException e) {
            throw InProcessValues.translate(e);
        }
    }

    /** Runs work in one write transaction; it commits when the work returns and rolls back when it throws. */
    public <T> T write(TransactionCallback<T> work) {
        try (var session = driver.session(sessionConfig())) {
            return session.executeWrite(tx -> work.execute(new CountingTransaction(tx, queries)));
        }
    }

    /**
     * An opaque marker of the graph's state that changes with every committed write, whoever made it (this
     * application, an import through Bolt from another process, Neo4j Browser): the bookmark a trivial read
     * ends on, which names the last transaction the database has committed. Caches of the graph compare it
     * to know when to rebuild. One cheap round trip.
     */
    public String changeMarker() {
        return markedRead("RETURN 1", record -> null).marker();
    }

    /**
     * A marker of the embedded database's state, asked of it in this process without a statement: the id of the last
     * transaction it committed, which changes with every committed write, whoever made it. Empty when the database is
     * a server. Spares a reader the first Cypher statement of a new process (seconds, cold) before its own reads in
     * process; compare it only with markers of its own kind, never with {@link #changeMarker}'s.
     */
    public Optional<String> inProcessChangeMarker() {
        if (inProcess == null) {
            return Optional.empty();
        }
        var database = (GraphDatabaseAPI) inProcess.get();
        return Optional.of("tx:" + database.getDependencyResolver().resolveDependency(TransactionIdStore.class).getLastCommittedTransactionId());
    }

    /** What one read statement's single record says, and the {@link #changeMarker} its read ends on: one round trip for both. */
    public <T> Marked<T> markedRead(String cypher, Function<Record, T> mapper) {
        try (var session = driver.session(sessionConfig())) {
            var value = session.executeRead(tx -> mapper.apply(new CountingTransaction(tx, queries).run(cypher).single()),
                    TransactionConfig.builder().withTimeout(readTimeout).build());
            return new Marked<>(session.lastBookmarks().stream().map(Bookmark::value).sorted().toList().toString(), value);
        }
    }

    /** A value read, with the marker of the graph's state it was read in. */
    public record Marked<T>(String marker, T value) {
    }

    /**
     * Runs work while holding the named lock, so that no other holder of it, in this process or another, runs
     * at the same time; another holder waits for it. A write transaction takes the lock and stays open while
     * the work runs in transactions of its own, then rolls back: the lock never writes anything. If the
     * process dies, the database ends that transaction with its connection, so a lock is never left behind.
     */
    public <T> T withLock(String name, Supplier<T> work) {
        try (var session = driver.session(sessionConfig()); var lock = session.beginTransaction()) {
            queries.increment();
            lock.run("MERGE (:%s {name: $name})".formatted(LOCK_LABEL), Map.of("name", name)).consume();
            return work.get();
        }
    }

    /**
     * Whether someone holds the named lock now: a probe takes it, waiting at most about {@code patience}, and
     * lets go at once. The answer can be stale as soon as it is given, so it decides whether to wait for the
     * lock ({@link #withLock}), never replaces taking it. When the database cannot tell (it is unavailable, or
     * the probe was stopped), the lock counts as held.
     */
    public boolean isLocked(String name, Duration patience) {
        try (var session = driver.session(sessionConfig());
                var probe = session.beginTransaction(TransactionConfig.builder().withTimeout(patience).build())) {
            queries.increment();
            probe.run("MERGE (:%s {name: $name})".formatted(LOCK_LABEL), Map.of("name", name)).consume();
            return false;
        } catch (Neo4jException e) {
            return true;
        }
    }

    /**
     * The bookmarks of the latest writes this application knows of. A client that reads through another
     * application replica passes them along (see {@link #awaitBookmarks}), so that its reads see those writes.
     */
    public List<String> bookmarks() {
        return bookmarks.getBookmarks().stream().map(Bookmark::value).sorted().toList();
    }

    /**
     * Makes every later read wait until the database has the writes these bookmarks name, wherever in the
     * cluster they were made: the way an import's result reaches the reads that follow it on any replica.
     * The bookmarks are tried in a session of their own first, so a made-up one is refused here and never
     * reaches the bookmarks every read uses.
     *
     * @throws IllegalArgumentException when the database does not know a bookmark
     */
    public void awaitBookmarks(Collection<String> values) {
        var received = values.stream().filter(v -> v != null && !v.isBlank()).map(Bookmark::from).collect(Collectors.toSet());
        if (received.isEmpty()) {
            return;
        }
        var probe = SessionConfig.builder().withBookmarks(received);
        if (database != null && !database.isBlank()) {
            probe.withDatabase(database);
        }
        try (var session = driver.session(probe.build())) {
            session.executeRead(tx -> tx.run("RETURN 1").consume(), TransactionConfig.builder().withTimeout(readTimeout).build());
        } catch (Neo4jException e) {
            throw new IllegalArgumentException("the database does not know these bookmarks: " + e.getMessage(), e);
        }
        bookmarks.updateBookmarks(Set.of(), received);
    }

    /** How many queries this graph has sent since it was created. */
    public long queryCount() {
        return queries.sum();
    }

    public Driver driver() {
        return driver;
    }

    public String database() {
        return database;
    }

    private SessionConfig sessionConfig() {
        var config = SessionConfig.builder().withBookmarkManager(bookmarks);
        if (database != null && !database.isBlank()) {
            config.withDatabase(database);
        }
        return config.build();
    }
}
