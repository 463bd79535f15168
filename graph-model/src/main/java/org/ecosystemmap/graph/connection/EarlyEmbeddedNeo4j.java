package org.ecosystemmap.graph.connection;

import java.util.Objects;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.context.event.SmartApplicationListener;
import org.springframework.core.Ordered;

/**
 * Starts the embedded database as soon as the application's settings are read, before Spring creates a single
 * bean: a server's first answer waits for the database (and the bundled dataset after it), and the beans before
 * {@link EmbeddedNeo4jAutoConfiguration}'s took 2-3 s of a 9 s start on two cores. The application's
 * {@code main} adds this listener; tests and other embedders start the database when the bean is made, as before.
 * The bean takes the database started here when its settings are the same; a database nobody takes (an
 * external server was configured after all) is stopped with the application context.
 */
public final class EarlyEmbeddedNeo4j implements SmartApplicationListener, Ordered {

    private Handover started;

    @Override
    public boolean supportsEventType(Class<? extends ApplicationEvent> eventType) {
        return ApplicationEnvironmentPreparedEvent.class.isAssignableFrom(eventType) || ApplicationPreparedEvent.class.isAssignableFrom(eventType);
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof ApplicationEnvironmentPreparedEvent prepared && started == null) {
            var properties = Binder.get(prepared.getEnvironment()).bindOrCreate("ecosystem.neo4j", Bindable.of(EcosystemNeo4jProperties.class));
            if (!properties.external()) {
                started = new Handover(EmbeddedNeo4j.startInBackground(properties.dataDir(), properties.boltPort(), properties.pageCache().toBytes()),
                        properties);
            }
        } else if (event instanceof ApplicationPreparedEvent prepared && started != null) {
            var handover = started;
            started = null;
            if (prepared.getApplicationContext() instanceof GenericApplicationContext context) {
                // A bean definition, not a registered singleton: the context destroys it when it closes.
                context.registerBean("earlyEmbeddedNeo4j", Handover.class, () -> handover);
            } else {
                handover.destroy();
            }
        }
    }

    /** After the listener that reads application.yaml and the environment into the settings. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** The database started early, until the bean that serves it takes it; stops it if none does. */
    public static final class Handover implements DisposableBean {

        private EmbeddedNeo4j neo4j;
        private final EcosystemNeo4jProperties startedWith;

        Handover(EmbeddedNeo4j neo4j, EcosystemNeo4jProperties startedWith) {
            this.neo4j = neo4j;
            this.startedWith = startedWith;
        }

        /** The database started early if it was started with these settings, now the caller's to close; else null. */
        synchronized EmbeddedNeo4j take(EcosystemNeo4jProperties properties) {
            if (neo4j == null || !Objects.equals(properties.dataDir(), startedWith.dataDir()) || !Objects.equals(properties.boltPort(), startedWith.boltPort())
                    || !Objects.equals(properties.pageCache(), startedWith.pageCache())) {
                return null;
            }
            var taken = neo4j;
            neo4j = null;
            return taken;
        }

        @Override
        public synchronized void destroy() {
            if (neo4j != null) {
                neo4j.close();
                neo4j = null;
            }
        }
    }
}
