package org.ordercycle.web;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.ordercycle.experiment.Comparison;
import org.ordercycle.experiment.ComparisonFolder;
import org.ordercycle.experiment.Experiment;
import org.ordercycle.io.Folders;
import org.ordercycle.policy.Policy;
import org.ordercycle.report.Report;
import org.ordercycle.report.ReportException;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.scenario.ScenarioException;
import org.ordercycle.scenario.ScenarioLoader;

/**
 * Runs the workbench's experiments through a bounded queue: {@code workers} experiments at a
 * time, each on one thread (results do not depend on threads), at most
 * {@link WebOptions#QUEUE_CAPACITY} waiting. A finished comparison writes its report folder
 * exactly as {@code ordercycle compare} does; a cancelled or failed one writes no folder.
 */
final class ExperimentQueue {
    private final WebOptions options;
    private final ScenarioCatalog catalog;
    private final PolicyCatalog policies;
    private final ThreadPoolExecutor pool;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final AtomicLong next = new AtomicLong(1);

    ExperimentQueue(WebOptions options, ScenarioCatalog catalog, PolicyCatalog policies) {
        this.options = options;
        this.catalog = catalog;
        this.policies = policies;
        this.pool = new ThreadPoolExecutor(options.workers(), options.workers(), 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(WebOptions.QUEUE_CAPACITY), r -> {
                    Thread t = new Thread(r, "ordercycle-experiment");
                    t.setDaemon(true);
                    return t;
                });
    }

    /** Checks the request (the scenario must exist and be valid before anything runs) and queues it. */
    Job submit(CompareRequest request) {
        Path file = catalog.file(request.scenario());
        Scenario scenario;
        try {
            scenario = ScenarioLoader.load(file);
        } catch (ScenarioException e) {
            throw new ApiException(422, "Scenario '" + request.scenario() + "' has errors: "
                    + e.errors().get(0) + " (see GET /api/scenarios/" + request.scenario() + ").");
        }
        List<Policy> list = request.policies().stream().map(policies::resolve).toList();
        List<String> names = list.stream().map(Policy::name).toList();
        if (new java.util.HashSet<>(names).size() != names.size()) {
            throw new ApiException(400, "policies: two policies are named alike (" + names + "); give policy files "
                    + "distinct 'name' fields.");
        }
        Job job = new Job(Long.toString(next.getAndIncrement()), request, names);
        synchronized (job) {
            try {
                job.future(pool.submit(() -> run(job, scenario, file, list)));
            } catch (RejectedExecutionException full) {
                throw new ApiException(503, "The queue is full (" + WebOptions.QUEUE_CAPACITY + " experiments "
                        + "waiting): try again when one has finished.");
            }
            jobs.put(job.id(), job);
        }
        return job;
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
        CompareRequest r = job.request();
        Comparison c;
        try {
            c = Experiment.on(scenario).policies(policies).seed(r.seed()).threads(1).replications(r.replications())
                    .listener(job).run();
        } catch (CancellationException e) {
            job.cancelled();
            return;
        } catch (RuntimeException e) {
            job.fail("The runs failed: " + e);
            return;
        }
        job.writingReport();
        Path folder = null;
        try {
            // the folder is made only now: a cancelled or failed run leaves none behind
            folder = Folders.newReportFolder(options.reports(), scenario.name(), "compare");
            ComparisonFolder.write(folder, c, file, r.seed(), Double.NaN, r.replications(), false,
                    options.version(), arguments(r, file, policies));
            Report.render(folder);
        } catch (IOException | ReportException | RuntimeException e) {
            deleteQuietly(folder);
            job.fail("The report could not be written: " + e.getMessage());
            return;
        }
        job.succeed(Headline.of(c), folder.getFileName().toString());
    }

    /** The command line that repeats this experiment, recorded in the manifest (and used by rerun). */
    private List<String> arguments(CompareRequest r, Path file, List<Policy> list) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String id = r.policies().get(i);
            names.add(Policy.preset(id) != null ? id : options.workspace().resolve("policies").resolve(id).toString());
        }
        return List.of("compare", file.toString(), "--policies", String.join(",", names),
                "--replications", Integer.toString(r.replications()), "--seed", Long.toString(r.seed()));
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try {
            Folders.deleteTree(folder);
        } catch (IOException ignored) {
            // best effort: a folder without manifest.json is not listed among the runs
        }
    }

    /** Cancels every job and stops the workers (the server is closing). */
    void close() {
        jobs.values().forEach(Job::cancel);
        pool.shutdownNow();
    }
}
