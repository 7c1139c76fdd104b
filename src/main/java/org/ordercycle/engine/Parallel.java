package org.ordercycle.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/** Applies a function to every item on a pool of threads; results come back in item order. */
public final class Parallel {
    private Parallel() {
    }

    /** {@code f} of each item, in item order; runs in the caller's thread when {@code threads <= 1}. */
    public static <T, R> List<R> map(List<T> items, int threads, Function<T, R> f) {
        List<R> results = new ArrayList<>(items.size());
        if (threads <= 1 || items.size() <= 1) {
            for (T item : items) {
                results.add(f.apply(item));
            }
            return results;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, items.size()));
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(pool.submit(() -> f.apply(item)));
            }
            for (Future<R> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw rethrown(e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** What a task threw, to be thrown again on the calling thread: its own exception or error, else wrapped. */
    public static RuntimeException rethrown(ExecutionException e) {
        if (e.getCause() instanceof RuntimeException re) {
            return re;
        }
        if (e.getCause() instanceof Error err) {
            throw err;
        }
        return new IllegalStateException(e.getCause());
    }
}
