package org.ordercycle.policy;

/**
 * One setting of a {@link Lever}: a named decision rule of the lever's department, with the
 * behaviour it stands for. Settings are created by their lever and compared by identity of
 * lever and name. Immutable.
 *
 * @param lever     the lever that owns this setting
 * @param name      command-line and file name, e.g. {@code shipping-only}
 * @param behaviour what the department knows or does under this setting, in plain words
 */
public record Setting(Lever lever, String name, String behaviour) {

    /** Name of the last setting of each step's main lever: the step is switched off. */
    public static final String STEP_OFF = "step-off";

    /** True when this setting switches its lever's step off. */
    public boolean stepOff() {
        return STEP_OFF.equals(name);
    }

    /** The department whose decision rule this setting chooses, e.g. {@code billing}. */
    public String department() {
        return lever.department();
    }

    /** The decision point this setting fills, e.g. {@code invoice content}. */
    public String decision() {
        return lever.decision();
    }

    /** True when this is the setting the siloed preset uses. */
    public boolean siloedPreset() {
        return lever.siloedPreset() == this;
    }

    /** True when this is the setting the joint preset uses. */
    public boolean jointPreset() {
        return lever.jointPreset() == this;
    }

    /** {@code lever=setting}, e.g. {@code billing-check=shipping-only}. */
    @Override
    public String toString() {
        return lever.cliName() + "=" + name;
    }
}
