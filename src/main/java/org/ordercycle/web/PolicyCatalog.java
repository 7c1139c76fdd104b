package org.ordercycle.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.ordercycle.policy.Policy;
import org.ordercycle.policy.PolicyLoader;
import org.ordercycle.scenario.ScenarioException;

/** The policies the workbench offers: the presets and the policy files saved in {@code <workspace>/policies}. */
final class PolicyCatalog {
    private final Path folder;

    PolicyCatalog(Path workspace) {
        this.folder = workspace.resolve("policies");
    }

    /** The presets, then every valid policy file of the workspace. */
    ArrayNode list() throws IOException {
        ArrayNode list = ScenarioCatalog.JSON.createArrayNode();
        for (Policy p : List.of(Policy.SILOED, Policy.JOINT)) {
            list.addObject().put("id", p.name()).put("name", p.name()).put("source", "preset");
        }
        if (!Files.isDirectory(folder)) {
            return list;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (Sandbox.existing(folder, name) == null) {
                continue;
            }
            try {
                Policy p = PolicyLoader.load(file);
                ObjectNode node = list.addObject().put("id", name).put("name", p.name()).put("source", "workspace");
                p.settings().forEach(node.putObject("levers")::put);
            } catch (ScenarioException e) {
                // an invalid file is not offered; it stays for the user to repair
            }
        }
        return list;
    }

    /** A preset by name, or a policy file of the workspace by file name. */
    Policy resolve(String id) {
        Policy preset = Policy.preset(id);
        if (preset != null) {
            return preset;
        }
        Path file = id.endsWith(".yaml") ? Sandbox.existing(folder, Sandbox.fileName(id, "Policy", ".yaml")) : null;
        if (file == null) {
            throw new ApiException(400, "policies: '" + id + "' is neither siloed, joint nor a policy file of the "
                    + "workspace (see GET /api/policies).");
        }
        try {
            return PolicyLoader.load(file);
        } catch (ScenarioException e) {
            throw new ApiException(422, "Policy file '" + id + "' has errors: " + e.errors().get(0));
        }
    }

    /** Saves a valid policy file as a new file; never overwrites. */
    Path save(String name, String yaml) throws IOException {
        Sandbox.fileName(name, "Policy", ".yaml");
        if (yaml.length() > 100_000) {
            throw new ApiException(413, "A policy file holds at most 100000 characters.");
        }
        try {
            PolicyLoader.parse(yaml, name);
        } catch (ScenarioException e) {
            throw new ApiException(422, "The policy has errors: " + e.errors().get(0));
        }
        Files.createDirectories(folder);
        try {
            return Files.writeString(folder.resolve(name), yaml, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new ApiException(409, "Policy file '" + name + "' already exists: files are never overwritten; "
                    + "save under another name.");
        }
    }
}
