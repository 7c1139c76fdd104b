package org.ordercycle.scenario.bind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ordercycle.scenario.ScenarioError;

class YamlReaderTest {

    private static List<String> errors(String yaml) {
        return YamlReader.read(yaml, "f.yaml", true).errors().stream().map(ScenarioError::toString).toList();
    }

    @Test
    void keepsLineAndColumnOfEveryNode() {
        Node.Mapping root = (Node.Mapping) YamlReader.read("# c\na:\n  - x: 1\n    y: [2, 3]\n", "f.yaml", true).root();
        Node.Sequence list = (Node.Sequence) root.get("a");
        Node.Mapping item = (Node.Mapping) list.items().get(0);
        assertEquals(new Location("f.yaml", 3, 8), item.get("x").location());
        assertEquals(new Location("f.yaml", 4, 8), item.get("y").location());
        assertEquals(new Location("f.yaml", 4, 5), item.entries().get("y").keyLocation());
        assertEquals(Node.Kind.NUMBER, ((Node.Scalar) item.get("x")).kind());
    }

    @Test
    void explainsSyntaxErrorsInPlainWords() {
        assertEquals(List.of("f.yaml:1:4 is not valid YAML: the text quoted here is never closed: its closing quote is missing"),
                errors("a: \"x\n"));
        assertEquals(List.of("f.yaml:2:1 is not valid YAML: this line is neither 'key: value' nor a list item '- value'"
                + " (a ':' is missing)"), errors("a: 1\nb\n"));
        assertEquals(List.of("f.yaml:3:2 is not valid YAML: this line is indented differently from the 'key: value'"
                + " lines above it"), errors("a:\n  b: 1\n c: 2\n"));
        assertEquals(List.of("f.yaml:2:1 is not valid YAML: a list item ('- ...') stands among 'key: value' lines;"
                + " indent it under its key"), errors("a: x\n- b\n"));
        assertEquals(List.of("f.yaml:1:4 is not valid YAML: a value cannot start with '@'; put the value in quotes"),
                errors("a: @x\n"));
        assertNull(YamlReader.read("a: [1\n", "f.yaml", true).root());
    }

    @Test
    void readsYamlNumbersAndSpecialValues() {
        assertEquals(1000.0, Numbers.parse("1_000"));
        assertEquals(16.0, Numbers.parse("0x10"));
        assertEquals(Double.POSITIVE_INFINITY, Numbers.parse(".inf"));
        assertEquals(Double.NEGATIVE_INFINITY, Numbers.parse("-.Inf"));
        assertEquals(true, Numbers.parse(".nan").isNaN());
        assertNull(Numbers.parse("abc"));
        assertEquals("3", Numbers.format(3.0));
        assertEquals("0.25", Numbers.format(0.25));
        assertEquals("must be > 0, was -3", Numbers.tidy("must be > 0, was -3.0"));
        assertEquals("[1, 5.05]", Numbers.tidy("[1.0, 5.05]"));
    }
}
