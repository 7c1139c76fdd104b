package org.ordercycle.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ordercycle.policy.Lever;
import org.ordercycle.policy.Policy;
import org.ordercycle.policy.PolicyCodec;
import org.ordercycle.policy.PolicyLoader;
import org.ordercycle.scenario.ScenarioException;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The {@code --policy} and {@code --lever} options shared by run and trace. */
final class PolicyOptions {

    @Option(names = "--policy", paramLabel = "siloed|joint|FILE", defaultValue = "siloed",
            description = "How the departments work: siloed (each optimises its own criteria), joint (they plan "
                    + "and act together), or a policy file (.yaml) that sets each lever. Default: ${DEFAULT-VALUE}.")
    String policy;

    @Option(names = "--lever", paramLabel = "NAME=VALUE", mapFallbackValue = "joint",
            description = "Change one lever on top of the policy; repeat for several. VALUE is the lever's own "
                    + "setting name (see 'ordercycle levers') or siloed/joint for a preset's setting; NAME alone "
                    + "means joint. Example: --lever strategic-selection=senior-capacity")
    Map<String, String> levers = new LinkedHashMap<>();

    /** The policy with the levers applied. */
    Policy resolve(CommandLine cli) throws ScenarioException {
        Policy p = Policy.preset(policy);
        if (p == null) {
            Path file = Path.of(policy);
            if (!Inputs.readable(file)) {
                throw new ParameterException(cli, "Invalid value for option '--policy': '" + policy
                        + "' is neither siloed, joint nor an existing policy file.");
            }
            p = PolicyLoader.load(file);
        }
        for (Map.Entry<String, String> e : levers.entrySet()) {
            try {
                Lever lever = Lever.byName(e.getKey().trim());
                p = p.with(lever, PolicyCodec.setting(lever, e.getValue()));
            } catch (IllegalArgumentException ex) {
                throw new ParameterException(cli, "Invalid value for option '--lever': " + ex.getMessage()
                        + ". See 'ordercycle levers' for every lever and its settings.");
            }
        }
        return p;
    }
}
