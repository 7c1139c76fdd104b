package org.ordercycle.scenario.bind;

import java.lang.reflect.RecordComponent;
import org.ordercycle.scenario.Scenario;

/** Binds a scenario tree to a validated {@link Scenario}, and exposes the built-in defaults. */
public final class ScenarioBinding {
    private static final ScenarioRules RULES = new ScenarioRules();

    private ScenarioBinding() {
    }

    /**
     * Binds and checks the whole tree; every problem goes to {@code reporter}.
     *
     * @return the scenario, or null when some problem was found
     */
    public static Scenario bind(Node root, Reporter reporter) {
        reporter.setRoot(root);
        Binder binder = new Binder(reporter, RULES);
        Scenario scenario = binder.bind(root, Scenario.class);
        ScenarioRules.checkScenario(root, binder.refs(), reporter);
        return reporter.hasErrors() ? null : scenario;
    }

    /**
     * A record of the scenario package built from its defaults alone (e.g. {@code Steps.class}).
     *
     * @throws IllegalStateException when the record has required fields or a default is wrong
     */
    public static <T> T defaults(Class<T> recordType) {
        Reporter strict = Reporter.failFast("defaults of " + recordType.getSimpleName());
        return new Binder(strict, RULES).bind(Node.Mapping.empty(Location.of("defaults")), recordType);
    }

    /**
     * The value of a field's {@code @Default}.
     *
     * @throws IllegalStateException when the default is not a valid value of the field
     */
    public static Object defaultValue(RecordComponent rc) {
        Reporter strict = Reporter.failFast("defaults");
        return new Binder(strict, RULES).defaultValue(rc, FieldPath.ROOT.child(rc.getName()));
    }
}
