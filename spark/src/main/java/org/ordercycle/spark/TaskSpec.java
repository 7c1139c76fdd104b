package org.ordercycle.spark;

import java.io.Serializable;
import java.util.Map;

/**
 * One replication as it travels to an executor: a {@code RunSpec} with its scenario replaced by
 * an index into the scenarios the job broadcasts, and its policy by the policy's text form
 * (lever name to setting name). The fingerprint lets the executor check that what it rebuilt is
 * what the driver meant.
 *
 * @param index       position of the spec in the experiment's list (results are put back there)
 * @param scenario    index into the broadcast scenario texts
 * @param levers      lever name to setting name ({@code PolicyCodec.names})
 * @param fingerprint {@code Fingerprint.of(scenario, policy, seed)} computed on the driver
 * @param storeFile   the run's file under the store's root ({@code ResultStore.relativePath})
 */
record TaskSpec(int index, String point, int scenario, String policyName, Map<String, String> levers, long seed,
                int replication, String fingerprint, String storeFile) implements Serializable {
}
