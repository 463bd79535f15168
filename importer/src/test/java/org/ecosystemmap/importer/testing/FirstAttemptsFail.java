package org.ecosystemmap.importer.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.exceptions.TransientException;

/**
 * A real driver whose transaction functions ({@code executeRead}, {@code executeWrite}) each fail once: the
 * first attempt does all its work in a real transaction, then ends with a transient error, as a deadlock or a
 * lost leader would; the driver rolls that transaction back and retries the function, which then succeeds. What
 * a function did outside its transaction on the first attempt is what a retry would count twice.
 */
public final class FirstAttemptsFail {

    private final Driver driver;
    private final AtomicInteger failures = new AtomicInteger();

    public FirstAttemptsFail(Driver driver) {
        this.driver = driver;
    }

    /** The driver to hand to the code under test. */
    public Driver driver() {
        return proxy(Driver.class, driver, (method, result) -> method.getName().equals("session") && result instanceof Session session
                ? proxy(Session.class, session, null) : result);
    }

    /** How many first attempts were failed so far. */
    public int failures() {
        return failures.get();
    }

    private interface ResultMapper {
        Object map(Method method, Object result);
    }

    private <T> T proxy(Class<T> type, T target, ResultMapper mapper) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (target instanceof Session && isTransactionFunction(method)) {
                args = args.clone();
                args[0] = failingOnce((TransactionCallback<?>) args[0]);
            }
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            return mapper == null ? result : mapper.map(method, result);
        }));
    }

    private static boolean isTransactionFunction(Method method) {
        return (method.getName().equals("executeRead") || method.getName().equals("executeWrite"))
                && method.getParameterCount() >= 1 && method.getParameterTypes()[0] == TransactionCallback.class;
    }

    private <T> TransactionCallback<T> failingOnce(TransactionCallback<T> work) {
        var attempts = new AtomicInteger();
        return tx -> {
            var result = work.execute(tx);
            if (attempts.getAndIncrement() == 0) {
                failures.incrementAndGet();
                throw new TransientException("Neo.TransientError.Transaction.DeadlockDetected", "injected: the first attempt fails after its work");
            }
            return result;
        };
    }
}
