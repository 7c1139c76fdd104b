package org.ordercycle.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ScenarioLoaderTest {
    static final Path VALID = Path.of("src/test/resources/scenarios/valid");
    static final Path MINIMAL = VALID.resolve("minimal.yaml");

    @Test
    void minimalScenarioLoads() throws Exception {
        Scenario s = ScenarioLoader.load(MINIMAL);
        assertEquals("minimal", s.name());
        assertEquals(List.of("pump", "station"), s.products().stream().map(Product::id).toList());
        assertEquals(List.of("assembly"), s.lines().stream().map(Line::id).toList());
        assertEquals(List.of("retail", "industry"), s.segments().stream().map(Segment::id).toList());
        assertEquals("fitter", s.departments().service().get(0).id());
        assertEquals(2, s.departments().service().get(0).technicians());
        assertEquals(Map.of("pump", 0.3, "station", 0.7), s.segments().get(1).productMix());
    }

    @Test
    void schemaCommentOnFirstLineIsIgnored() throws Exception {
        assertTrue(Files.readString(MINIMAL).startsWith("# yaml-language-server: $schema="));
        assertEquals("minimal", ScenarioLoader.load(MINIMAL).name());
    }

    @Test
    void defaultsAreApplied() throws Exception {
        Scenario s = ScenarioLoader.load(MINIMAL);
        assertEquals(7, s.steps().planning().periodDays());
        assertEquals(Steps.Planning.ForecastMethod.movingAverage, s.steps().planning().forecast());
        assertEquals("", s.description());
        assertEquals(TimeUnit.day, s.timeUnit());
        assertEquals(new Calendar(5, 8, 8), s.calendar());
        Product pump = s.products().get(0);
        assertEquals("", pump.family());
        assertEquals("pump", pump.familyOrId());
        assertEquals(Product.DeliveryMode.warehouse, pump.delivery());
        assertEquals(List.of(), pump.installSkills());
        assertEquals(Dist.fixed(2).in(TimeUnit.hour), pump.changeoverTime());
        assertEquals(Dist.exponential(10), s.segments().get(0).returnDelay());
        assertEquals(new Staffed(1, Dist.fixed(0), 50, false), s.departments().sales());
        assertEquals(70, s.departments().service().get(0).wagePerHour());
        assertEquals(new Line("assembly", 16, 4, 4, 400, 1.5), s.lines().get(0));
    }

    @Test
    void explicitValueWinsOverDefault() throws Exception {
        String yaml = Files.readString(MINIMAL) + """
                steps:
                  planning:
                    periodDays: 14
                calendar:
                  daysPerWeek: 7
                """;
        Scenario s = ScenarioLoader.parse(yaml, "minimal-plus.yaml");
        assertEquals(14, s.steps().planning().periodDays());
        assertEquals(4, s.steps().planning().movingAveragePeriods()); // its sibling keeps the default
        assertEquals(7, s.calendar().daysPerWeek());
        assertEquals(8, s.calendar().hoursPerDay());
    }

    @Test
    void distributionsAsNumberOrMapping() throws Exception {
        Scenario s = ScenarioLoader.load(MINIMAL);
        assertEquals(Dist.fixed(1), s.segments().get(1).orderSize());
        assertEquals(new Dist(DistKind.gamma, null, 3.0, 2.0, null, null, null, null, null, null),
                s.segments().get(0).orderSize());
        assertEquals(new Dist(DistKind.uniform, null, null, null, 20.0, null, 40.0, null, null, null),
                s.segments().get(1).requestedLeadTime());
    }

    @Test
    void resultIsImmutable() throws Exception {
        Scenario s = ScenarioLoader.load(MINIMAL);
        assertThrows(UnsupportedOperationException.class, () -> s.products().clear());
        assertThrows(UnsupportedOperationException.class, () -> s.segments().get(0).productMix().clear());
    }

    @Test
    void errorsNameTheFileAsTyped() {
        Path typed = Path.of("src/test/resources/scenarios/malformed/negative-mean.yaml");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(typed));
        ScenarioError error = e.errors().get(0);
        assertEquals(typed.toString(), error.file());
        assertEquals(typed + ":15:42 segments[0].orderSize.mean must be > 0, was -3", error.toString());
        assertEquals("segments[0].orderSize.mean", error.path());
        assertEquals(15, error.line());
        assertEquals(42, error.column());
    }

    @Test
    void missingFileIsReportedInPlainWords() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.load(Path.of("no-such-folder/baseline.yaml")));
        assertEquals("no-such-folder/baseline.yaml does not exist", e.getMessage());
    }

    @Test
    void everyValidScenarioLoads() throws IOException {
        try (Stream<Path> files = Files.list(VALID)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                try {
                    ScenarioLoader.load(file);
                } catch (ScenarioException e) {
                    throw new AssertionError(file + " should load:\n" + e.getMessage(), e);
                }
            }
        }
    }
}
