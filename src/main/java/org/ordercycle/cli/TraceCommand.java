package org.ordercycle.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ordercycle.api.OrderTrace;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Scenario;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ordercycle trace}: the journey of one order through the ten steps. */
@Command(name = "trace", usageHelpWidth = 100, sortOptions = false,
        description = {"Follow one order through the order cycle: who owned it when, how long it waited, "
                + "what was decided and why, and how its invoice turned out.",
                "",
                "Orders are numbered by customer inquiry (lead): lead n of the scenario's segment i is "
                + "number n x (number of segments) + i; some inquiries never become orders. Because every "
                + "policy faces the same customers (common random numbers), comparing --policy siloed and "
                + "--policy joint on the same order number shows the same customer under both policies. "
                + "Leads passed on by after-sales service (service-link) are numbered apart, from a power "
                + "of ten above all the others.", ""},
        footer = {"", "Examples:",
                "  ordercycle trace scenarios/baseline.yaml --order 120",
                "  ordercycle trace scenarios/baseline.yaml --order 120 --policy joint",
                "  ordercycle trace scenarios/baseline.yaml --order 120 --lever billing-check=joint"})
final class TraceCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    HelpOption help;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "The scenario file (.yaml).")
    Path scenarioFile;

    @Option(names = "--order", required = true, paramLabel = "N", description = "Number of the order to follow.")
    long order;

    @Mixin
    PolicyOptions policyOptions;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N",
            description = "Seed of the random numbers. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--replication", defaultValue = "0", paramLabel = "R",
            description = "Which replication to run, from 0. Default: ${DEFAULT-VALUE}.")
    int replication;

    @Override
    public Integer call() throws Exception {
        CommandLine cli = spec.commandLine();
        Inputs.atLeast(cli, "--replication", replication, 0);
        Policy policy = policyOptions.resolve(cli);
        Scenario scenario = Inputs.withWarmup(cli, Inputs.scenario(cli, scenarioFile), policy, seed);
        OrderTrace tracer = OrderTrace.run(scenario, policy, seed, replication, order);
        if (tracer.missing()) {
            String range = tracer.count() == 0 ? "" : " Numbers go from " + tracer.minId() + " to about "
                    + tracer.maxId() + "; " + tracer.count() + " of them became orders.";
            throw new UserError("Order " + order + " does not exist in this run." + range + " Choose another --order.");
        }
        String title = String.format("Order %d of scenario %s, policy %s, seed %d, replication %d", order,
                scenario.name(), policy.name(), seed, replication);
        new TraceReport(cli.getOut()).print(title, tracer.events(), tracer.record());
        if (tracer.record() == null) {
            cli.getOut().println(tracer.nextOrder() == Long.MAX_VALUE ? ""
                    : "Try --order " + tracer.nextOrder() + ": the next number that became an order.");
        }
        return 0;
    }
}
