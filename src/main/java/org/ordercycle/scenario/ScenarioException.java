package org.ordercycle.scenario;

import java.util.List;
import java.util.stream.Collectors;

/** Every problem found in a scenario or policy file, reported at once. */
public final class ScenarioException extends Exception {
    private final transient List<ScenarioError> errors;

    public ScenarioException(List<ScenarioError> errors) {
        super(errors.stream().map(ScenarioError::toString).collect(Collectors.joining(System.lineSeparator())));
        this.errors = List.copyOf(errors);
    }

    /** The problems, in file order. */
    public List<ScenarioError> errors() {
        return errors;
    }
}
