package org.ordercycle.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OverridesTest {
    static final Path MINIMAL = ScenarioLoaderTest.MINIMAL;

    private static List<String> errors(Map<String, String> overrides) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(MINIMAL, overrides));
        return e.errors().stream().map(ScenarioError::toString).toList();
    }

    @Test
    void overrideChangesTheValue() throws Exception {
        Map<String, String> o = new LinkedHashMap<>();
        o.put("steps.planning.inflationMean", "0.3");
        o.put("segments[0].leadsPerDay", "9");
        o.put("segments[0].orderSize", "{dist: exponential, mean: 2}");
        o.put("calendar.daysPerWeek", "6");
        Scenario s = ScenarioLoader.load(MINIMAL, o);
        assertEquals(0.3, s.steps().planning().inflationMean());
        assertEquals(0.2, ScenarioLoader.load(MINIMAL).steps().planning().inflationMean());
        assertEquals(9, s.segments().get(0).leadsPerDay());
        assertEquals(Dist.exponential(2), s.segments().get(0).orderSize());
        assertEquals(6, s.calendar().daysPerWeek());
        assertEquals(8, s.calendar().hoursPerDay());
    }

    @Test
    void overrideReachesIntoDefaultsAndMaps() throws Exception {
        Map<String, String> o = new LinkedHashMap<>();
        o.put("steps.entry.rekeyTime.mean", "20");           // a parameter of a default distribution
        o.put("segments[1].orderSize.value", "3");           // a parameter of a bare-number distribution
        o.put("segments[0].productMix.station", "0.5");      // a new key of a map
        o.put("departments.service[0].technicians", "4");
        Scenario s = ScenarioLoader.load(MINIMAL, o);
        assertEquals(Dist.exponential(20).in(TimeUnit.minute), s.steps().entry().rekeyTime());
        assertEquals(Dist.fixed(3), s.segments().get(1).orderSize());
        assertEquals(Map.of("pump", 1.0, "station", 0.5), s.segments().get(0).productMix());
        assertEquals(4, s.departments().service().get(0).technicians());
    }

    @Test
    void pathThatNamesNothingIsAnError() {
        assertEquals(List.of("--param steps.planing.periodDays names nothing: steps has no field \"planing\""
                        + " (did you mean planning?); fields: planning, generation, pricing, entry, selection,"
                        + " scheduling, fulfilment, billing, returns, service"),
                errors(Map.of("steps.planing.periodDays", "3")));
        assertEquals(List.of("--param segments[5].leadsPerDay names nothing: segments has 2 entries,"
                        + " segments[0] to segments[1]"),
                errors(Map.of("segments[5].leadsPerDay", "3")));
        assertEquals(List.of("--param segments[0].leadsPerDay.x names nothing: segments[0].leadsPerDay"
                        + " is a single value and has no field x"),
                errors(Map.of("segments[0].leadsPerDay.x", "3")));
        assertEquals(List.of("--param lines.id names nothing: lines is a list: give an index, e.g. lines[0]"),
                errors(Map.of("lines.id", "x")));
        assertEquals(List.of("--param \"segments[0\" is not a field path; write it like steps.planning.periodDays"
                        + " or segments[0].leadsPerDay"),
                errors(Map.of("segments[0", "1")));
    }

    @Test
    void badValueIsCheckedLikeTheFile() {
        assertEquals(List.of("--param steps.pricing.idleDiscount must be >= 0 and < 1, was 1.4"),
                errors(Map.of("steps.pricing.idleDiscount", "1.4")));
        assertEquals(List.of("--param steps.pricing.idleLoadDays must be <= scarceLoadDays (6), was 9"),
                errors(Map.of("steps.pricing.idleLoadDays", "9")));
        assertEquals(List.of("--param segments[0].productMix.ghost \"ghost\" is not the id of any product;"
                        + " product ids: pump, station"),
                errors(Map.of("segments[0].productMix.ghost", "1")));
        assertEquals(List.of("--param segments[0].orderSize has a value that is not valid YAML: the text ends"
                        + " before the value is complete: a closing bracket or quote may be missing"),
                errors(Map.of("segments[0].orderSize", "{dist: ")));
        assertEquals(List.of("--param segments[1].orderSize.mean is not a parameter of a deterministic"
                        + " distribution, which takes: value (and unit)"),
                errors(Map.of("segments[1].orderSize.mean", "2")));
    }

    @Test
    void fileErrorsComeFirstThenOverrideErrors() {
        Path bad = Path.of("src/test/resources/scenarios/malformed/negative-mean.yaml");
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.load(bad, Map.of("horizonDays", "0")));
        assertEquals(List.of(bad + ":15:42 segments[0].orderSize.mean must be > 0, was -3",
                        "--param horizonDays must be in [1, 36500], was 0"),
                e.errors().stream().map(ScenarioError::toString).toList());
    }
}
