package org.ordercycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ordercycle.api.Simulation;
import org.ordercycle.io.KpiCsv;
import org.ordercycle.policy.Policy;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.scenario.ScenarioLoader;

/**
 * Golden tables: kpis.csv of a short run (120 days after a 20-day warm-up, 2 replications, seed 1)
 * of every shipped scenario under each preset, compared with the copy kept in
 * src/test/resources/golden. A change of numbers must be deliberate: when the model changes on
 * purpose, move the version in pom.xml, say why under "Changes that alter results" in the README,
 * and write the new tables with {@code ./mvnw test -Dtest=GoldenTablesTest -Dgolden.update=true}.
 * The update refuses to overwrite tables that differ while the version has not moved.
 */
class GoldenTablesTest {
    private static final Path DIR = Path.of("src/test/resources/golden");
    /** Relative tolerance: the same code on another processor may round a last digit differently. */
    private static final double TOLERANCE = 1e-9;

    static Stream<Arguments> runs() {
        List<Arguments> list = new ArrayList<>();
        for (String scenario : List.of("classroom", "baseline", "field-service")) {
            for (Policy p : List.of(Policy.SILOED, Policy.JOINT)) {
                list.add(Arguments.of(scenario, p));
            }
        }
        return list.stream();
    }

    @ParameterizedTest(name = "{0} under {1}")
    @MethodSource("runs")
    void kpisAreTheRecordedOnes(String scenarioName, Policy policy) throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("scenarios", scenarioName + ".yaml"),
                Map.of("horizonDays", "120", "warmupDays", "20"));
        StringWriter now = new StringWriter();
        KpiCsv.write(now, Simulation.run(s, policy, 1, 2, 2).replications());
        Path file = DIR.resolve(scenarioName + "-" + policy.name() + ".csv");
        String version = pomVersion();
        if (Boolean.getBoolean("golden.update")) {
            update(file, version, now.toString());
            return;
        }
        if (!Files.isRegularFile(file)) {
            fail(file + " is missing: write it with -Dgolden.update=true");
        }
        List<String> recorded = Files.readAllLines(file);
        String header = recorded.remove(0);
        List<String> differences = differences(recorded, now.toString().lines().toList());
        if (!differences.isEmpty()) {
            fail(scenarioName + " under " + policy.name() + ": " + differences.size() + " values differ from "
                    + file + " (" + header.substring(2) + "), e.g.\n  " + String.join("\n  ",
                    differences.subList(0, Math.min(8, differences.size())))
                    + "\nIf the change is deliberate: move the version in pom.xml, say why under 'Changes that alter "
                    + "results' in README.md, and run ./mvnw test -Dtest=GoldenTablesTest -Dgolden.update=true");
        }
    }

    @org.junit.jupiter.api.Test
    void aMovedValueIsCaughtAndALastDigitIsNot() {
        List<String> recorded = List.of("measure,segment,value", "profit,all,23623201.5");
        assertEquals(1, differences(recorded, List.of("measure,segment,value", "profit,all,23623202.5")).size());
        assertEquals(0, differences(recorded, List.of("measure,segment,value", "profit,all,23623201.500000004")).size());
        assertEquals(1, differences(recorded, List.of("measure,segment,value", "revenue,all,23623201.5")).size());
    }

    /** Lines that differ: by text for names, by relative tolerance for numbers. */
    static List<String> differences(List<String> recorded, List<String> now) {
        List<String> out = new ArrayList<>();
        if (recorded.size() != now.size()) {
            out.add(recorded.size() + " lines recorded, " + now.size() + " now");
        }
        for (int i = 0; i < Math.min(recorded.size(), now.size()); i++) {
            String a = recorded.get(i);
            String b = now.get(i);
            if (!a.equals(b) && !sameNumbers(a, b)) {
                out.add("recorded " + a + "\n  now      " + b);
            }
        }
        return out;
    }

    private static boolean sameNumbers(String a, String b) {
        int cut = a.lastIndexOf(',');
        if (cut < 0 || !a.substring(0, cut).equals(b.substring(0, Math.max(0, b.lastIndexOf(','))))) {
            return false;
        }
        try {
            double x = Double.parseDouble(a.substring(cut + 1));
            double y = Double.parseDouble(b.substring(b.lastIndexOf(',') + 1));
            return Math.abs(x - y) <= TOLERANCE * Math.max(Math.abs(x), Math.abs(y)) || (Double.isNaN(x) && Double.isNaN(y));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void update(Path file, String version, String table) throws IOException {
        if (Files.isRegularFile(file)) {
            List<String> old = Files.readAllLines(file);
            String oldVersion = old.remove(0).replace("# ordercycle ", "");
            if (oldVersion.equals(version) && !differences(old, table.lines().toList()).isEmpty()) {
                fail(file + " was recorded by version " + version + " and the numbers differ: move the version in "
                        + "pom.xml first (and say why under 'Changes that alter results' in README.md)");
            }
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, "# ordercycle " + version + "\n" + table);
    }

    /** The project's version, from pom.xml (tests run without the jar's manifest). */
    static String pomVersion() throws IOException {
        Matcher m = Pattern.compile("<artifactId>ordercycle</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertEquals(true, m.find(), "pom.xml names the project's version after its artifactId");
        return m.group(1);
    }
}
