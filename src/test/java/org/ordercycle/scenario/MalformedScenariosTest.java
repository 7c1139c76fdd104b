package org.ordercycle.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file in scenarios/malformed states, in {@code # expect:} comment lines at its top, the exact
 * errors the loader must report, in order. Line numbers count those comment lines.
 */
class MalformedScenariosTest {
    static final Path MALFORMED = Path.of("src/test/resources/scenarios/malformed");
    static final String EXPECT = "# expect: ";

    /** Words that would betray Java internals to a reader of the messages. */
    static final Pattern TECHNICAL = Pattern.compile("Exception|java\\.|org\\.|\\bnull\\b|\\tat |Double|Integer");

    static List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(MALFORMED)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void reportsExactlyTheExpectedErrors(Path file) throws IOException {
        String text = Files.readString(file);
        List<String> expected = text.lines().filter(l -> l.startsWith(EXPECT)).map(l -> l.substring(EXPECT.length())).toList();
        assertFalse(expected.isEmpty(), file + " states no '" + EXPECT + "' line");
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.parse(text, file.getFileName().toString()));
        assertEquals(String.join("\n", expected), String.join("\n", e.errors().stream().map(ScenarioError::toString).toList()));
        assertFalse(TECHNICAL.matcher(e.getMessage()).find(), "technical words in: " + e.getMessage());
    }

    @Test
    void theCorpusIsLargeEnough() throws IOException {
        assertTrue(files().size() >= 20, "at least 20 malformed scenarios");
    }
}
