package org.ordercycle.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.ordercycle.experiment.RunListener;
import org.ordercycle.experiment.RunSpec;
import org.ordercycle.stats.ReplicationResult;

/**
 * One experiment of the workbench (comparison, sweep or attribution): its request, status, progress,
 * live estimates (comparisons) and, when done, its result table and report folder. It hears every
 * finished replication and publishes each to the browsers that follow it ({@link EventStream});
 * a browser that connects late first gets the events it missed. Thread safe: all state is
 * guarded by the job's lock, and no browser is written to under it.
 */
final class Job implements RunListener {
    enum Status { queued, running, done, failed, cancelled }

    private final String id;
    private final ExperimentRequest request;
    private final List<String> policyNames;
    private final EventStream events;
    /** policy -> replication -> result values, for the running estimates. */
    private final Map<String, TreeMap<Integer, Map<String, Double>>> seen = new LinkedHashMap<>();
    private Status status = Status.queued;
    private int done;
    private long startNanos;
    private boolean cancelRequested;
    private String phase = "replications";
    private Future<?> future;
    private ArrayNode results;
    private String folder;
    private String error;

    private final int total;

    /**
     * @param total     the replications the experiment runs (warm-up pilots aside), for progress and ETA
     * @param senders   writes the events to each follower
     * @param unwatched told when the last follower of the running job has left
     */
    Job(String id, ExperimentRequest request, List<String> policyNames, int total, Executor senders,
        Consumer<Job> unwatched) {
        this.id = id;
        this.events = new EventStream(senders, () -> unwatched.accept(this));
        this.request = request;
        this.total = total;
        this.policyNames = List.copyOf(policyNames);
        for (String p : policyNames) {
            seen.put(p, new TreeMap<>());
        }
    }

    String id() {
        return id;
    }

    ExperimentRequest request() {
        return request;
    }

    int total() {
        return total;
    }

    synchronized void future(Future<?> f) {
        this.future = f;
    }

    /** Moves a queued job to running; false when it was cancelled while waiting. */
    synchronized boolean start() {
        if (status != Status.queued) {
            return false;
        }
        status = Status.running;
        startNanos = System.nanoTime();
        return true;
    }

    /** Stops the job: a queued job never starts; a running one starts no further replication. */
    synchronized boolean cancel() {
        if (phase.equals("report") || status == Status.done || status == Status.failed || status == Status.cancelled) {
            return false;
        }
        cancelRequested = true;
        if (status == Status.queued) {
            if (future != null) {
                future.cancel(false);
            }
            finish(Status.cancelled);
        }
        return true;
    }

    synchronized boolean cancelRequested() {
        return cancelRequested;
    }

    @Override
    public void starting(RunSpec spec) {
        if (cancelRequested()) {
            throw new CancellationException("cancelled");
        }
    }

    @Override
    public synchronized void finished(RunSpec spec, ReplicationResult result) {
        if (spec.point().equals("warmup-pilot")) {
            return; // a warm-up pilot run: not one of the experiment's replications
        }
        done++;
        ObjectNode event = ScenarioCatalog.JSON.createObjectNode();
        event.put("policy", spec.policy().name());
        event.put("replication", spec.replication());
        if (!request.isCompare()) {
            event.put("point", spec.point());
        }
        putProgress(event);
        if (request.isCompare()) { // running estimates: a sweep's or attribution's policies differ by point
            seen.get(spec.policy().name()).put(spec.replication(), result.values());
            event.set("estimates", estimates());
        }
        send("replication", event.toString());
    }

    /** The runs are over and the report folder is being written (the job can no longer be cancelled). */
    synchronized void writingReport() {
        phase = "report";
        send("report", json().toString());
    }

    synchronized void succeed(ArrayNode table, String reportFolder) {
        this.results = table;
        this.folder = reportFolder;
        finish(Status.done);
    }

    synchronized void fail(String message) {
        this.error = message;
        finish(Status.failed);
    }

    synchronized void cancelled() {
        finish(Status.cancelled);
    }

    /** Sets the final status and publishes the final event; the followers are closed once sent it. */
    private void finish(Status s) {
        status = s;
        send(s.name(), json().toString());
        events.end();
    }

    private void send(String event, String data) {
        events.publish(event, data);
    }

    /** The job's events, to follow, leave and ping. */
    EventStream events() {
        return events;
    }

    synchronized boolean over() {
        return status == Status.done || status == Status.failed || status == Status.cancelled;
    }

    synchronized Status status() {
        return status;
    }

    /** The job as the API shows it. */
    synchronized ObjectNode json() {
        ObjectNode node = ScenarioCatalog.JSON.createObjectNode();
        node.put("id", id);
        node.put("kind", request.kind());
        node.put("status", status.name());
        if (status == Status.running) {
            node.put("phase", phase); // "replications", then "report" while the report folder is written
        }
        node.put("scenario", request.scenario());
        ArrayNode policies = node.putArray("policies");
        policyNames.forEach(policies::add);
        if (request.precision() == null) {
            node.put("replications", request.replications());
        } else { // as many replications as the target needs, at most maxReplications
            node.put("precision", request.precision());
            node.put("maxReplications", request.maxReplications());
        }
        if (!request.settings().isEmpty()) {
            ObjectNode settings = node.putObject("settings");
            request.settings().forEach((lever, pair) -> pair.forEach(settings.putArray(lever)::add));
        }
        node.put("seed", request.seed());
        if (!request.params().isEmpty()) {
            ArrayNode params = node.putArray("params");
            request.params().forEach(params::add);
        }
        if (request.samples() != null) {
            node.put("samples", request.samples());
        }
        putProgress(node);
        if (done > 0 && request.isCompare()) {
            node.set("estimates", estimates());
        }
        if (results != null) {
            node.set("results", results);
        }
        if (folder != null) {
            node.put("folder", folder);
            node.put("report", "/reports/" + folder + "/report.html");
            ArrayNode office = node.putArray("office"); // the files asked for, as in GET /api/runs
            if (request.deck()) {
                office.add("/reports/" + folder + "/" + org.ordercycle.report.office.Deck.FILE);
            }
            if (request.xlsx()) {
                office.add("/reports/" + folder + "/" + org.ordercycle.report.office.Workbook.FILE);
            }
        }
        if (error != null) {
            node.put("error", error);
        }
        return node;
    }

    private void putProgress(ObjectNode node) {
        node.put("done", done);
        node.put("total", total());
        node.put("progress", total() == 0 ? 0 : (double) done / total());
        if (status == Status.running && done > 0) {
            double elapsed = (System.nanoTime() - startNanos) / 1e9;
            // a precision run may stop early: its time left is a bound, at its maximum of replications
            node.put(request.precision() == null ? "etaSeconds" : "etaMaxSeconds",
                    Math.round(elapsed / done * (total() - done)));
        }
    }

    private ArrayNode estimates() {
        Map<String, Map<String, double[]>> values = new LinkedHashMap<>();
        for (Map.Entry<String, TreeMap<Integer, Map<String, Double>>> e : seen.entrySet()) {
            Map<String, double[]> byKey = new LinkedHashMap<>();
            for (var m : Headline.MEASURES) {
                byKey.put(m.key(), e.getValue().values().stream()
                        .mapToDouble(v -> v.getOrDefault(m.key(), Double.NaN)).toArray());
            }
            values.put(e.getKey(), byKey);
        }
        return Headline.live(policyNames, values);
    }
}
