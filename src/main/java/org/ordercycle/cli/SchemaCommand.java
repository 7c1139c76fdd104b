package org.ordercycle.cli;

import org.ordercycle.scenario.bind.SchemaGenerator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code ordercycle schema}: the JSON Schema of scenario files. */
@Command(name = "schema", usageHelpWidth = 100, sortOptions = false,
        description = {"Print the JSON Schema of scenario files: every field, its meaning, default and valid "
                + "range. Editors use it to check and complete scenario files as you type.", ""},
        footer = {"", "Example:", "  ordercycle schema > scenario.schema.json"})
final class SchemaCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    HelpOption help;

    @Override
    public void run() {
        spec.commandLine().getOut().println(SchemaGenerator.jsonSchema());
    }
}
