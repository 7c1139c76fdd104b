package org.ordercycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.ordercycle.api.Simulation;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.ScenarioLoader;
import umontreal.ssj.simevents.Simulator;

/**
 * One-way dependencies and no static simulator or shared generator (style.md, habits 1, 2 and
 * 6), checked on the source text of {@code src/main/java}, comments and string literals removed.
 */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java/org/ordercycle");
    /** Packages that must not depend on the outer layers. */
    private static final List<String> CORE = List.of("model", "engine", "stats", "scenario", "policy");
    private static final Pattern FORBIDDEN_DEPENDENCY = Pattern.compile(
            "\\b(org\\.ordercycle\\.(?:cli|io|report|notebook|web)|org\\.knowm\\.xchart|tech\\.tablesaw|picocli|java\\.awt)\\.");
    private static final Pattern FORBIDDEN_CALL = Pattern.compile(
            "\\bMath\\s*\\.\\s*random\\s*\\("                      // a shared, unseeded generator
            + "|\\bnew\\s+(?:java\\.util\\.)?Random\\s*\\("         // one more generator outside the named streams
            + "|\\bThreadLocalRandom\\b|\\bSplittableRandom\\b"
            + "|(?<![\\w.])Sim\\s*\\.\\s*\\w"                      // SSJ's static simulator, Sim.time() ...
            + "|\\bumontreal\\.ssj\\.simevents\\.Sim\\b"
            + "|\\bnew\\s+(?:Accumulate|Event)\\s*\\(\\s*\\)"        // collectors and events bound to the default simulator
            + "|\\bsuper\\s*\\(\\s*\\)\\s*;");                      // an Event subclass built on the default simulator

    @Test
    void coreLayersDoNotImportOuterLayers() {
        assertTrue(Files.isDirectory(MAIN), "run from the project root: " + MAIN.toAbsolutePath());
        List<String> problems = new ArrayList<>();
        int files = 0;
        for (String pkg : CORE) {
            for (Path file : sources(MAIN.resolve(pkg))) {
                files++;
                for (String hit : find(FORBIDDEN_DEPENDENCY, read(file))) {
                    problems.add(file + ": depends on " + hit);
                }
            }
        }
        assertTrue(files > 50, "scanned " + files + " files");
        assertEquals(List.of(), problems);
    }

    /**
     * Decision rules are pure functions of a view and their parameters: they never reach into a
     * department agent. The agents themselves stay model code: no front end, report or chart.
     */
    @Test
    void rulesImportNoDepartmentAndDepartmentsImportNoFrontEnd() {
        Pattern dept = Pattern.compile("\\borg\\.ordercycle\\.model\\.dept\\b");
        Pattern frontEnd = Pattern.compile(
                "\\b(org\\.ordercycle\\.(?:cli|report|web|io|notebook)|org\\.knowm\\.xchart)\\.");
        List<String> problems = new ArrayList<>();
        List<Path> rules = sources(MAIN.resolve("model/rules"));
        List<Path> agents = sources(MAIN.resolve("model/dept"));
        for (Path file : rules) {
            find(dept, read(file)).forEach(hit -> problems.add(file + ": depends on " + hit));
        }
        for (Path file : agents) {
            find(frontEnd, read(file)).forEach(hit -> problems.add(file + ": depends on " + hit));
        }
        assertTrue(rules.size() > 20 && !agents.isEmpty(), "scanned " + rules.size() + " rule and " + agents.size() + " agent files");
        assertEquals(List.of(), problems);
        assertEquals(1, find(dept, strip("import org.ordercycle.model.dept.Service;")).size());
        assertEquals(1, find(frontEnd, strip("import org.ordercycle.report.chart.Charts;")).size());
    }

    /** The web workbench is a front end beside the CLI: only the CLI starts it, and it never calls the CLI. */
    @Test
    void onlyTheCliImportsTheWebAndTheWebImportsNoCli() {
        Pattern web = Pattern.compile("\\borg\\.ordercycle\\.web\\.");
        Pattern cli = Pattern.compile("\\borg\\.ordercycle\\.cli\\.");
        List<String> problems = new ArrayList<>();
        int webFiles = 0;
        for (Path file : sources(MAIN)) {
            String code = read(file);
            boolean inWeb = file.startsWith(MAIN.resolve("web"));
            webFiles += inWeb ? 1 : 0;
            if (!inWeb && !file.startsWith(MAIN.resolve("cli"))) {
                find(web, code).forEach(hit -> problems.add(file + ": depends on " + hit));
            }
            if (inWeb) {
                find(cli, code).forEach(hit -> problems.add(file + ": depends on " + hit));
            }
        }
        assertTrue(webFiles >= 5, "scanned " + webFiles + " web files");
        assertEquals(List.of(), problems);
        assertEquals(1, find(web, strip("import org.ordercycle.web.WebServer;")).size());
    }

    @Test
    void noSharedGeneratorAndNoStaticSimulator() {
        List<String> problems = new ArrayList<>();
        for (Path file : sources(MAIN)) {
            for (String hit : find(FORBIDDEN_CALL, read(file))) {
                problems.add(file + ": " + hit);
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theScannerSeesWhatItLooksFor() {
        String bad = """
                package org.ordercycle.model;
                import org.ordercycle.report.Charts;
                import static org.ordercycle.cli.Main.run;
                import tech.tablesaw.api.Table;
                import java.awt.Color;
                import org.ordercycle.notebook.Display;
                class Bad extends Event {
                    Bad() { super(); }
                    double a = Math.random();
                    java.util.Random r = new Random(1);
                    double t = Sim.time();
                    Accumulate acc = new Accumulate();
                    Event e = new Event() { public void actions() { } };
                    org.knowm.xchart.XYChart chart;
                    picocli.CommandLine cl;
                }
                """;
        assertEquals(7, find(FORBIDDEN_DEPENDENCY, strip(bad)).size(), find(FORBIDDEN_DEPENDENCY, strip(bad)).toString());
        assertEquals(6, find(FORBIDDEN_CALL, strip(bad)).size(), find(FORBIDDEN_CALL, strip(bad)).toString());
        String fine = """
                // Math.random() and new Random( in a comment; import java.awt.Color;
                /* Sim.time() new Event() */
                class Fine extends Event {
                    Fine(Simulator sim) { super(sim); }
                    String s = "Math.random() Sim.time() tech.tablesaw.Table";
                    Tally t = new Tally("lead time");
                    Event e = new Event(sim) { public void actions() { mySim.time(); } };
                    Simulator simulator = new Simulator();
                }
                """;
        assertEquals(List.of(), find(FORBIDDEN_CALL, strip(fine)));
        assertEquals(List.of(), find(FORBIDDEN_DEPENDENCY, strip(fine)));
    }

    @Test
    void aReplicationLeavesSsjsDefaultSimulatorUntouched() throws Exception {
        Simulator defaultSim = Simulator.getDefaultSimulator();
        var scenario = ScenarioLoader.load(Path.of("src/test/resources/scenarios/mechanisms/invariants.yaml"));
        for (Policy p : List.of(Policy.SILOED, Policy.JOINT)) {
            Simulation.replicate(scenario, p, 1, 0);
        }
        assertTrue(defaultSim.getEventList().isEmpty(), "an event was scheduled on SSJ's default simulator");
        assertEquals(0.0, defaultSim.time());
    }

    private static List<Path> sources(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return strip(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> find(Pattern p, String code) {
        List<String> hits = new ArrayList<>();
        Matcher m = p.matcher(code);
        while (m.find()) {
            hits.add(m.group());
        }
        return hits;
    }

    /** The code without comments, string and text-block literals, or char literals (kept as blanks). */
    static String strip(String src) {
        StringBuilder out = new StringBuilder(src.length());
        int i = 0;
        int n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            if (c == '/' && i + 1 < n && src.charAt(i + 1) == '/') {
                while (i < n && src.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && src.charAt(i + 1) == '*') {
                int end = src.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                out.append(' ');
            } else if (src.startsWith("\"\"\"", i)) {
                int end = src.indexOf("\"\"\"", i + 3);
                i = end < 0 ? n : end + 3;
                out.append("\"\"");
            } else if (c == '"' || c == '\'') {
                i++;
                while (i < n && src.charAt(i) != c) {
                    i += src.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
                out.append(c).append(c);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
