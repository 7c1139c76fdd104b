package org.ordercycle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code ./ordercycle} command of the README's shell snippets runs, in the README's order,
 * and exits 0 without an internal error: so the guide's commands, options, lever settings and file
 * names stay true. To keep the suite fast, each runs on the classroom scenario cut to 60 days, with
 * at most 2 replications (3 for a target precision), 2 sampled sweep points or trajectories and 6
 * discovery points (verify and bench
 * are only parsed: they take minutes); output folders go
 * to a temporary folder; the policy file is the README's own example; pipes and redirections are
 * dropped.
 */
class ReadmeSnippetsTest {
    private static final Pattern FENCE = Pattern.compile("```(\\w*)\\n(.*?)```", Pattern.DOTALL);

    @TempDir
    Path dir;

    @Test
    void everyCommandOfTheReadmeRuns() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        Path scenario = Cli.shortClassroom(dir);
        Path policy = dir.resolve("my-policy.yaml");
        List<List<String>> commands = new ArrayList<>();
        Matcher m = FENCE.matcher(readme);
        while (m.find()) {
            if (m.group(1).equals("yaml") && m.group(2).contains("levers:") && m.group(2).startsWith("name:")) {
                Files.writeString(policy, m.group(2)); // the README's policy file example
            } else if (m.group(1).equals("bash")) {
                for (String line : m.group(2).replace("\\\n", " ").split("\n")) {
                    if (line.startsWith("./ordercycle ")) {
                        commands.add(adapt(command(line), scenario, policy));
                    }
                }
            }
        }
        assertTrue(Files.exists(policy), "the README shows a policy file in a yaml block");
        assertTrue(commands.size() >= 15, "found only " + commands.size() + " commands");
        for (List<String> args : commands) {
            if (args.get(0).equals("bench") || args.get(0).equals("verify") || args.get(0).equals("serve")) {
                // bench measures speed for minutes, verify needs its 30 replications (VerificationTest
                // runs it) and serve runs until stopped (the web tests start it): their options are only parsed
                String[] words = args.toArray(String[]::new);
                Main.commandLine(new Main(), words).parseArgs(words);
                continue;
            }
            Cli.Result r = Cli.run(args.toArray(String[]::new));
            assertEquals(0, r.code(), "README command: ordercycle " + String.join(" ", args) + "\n" + r);
            assertFalse(r.err().contains("Internal error"), r.toString());
        }
    }

    /**
     * The words of a snippet line after {@code ./ordercycle}, as a shell splits them: quotes group
     * and are removed; an unquoted comment, pipe or redirection ends the command.
     */
    static List<String> command(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        String rest = line.substring("./ordercycle ".length());
        for (int i = 0; i < rest.length(); i++) {
            char ch = rest.charAt(i);
            if (quote != 0) {
                if (ch == quote) {
                    quote = 0;
                } else {
                    word.append(ch);
                }
            } else if (ch == '\'' || ch == '"') {
                quote = ch;
                word = word == null ? new StringBuilder() : word;
            } else if (Character.isWhitespace(ch)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else if ((ch == '#' || ch == '|' || ch == '>') && word == null) {
                break;
            } else {
                word = word == null ? new StringBuilder() : word;
                word.append(ch);
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }

    private List<String> adapt(List<String> words, Path scenario, Path policy) throws IOException {
        List<String> args = new ArrayList<>();
        String command = words.get(0);
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            String option = i > 0 ? words.get(i - 1) : "";
            if (w.equals("scenarios/*.yaml")) {
                try (var files = Files.list(Path.of("scenarios"))) {
                    files.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(p -> args.add(p.toString()));
                }
            } else if (w.matches("scenarios/[\\w-]+\\.yaml")) {
                args.add(command.equals("validate") ? w : scenario.toString());
            } else if (option.equals("--replications")) {
                args.add(command.equals("verify") ? w : String.valueOf(Math.min(2, Integer.parseInt(w))));
            } else if (option.equals("--max-replications")) {
                args.add("3");
            } else if (option.equals("--first")) {
                args.add("2");
            } else if (option.equals("--samples") || option.equals("--trajectories")) {
                args.add("2");
            } else if (option.equals("--points")) {
                args.add("6");
            } else if (option.equals("--out")) {
                args.add(dir.resolve(w).toString());
            } else if (w.equals("my-policy.yaml")) {
                args.add(policy.toString());
            } else if (w.contains("my-policy.yaml")) {
                args.add(w.replace("my-policy.yaml", policy.toString()));
            } else {
                args.add(w);
            }
        }
        boolean replicates = List.of("compare", "sweep", "attribute", "robustness", "sensitivity", "discover")
                .contains(command);
        if (replicates && !args.contains("--replications") && !args.contains("--precision")) {
            args.add("--replications");
            args.add("2");
        }
        if (command.equals("select")) { // a short first stage and a cap keep a selection quick
            for (String[] o : new String[][] {{"--first", "2"}, {"--max-replications", "3"}}) {
                if (!args.contains(o[0])) {
                    args.add(o[0]);
                    args.add(o[1]);
                }
            }
        }
        if (command.equals("robustness") && !args.contains("--points")) {
            args.add("--points");
            args.add("2");
        }
        return args;
    }
}
