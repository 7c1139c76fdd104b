package org.ordercycle.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.ordercycle.api.Simulation;
import org.ordercycle.cli.Main;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Dist;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.scenario.ScenarioException;
import org.ordercycle.scenario.ScenarioLoader;
import org.ordercycle.scenario.Segment;

/**
 * Mutants of the shipped scenarios (lines deleted, duplicated or swapped, numbers made negative,
 * zero, huge, NaN or text, values replaced by lists and maps, truncation, junk bytes, deep
 * nesting, long strings, tabs, BOM, CRLF, anchors, second documents...). The loader must
 * either accept a mutant or reject it with plain {@code file:line:column path message} lines,
 * within 5 seconds; an accepted mutant must run 10 days without an exception. Mutant {@code i}
 * of a file is a pure function of (file, i), so a failure names a mutant that can be rebuilt.
 */
class FuzzedScenariosTest {
    private static final List<String> SOURCES = List.of("classroom.yaml", "baseline.yaml");
    private static final int CI_MUTANTS_PER_FILE = 200;
    private static final int SLOW_MUTANTS_PER_FILE = 3000;
    private static final Map<String, String> TEN_DAYS = Map.of("horizonDays", "10", "warmupDays", "0");
    /** Java internals that must never reach a user. */
    /** Characters that move a terminal's cursor or break a line when an error echoes them. */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x1f\\x7f\\x85\\u2028\\u2029]");
    private static final Pattern LEAK = Pattern.compile("Exception|java\\.|null pointer|NullPointer|at org\\.|\\tat ");

    @TestFactory
    Stream<DynamicTest> randomMutantsOfTheShippedScenarios() {
        return randomMutants(CI_MUTANTS_PER_FILE);
    }

    /** Many more mutants: {@code ./mvnw test -Dgroups=slow -Dtest=FuzzedScenariosTest}. */
    @TestFactory
    @Tag("slow")
    Stream<DynamicTest> manyRandomMutantsOfTheShippedScenarios() {
        return randomMutants(SLOW_MUTANTS_PER_FILE);
    }

    @TestFactory
    Stream<DynamicTest> namedMutantsOfTheShippedScenarios() {
        return SOURCES.stream().flatMap(file -> named(read(file)).stream()
                .map(m -> DynamicTest.dynamicTest(file + ": " + m.description(), () -> check(m, file))));
    }

    @Test
    void theCommandLineNeverCrashesOnMutants(@TempDir Path dir) throws IOException {
        List<Mutator.Mutant> mutants = new ArrayList<>(named(read("classroom.yaml")).stream()
                .filter(m -> m.text().length() < 100_000).toList());
        Random r = new Random(7);
        for (int i = 0; i < 10; i++) {
            mutants.add(Mutator.random(read("baseline.yaml"), r));
        }
        for (int i = 0; i < mutants.size(); i++) {
            Mutator.Mutant m = mutants.get(i);
            Path file = dir.resolve("mutant-" + i + ".yaml");
            Files.write(file, m.text().getBytes(StandardCharsets.UTF_8)); // a lone surrogate becomes '?'
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = assertTimeoutPreemptively(Duration.ofSeconds(10),
                    () -> Main.execute(new String[] {"validate", file.toString()}, new PrintWriter(out), new PrintWriter(err)),
                    () -> "validate took over 10 s on " + m.description());
            String what = m.description() + "\nexit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
            assertTrue(code == 0 || code == Main.BAD_INPUT, "exit code 0 or 2 expected: " + what);
            assertFalse(LEAK.matcher(err.toString()).find(), "Java internals in stderr: " + what);
            assertEquals(code == 0, err.toString().isBlank(), "errors printed exactly when the exit code is 2: " + what);
        }
    }

    private static Stream<DynamicTest> randomMutants(int perFile) {
        return SOURCES.stream().flatMap(file -> {
            String text = read(file);
            return IntStream.range(0, perFile).mapToObj(i -> {
                Mutator.Mutant m = Mutator.random(text, new Random(file.hashCode() * 1_000_003L + i));
                return DynamicTest.dynamicTest(file + " #" + i + ": " + m.description(), () -> check(m, file));
            });
        });
    }

    /** Mutations every run tries on every source file. */
    static List<Mutator.Mutant> named(String text) {
        List<Mutator.Mutant> m = new ArrayList<>();
        m.add(new Mutator.Mutant(text, "unchanged"));
        m.add(new Mutator.Mutant("\ufeff" + text, "byte order mark"));
        m.add(new Mutator.Mutant(text.replace("\n", "\r\n"), "Windows line endings"));
        m.add(new Mutator.Mutant(text.replace("\n", "\r"), "old Mac line endings (CR only)"));
        m.add(new Mutator.Mutant(text.replaceAll("(?m)^  ", "\t"), "tabs for indentation"));
        m.add(new Mutator.Mutant(text.replaceAll("(?m)^(\\w+:.*)$", "$1\t"), "trailing tabs"));
        m.add(new Mutator.Mutant(Mutator.setTop(text, "horizonDays", "36500"), "horizonDays: 36500 (the maximum)"));
        m.add(new Mutator.Mutant(Mutator.setTop(text, "horizonDays", "36501"), "horizonDays: 36501"));
        m.add(new Mutator.Mutant(Mutator.setTop(text, "horizonDays", "1e9"), "horizonDays: 1e9"));
        m.add(new Mutator.Mutant(Mutator.setTop(text, "horizonDays", "1e300"), "horizonDays: 1e300"));
        m.add(new Mutator.Mutant(Mutator.setTop(text, "horizonDays", ".nan"), "horizonDays: .nan"));
        m.add(new Mutator.Mutant(Mutator.setTop(text, "horizonDays", "-.inf"), "horizonDays: -.inf"));
        m.add(new Mutator.Mutant(Mutator.setTop(text, "warmupDays", "auto"), "warmupDays: auto"));
        m.add(new Mutator.Mutant(Mutator.setTop(text, "warmupDays", "1e300"), "warmupDays: 1e300"));
        m.add(new Mutator.Mutant(Mutator.setTop(text, "name", "[" .repeat(500)), "500 levels of ["));
        m.add(new Mutator.Mutant(Mutator.setTop(text, "name", "{a: ".repeat(500) + "1" + "}".repeat(500)),
                "500 levels of {a: ...}"));
        m.add(new Mutator.Mutant(Mutator.setTop(text, "name", "[".repeat(500) + "]".repeat(500)), "500 closed levels of []"));
        m.add(new Mutator.Mutant(Mutator.setTop(text, "description", "\"" + "long ".repeat(200_000) + "\""),
                "a description of a million characters"));
        m.add(new Mutator.Mutant(Mutator.setTop(text, "name", "x".repeat(1_000_000)), "a name of a million characters"));
        m.add(new Mutator.Mutant(Mutator.setTop(text, "name", "x".repeat(3_200_000)), "a name of 3.2 million characters"));
        m.add(new Mutator.Mutant(Mutator.setTop(text, "name", "&n classroom") + "\ndescription: *n\n",
                "anchor and alias"));
        m.add(new Mutator.Mutant(text.replaceFirst("(?m)^calendar:.*$", "calendar: &cal") + "\nextra: *cal\n",
                "anchor on a section, alias under an unknown key"));
        m.add(new Mutator.Mutant("base: &b {daysPerWeek: 5}\n" + text.replaceFirst("(?m)^calendar:.*$", "calendar:\n  <<: *b"),
                "merge key <<"));
        m.add(new Mutator.Mutant(text + "\n---\nname: second\n", "a second document"));
        m.add(new Mutator.Mutant(text + "\n---\n" + text, "the file twice, as two documents"));
        m.add(new Mutator.Mutant("---\n" + text + "\n...\n", "explicit document markers"));
        m.add(new Mutator.Mutant("%YAML 1.1\n---\n" + text, "YAML directive"));
        m.add(new Mutator.Mutant(text.substring(0, text.length() / 2), "first half"));
        m.add(new Mutator.Mutant("", "empty"));
        m.add(new Mutator.Mutant("\n\n   \n# only a comment\n", "blank and comment only"));
        m.add(new Mutator.Mutant("~", "null document"));
        m.add(new Mutator.Mutant("42", "a number as document"));
        m.add(new Mutator.Mutant("\u0000\u0001\u0002", "control bytes"));
        m.add(new Mutator.Mutant(text.replace("leadsPerDay: ", "leadsPerDay: 1e9 #"), "leadsPerDay: 1e9 everywhere"));
        m.add(new Mutator.Mutant(text.replace("staff: ", "staff: 10000 #"), "staff: 10000 everywhere"));
        m.add(new Mutator.Mutant(text.replace("mean: ", "mean: 1e300 #"), "every mean 1e300"));
        m.add(new Mutator.Mutant(text.replace("mean: ", "mean: 1e-300 #"), "every mean 1e-300"));
        m.add(new Mutator.Mutant(text.replace("{dist: gamma,", "{dist: empirical, values: [], weights: [],"),
                "empty empirical distributions"));
        m.add(new Mutator.Mutant(text.replace("ratePerHour: ", "ratePerHour: 1e-300 #"), "ratePerHour tiny"));
        m.add(new Mutator.Mutant(text.replace("initialStock: ", "initialStock: 1e300 #"), "initialStock 1e300"));
        return m;
    }

    /** The loader accepts the mutant (and it runs 10 days) or rejects it with plain error lines. */
    private static void check(Mutator.Mutant m, String source) {
        String file = "mutant-of-" + source;
        Scenario s = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> load(m, file, Map.of()),
                () -> "loading took over 5 s: " + m.description());
        if (s == null || !runnable(s)) {
            return;
        }
        Scenario shortRun = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> load(m, file, TEN_DAYS),
                () -> "loading took over 5 s: " + m.description());
        if (shortRun == null) {
            fail("the mutant loads but not with horizonDays=10, warmupDays=0: " + m.description());
        }
        Policy policy = (m.description().length() % 2 == 0) ? Policy.SILOED : Policy.JOINT;
        try {
            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Simulation.replicate(shortRun, policy, 1, 0),
                    () -> "10 days under " + policy.name() + " took over 20 s: " + m.description());
        } catch (RuntimeException e) {
            throw new AssertionError("10 days under " + policy.name() + " threw " + e + " on a mutant that loads: "
                    + m.description(), e);
        }
    }

    /** The scenario, or null when rejected with well-formed errors; fails on anything else. */
    private static Scenario load(Mutator.Mutant m, String file, Map<String, String> overrides) {
        try {
            return ScenarioLoader.parse(m.text(), file, overrides);
        } catch (ScenarioException e) {
            Pattern line = Pattern.compile("^" + Pattern.quote(file) + "(:\\d+:\\d+)? .+$");
            Pattern param = Pattern.compile("^--param(:\\d+:\\d+)? .+$");
            assertFalse(e.errors().isEmpty(), "a ScenarioException without errors: " + m.description());
            for (String l : e.getMessage().split("\r?\n", -1)) {
                assertFalse(CONTROL.matcher(l).find(), "a control character in \"" + Mutator.clip(l) + "\" for "
                        + m.description());
                assertTrue(line.matcher(l).matches() || !overrides.isEmpty() && param.matcher(l).matches(),
                        "error line not in the form <file>:<line>:<column> <message>: \"" + Mutator.clip(l) + "\" for "
                                + m.description());
                assertFalse(LEAK.matcher(l).find(), "Java internals in \"" + Mutator.clip(l) + "\" for " + m.description());
            }
            return null;
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError("the loader threw " + e + " instead of a ScenarioException: " + m.description(), e);
        }
    }

    /** Work a later "--force" feature is to refuse; not this test's business. */
    private static boolean runnable(Scenario s) {
        double leads = s.segments().stream().mapToDouble(Segment::leadsPerDay).sum();
        return s.horizonDays() <= 400 && leads <= 1000;
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of("scenarios", file));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
