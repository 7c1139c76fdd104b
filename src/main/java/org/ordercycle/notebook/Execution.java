package org.ordercycle.notebook;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import jdk.jshell.execution.DirectExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * JShell's execution engine for the kernel: snippets run in the kernel's own JVM, so the value of
 * an expression is the object itself (a chart, an image, a table), not its string. JShell only
 * passes a string back from {@link #invoke(Method)}; this engine passes a key instead and keeps
 * the object until {@link #take(String)} collects it.
 *
 * <p>Each snippet runs on a worker thread so that an interrupt request from Jupyter only reaches
 * the user's code (an interrupt on the kernel's message threads would close its sockets). Code that
 * never checks {@link Thread#interrupted()}, such as a running simulation, runs on to its end.
 */
final class Execution extends DirectExecutionControl {
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "notebook-cell");
        t.setDaemon(true);
        return t;
    });
    static final String KEY_PREFIX = "#value-";
    private final Map<String, Optional<Object>> results = new ConcurrentHashMap<>();
    private final AtomicLong keys = new AtomicLong();
    private volatile Future<Object> running;

    /** The object behind a key returned by {@link #invoke(Method)}, removed from the store. */
    Object take(String key) {
        Optional<Object> value = results.remove(key);
        return value == null ? null : value.orElse(null);
    }

    /** Forgets every value not taken (those of statements, which JShell does not report). */
    void clear() {
        results.clear();
    }

    /** Interrupts the running cell, if any. */
    void interrupt() {
        Future<Object> f = running;
        if (f != null) {
            f.cancel(true);
        }
    }

    @Override
    protected String invoke(Method doit) throws Exception {
        Future<Object> task = workers.submit(() -> doit.invoke(null));
        running = task;
        try {
            String key = KEY_PREFIX + keys.incrementAndGet();
            results.put(key, Optional.ofNullable(task.get()));
            return key;
        } catch (CancellationException e) {
            throw new ExecutionControl.UserException("the cell was interrupted", "Interrupted", new StackTraceElement[0]);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e; // InvocationTargetException: the caller converts it
        } finally {
            running = null;
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
        super.close();
    }

    /** Hands JShell this one engine. */
    ExecutionControlProvider provider() {
        Execution self = this;
        return new ExecutionControlProvider() {
            @Override
            public String name() {
                return "ordercycle-notebook";
            }

            @Override
            public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
                return self;
            }
        };
    }
}
