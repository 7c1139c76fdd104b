package org.ordercycle.web;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.ordercycle.experiment.Attribution;
import org.ordercycle.experiment.AttributionFolder;
import org.ordercycle.experiment.AttributionResult;
import org.ordercycle.experiment.Comparison;
import org.ordercycle.experiment.ComparisonFolder;
import org.ordercycle.experiment.Experiment;
import org.ordercycle.experiment.Sweep;
import org.ordercycle.experiment.SweepFolder;
import org.ordercycle.experiment.SweepParams;
import org.ordercycle.experiment.SweepResult;
import org.ordercycle.policy.Policy;
import org.ordercycle.report.ReportException;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.scenario.ScenarioException;
import org.ordercycle.scenario.ScenarioLoader;

/**
 * Runs the workbench's experiments through a bounded queue: {@code workers} experiments at a
 * time, each on one thread (results do not depend on threads), at most
 * {@link WebOptions#QUEUE_CAPACITY} waiting. A finished comparison, sweep or attribution writes its
 * report folder exactly as the command line does (the same folder writers, staged and swapped in
 * whole: {@link ReportFolder}); a cancelled or failed one writes no folder. A run asked to stop
 * when nobody watches ({@code cancelWhenUnwatched}, as the page asks) is cancelled once no browser
 * has followed it for {@link WebOptions#abandonAfter}.
 */
final class ExperimentQueue {
    /** Most runs one web experiment may ask for, so that one request cannot hold a worker for days. */
    static final int MAX_RUNS = 20_000;
    private final WebOptions options;
    private final ScenarioCatalog catalog;
    private final PolicyCatalog policies;
    private final ThreadPoolExecutor pool;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final AtomicLong next = new AtomicLong(1);
    private final AtomicInteger running = new AtomicInteger();
    /** Writes the events to the browsers, one task per browser with events to send. */
    private final ExecutorService senders = Executors.newCachedThreadPool(daemon("ordercycle-events"));
    /** Pings the browsers and cancels the runs nobody watches any more. */
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemon("ordercycle-timer"));

    ExperimentQueue(WebOptions options, ScenarioCatalog catalog, PolicyCatalog policies) {
        this.options = options;
        this.catalog = catalog;
        this.policies = policies;
        this.pool = new ThreadPoolExecutor(options.workers(), options.workers(), 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(WebOptions.QUEUE_CAPACITY), daemon("ordercycle-experiment"));
        long ping = Math.max(100, options.abandonAfter().toMillis() / 4);
        timer.scheduleWithFixedDelay(this::ping, ping, ping, TimeUnit.MILLISECONDS);
        ReportFolder.removeUnfinished(options.reports());
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** The queue as the API shows it: experiments running and waiting now, and the bounds. */
    com.fasterxml.jackson.databind.node.ObjectNode json() {
        var node = ScenarioCatalog.JSON.createObjectNode();
        node.put("workers", options.workers());
        node.put("capacity", WebOptions.QUEUE_CAPACITY);
        node.put("running", running.get());
        node.put("queued", pool.getQueue().size());
        return node;
    }

    /** Cancels a job; a queued one also leaves the queue at once, freeing its place. */
    Job cancel(String id) {
        Job job = get(id);
        job.cancel();
        pool.purge();
        return job;
    }

    /** The last browser left a job: one asked to stop unwatched is cancelled unless one comes back in time. */
    private void unwatched(Job job) {
        if (!job.request().cancelWhenUnwatched()) {
            return;
        }
        EventStream events = job.events();
        long mark = events.watchers();
        timer.schedule(() -> {
            if (events.watchers() == mark && events.followers() == 0 && job.cancel()) {
                pool.purge();
            }
        }, options.abandonAfter().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** A browser that left is only noticed when written to: the followers of running jobs get a comment. */
    private void ping() {
        for (Job job : jobs.values()) {
            if (!job.over()) {
                job.events().ping();
            }
        }
    }

    /** Checks the request (the scenario, and every sweep point, must load before anything runs) and queues it. */
    Job submit(ExperimentRequest request) {
        Path file = catalog.file(request.scenario());
        Scenario scenario = load(request.scenario(), () -> ScenarioLoader.load(file));
        List<Policy> list = request.policies().stream().map(policies::resolve).toList();
        List<String> names = list.stream().map(Policy::name).toList();
        if (new java.util.HashSet<>(names).size() != names.size()) {
            throw new ApiException(400, "policies: two policies are named alike (" + names + "); give policy files "
                    + "distinct 'name' fields.");
        }
        String id = Long.toString(next.getAndIncrement());
        Job job;
        Runnable work;
        switch (request.kind()) {
            case "sweep" -> {
                Sweep sweep = sweep(request, file, list);
                // the size first, from the request alone: a huge factorial is refused before any point is built
                checkSize(request, designSize(request) * list.size() * request.replications());
                int points = load(request.scenario(), sweep::check);
                job = new Job(id, request, names, points * list.size() * request.replications(), senders,
                        this::unwatched);
                work = () -> runSweep(job, sweep, scenario, file);
            }
            case "attribute" -> {
                Attribution a = Attribution.on(scenario).seed(request.seed()).threads(1)
                        .replications(request.replications()).levels(request.levels());
                int policyCount = Attribution.policies(a.designOf(), a.levels()).size();
                job = new Job(id, request, List.of(), policyCount * request.replications(), senders,
                        this::unwatched);
                work = () -> runAttribution(job, a.listener(job), scenario, file);
            }
            default -> {
                job = new Job(id, request, names, list.size() * request.plannedReplications(), senders,
                        this::unwatched);
                work = () -> run(job, scenario, file, list);
            }
        }
        checkSize(request, job.total());
        Runnable counted = () -> {
            running.incrementAndGet();
            try {
                work.run();
            } finally {
                running.decrementAndGet();
            }
        };
        synchronized (job) {
            try {
                job.future(pool.submit(counted));
            } catch (RejectedExecutionException full) {
                throw new ApiException(503, "The queue is full (" + WebOptions.QUEUE_CAPACITY + " experiments "
                        + "waiting): try again when one has finished.");
            }
            jobs.put(job.id(), job);
        }
        unwatched(job); // the page follows at once; if it never does, the run is not kept for nobody
        return job;
    }

    private static void checkSize(ExperimentRequest request, long runs) {
        if (runs > MAX_RUNS) {
            throw new ApiException(400, "This " + request.kind() + " needs " + runs + " runs; the workbench runs at most "
                    + MAX_RUNS + " per experiment: fewer points or replications, or use the command line.");
        }
    }

    /** Design points of a sweep request: the product of the listed values' counts, times the samples; capped. */
    private static long designSize(ExperimentRequest r) {
        long points = r.samples() == null ? 1 : r.samples();
        for (String p : r.params()) {
            String values = p.substring(p.indexOf('=') + 1);
            if (!SweepParams.isRangeValues(values)) {
                points = Math.min(points * SweepParams.splitValues(values).size(), Integer.MAX_VALUE);
            }
        }
        return points;
    }

    /** Loads what a request names; a scenario error answers 422 with its first message. */
    private static <T> T load(String name, Loading<T> loading) {
        try {
            return loading.get();
        } catch (ScenarioException e) {
            throw new ApiException(422, "Scenario '" + name + "' has errors: "
                    + e.errors().get(0) + " (see GET /api/scenarios/" + name + ").");
        }
    }

    @FunctionalInterface
    private interface Loading<T> {
        T get() throws ScenarioException;
    }

    /** The sweep of a request, its parameters parsed as the command line's --param. */
    private static Sweep sweep(ExperimentRequest r, Path file, List<Policy> list) {
        Sweep sweep = Sweep.on(file).policies(list).replications(r.replications()).seed(r.seed()).threads(1);
        boolean ranges = false;
        for (String p : r.params()) {
            int eq = p.indexOf('=');
            try {
                ranges |= SweepParams.add(sweep, p.substring(0, eq).strip(), p.substring(eq + 1));
            } catch (IllegalArgumentException e) {
                throw new ApiException(400, "params: " + e.getMessage() + ".");
            }
        }
        if (ranges != (r.samples() != null)) {
            throw new ApiException(400, ranges ? "samples: a range (LO..HI) is sampled by a Latin hypercube: give "
                    + "\"samples\"." : "samples: applies to ranges (PATH=LO..HI), and no parameter is a range.");
        }
        if (r.samples() != null) {
            sweep.samples(r.samples());
        }
        return sweep;
    }

    Job get(String id) {
        Job job = jobs.get(id);
        if (job == null) {
            throw new ApiException(404, "No experiment with id '" + id + "'.");
        }
        return job;
    }

    List<Job> all() {
        return new ArrayList<>(jobs.values());
    }

    private void run(Job job, Scenario scenario, Path file, List<Policy> policies) {
        if (!job.start()) {
            return;
        }
        ExperimentRequest r = job.request();
        Comparison c;
        try {
            Experiment experiment = Experiment.on(scenario).policies(policies).seed(r.seed()).threads(1).listener(job);
            if (r.precision() == null) {
                experiment.replications(r.replications());
            } else {
                experiment.precision(r.precision(), r.maxReplications());
            }
            c = experiment.run();
        } catch (CancellationException e) {
            job.cancelled();
            return;
        } catch (RuntimeException e) {
            job.fail("The runs failed: " + e);
            return;
        }
        writeFolder(job, scenario, "compare", folder -> ComparisonFolder.write(folder, c, file, r.seed(),
                r.precision() == null ? Double.NaN : r.precision(), r.maxReplications(), false, options.version(), arguments(r, file, policies)), Headline.of(c));
    }

    private void runSweep(Job job, Sweep sweep, Scenario scenario, Path file) {
        if (!job.start()) {
            return;
        }
        ExperimentRequest r = job.request();
        SweepResult result;
        try {
            result = sweep.listener(job).run();
        } catch (CancellationException e) {
            job.cancelled();
            return;
        } catch (ScenarioException | RuntimeException e) {
            job.fail("The runs failed: " + e);
            return;
        }
        String method = SweepFolder.method(r.samples(), r.params().stream()
                .anyMatch(p -> !SweepParams.isRangeValues(p.substring(p.indexOf('=') + 1))));
        writeFolder(job, scenario, "sweep", folder -> SweepFolder.write(folder, result, file, r.seed(),
                r.replications(), method, false, options.version(), arguments(r, file, result.policies())),
                TableJson.rows(result.summary()));
    }

    private void runAttribution(Job job, Attribution a, Scenario scenario, Path file) {
        if (!job.start()) {
            return;
        }
        ExperimentRequest r = job.request();
        AttributionResult result;
        try {
            result = a.run();
        } catch (CancellationException e) {
            job.cancelled();
            return;
        } catch (RuntimeException e) {
            job.fail("The runs failed: " + e);
            return;
        }
        writeFolder(job, scenario, "attribute", folder -> AttributionFolder.write(folder, result, file, r.seed(),
                false, options.version(), arguments(r, file, List.of())), TableJson.rows(result.effectsTable()));
    }

    /** Writes the report folder of a finished experiment ({@link ReportFolder}) and tells the job how it went. */
    private void writeFolder(Job job, Scenario scenario, String command, ReportFolder.Tables tables,
                             com.fasterxml.jackson.databind.node.ArrayNode results) {
        job.writingReport();
        try {
            Path folder = ReportFolder.write(options.reports(), scenario.name(), command, tables,
                    job.request().deck(), job.request().xlsx());
            job.succeed(results, folder.getFileName().toString());
        } catch (IOException | ReportException | RuntimeException e) {
            job.fail("The report could not be written: " + e.getMessage());
        }
    }

    /** The command line that repeats this experiment, recorded in the manifest (and used by rerun). */
    private List<String> arguments(ExperimentRequest r, Path file, List<Policy> list) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String id = r.policies().get(i);
            names.add(Policy.preset(id) != null ? id : options.workspace().resolve("policies").resolve(id).toString());
        }
        List<String> args = new ArrayList<>(List.of(r.kind(), file.toString()));
        if (!names.isEmpty()) {
            args.addAll(List.of("--policies", String.join(",", names)));
        }
        r.params().forEach(p -> args.addAll(List.of("--param", p)));
        if (r.samples() != null) {
            args.addAll(List.of("--samples", Integer.toString(r.samples())));
        }
        r.settings().forEach((lever, pair) -> args.addAll(List.of("--settings", lever + "=" + String.join(",", pair))));
        if (r.precision() == null) {
            args.addAll(List.of("--replications", Integer.toString(r.replications())));
        } else {
            args.addAll(List.of("--precision", Double.toString(r.precision()), "--max-replications",
                    Integer.toString(r.maxReplications())));
        }
        args.addAll(List.of("--seed", Long.toString(r.seed())));
        if (r.deck()) {
            args.add("--deck");
        }
        if (r.xlsx()) {
            args.add("--xlsx");
        }
        return args;
    }

    /** Cancels every job and stops the workers (the server is closing). */
    void close() {
        jobs.values().forEach(Job::cancel);
        pool.shutdownNow();
        timer.shutdownNow();
        senders.shutdownNow();
    }
}
