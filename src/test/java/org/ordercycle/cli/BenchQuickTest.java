package org.ordercycle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code bench --quick} runs every in-process measurement on small sizes and prints each
 * figure of (a) to (g) with its target and a verdict; the values are not checked (timings).
 */
class BenchQuickTest {
    @Test
    void printsEveryFigureWithItsTargetAndVerdict() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new String[] {"bench", "--quick", "scenarios/classroom.yaml"}, new PrintWriter(out),
                new PrintWriter(err));
        String text = out.toString();
        assertEquals(0, code, err.toString());
        for (String figure : List.of("(a) orders per CPU second", "(b) compare speed-up", "(c) CPU per order",
                "(d) M/M/3, OrderCycle / SimPy", "(d) M/M/3, OrderCycle / bare SSJ loop", "(e) Spark time per",
                "(f) main job", "(g) measured speed")) {
            String line = text.lines().filter(l -> l.startsWith(figure)).findFirst().orElse("");
            assertTrue(line.matches(".*(met|NOT MET|skipped: .+)$"), figure + " has a verdict: '" + line + "'\n" + text);
        }
        assertTrue(text.contains("skipped: --quick"), text);
    }

    @Test
    void againstAMissingJarSaysWhatItTakes() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new String[] {"bench", "--quick", "--against", "target/no-such-build.jar"},
                new PrintWriter(out), new PrintWriter(err));
        assertEquals(2, code, err.toString());
        assertTrue(err.toString().contains("--against: target/no-such-build.jar not found: it takes the jar of another "
                + "build"), err.toString());
    }
}
