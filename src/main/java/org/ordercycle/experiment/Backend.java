package org.ordercycle.experiment;

import java.util.List;
import java.util.function.UnaryOperator;
import org.ordercycle.stats.ReplicationResult;

/**
 * Where an experiment's replications run: {@link Runner} on this machine's threads, or a cluster
 * front end. An experiment builds its specs (design point, policy, replication) and assembles its
 * tables from the results, whichever backend ran them, so the tables are the same.
 */
@FunctionalInterface
public interface Backend {
    /**
     * The results of {@code specs}, in spec order. Each is the pure function
     * {@code Simulation.replicate(scenario, policy, seed, replication)} of its spec.
     *
     * @param label what the runs are, for progress messages
     */
    List<ReplicationResult> run(String label, List<RunSpec> specs);

    /**
     * Like {@link #run(String, List)}, keeping of each result only what {@code keep} makes of it
     * (for instance {@link ReplicationResult#valuesOnly}): a backend applies it as each run
     * finishes, once the full result is stored, so that a long design never holds every full
     * result at once. This default applies it at the end.
     */
    default List<ReplicationResult> run(String label, List<RunSpec> specs, UnaryOperator<ReplicationResult> keep) {
        return run(label, specs).stream().map(keep).toList();
    }
}
