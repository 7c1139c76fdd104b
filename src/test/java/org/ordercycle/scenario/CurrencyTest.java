package org.ordercycle.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scenario's currency: EUR by default, any ISO 4217 code, and a clear error naming the field otherwise. */
class CurrencyTest {
    static final Path MINIMAL = Path.of("src/test/resources/scenarios/valid/minimal.yaml");

    @Test
    void defaultsToEuroAndTakesAnyIsoCode() throws Exception {
        assertEquals("EUR", ScenarioLoader.load(MINIMAL).currency());
        assertEquals("USD", ScenarioLoader.parse(Files.readString(MINIMAL) + "currency: USD\n", "m.yaml").currency());
        for (String shipped : List.of("classroom", "baseline", "field-service")) {
            assertEquals("EUR", ScenarioLoader.load(Path.of("scenarios", shipped + ".yaml")).currency(), shipped);
        }
    }

    @Test
    void unknownCodeIsRefusedWithItsPath() throws Exception {
        for (String bad : List.of("EURO", "eur", "XYZ", "€")) {
            ScenarioException e = assertThrows(ScenarioException.class,
                    () -> ScenarioLoader.parse(Files.readString(MINIMAL) + "currency: \"" + bad + "\"\n", "m.yaml"));
            String message = e.errors().get(0).toString();
            assertTrue(message.startsWith("m.yaml") && message.contains("currency")
                    && message.contains("ISO 4217") && message.contains("'" + bad + "'"), message);
        }
    }
}
