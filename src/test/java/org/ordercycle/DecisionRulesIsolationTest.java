package org.ordercycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Decision rules are pure functions of a view: nothing in {@code org.ordercycle.model.rules}
 * may reach the departments' classes in {@code org.ordercycle.model} (orders, lines, flows).
 * They may use other rules packages, policy, scenario records and java.* only. Checked on the
 * source text, comments and string literals removed.
 */
class DecisionRulesIsolationTest {
    private static final Path RULES = Path.of("src/main/java/org/ordercycle/model/rules");
    private static final Pattern IMPORT = Pattern.compile("\\bimport\\s+(?:static\\s+)?([\\w.]+)");
    private static final Pattern QUALIFIED = Pattern.compile("\\borg\\s*\\.\\s*ordercycle(?:\\s*\\.\\s*\\w+)+");
    private static final List<String> ALLOWED = List.of("org.ordercycle.model.rules.", "org.ordercycle.policy.",
            "org.ordercycle.scenario.", "java.");

    @Test
    void rulesImportNoDepartmentClass() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(RULES)) {
            files = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        for (Path file : files) {
            problems.addAll(problems(file + ": ", ArchitectureTest.strip(Files.readString(file))));
        }
        assertTrue(files.size() > 30, "scanned " + files.size() + " files");
        assertEquals(List.of(), problems);
    }

    @Test
    void theScannerSeesWhatItLooksFor() {
        String bad = """
                package org.ordercycle.model.rules.dispatch;
                import org.ordercycle.model.LineJob;
                import static org.ordercycle.model.SalesFlow.fmt;
                import umontreal.ssj.rng.RandomStream;
                class Bad { org.ordercycle.model.Order o; }
                """;
        assertEquals(4, problems("", ArchitectureTest.strip(bad)).size(), problems("", ArchitectureTest.strip(bad)).toString());
        String fine = """
                package org.ordercycle.model.rules.dispatch;
                import java.util.Locale;
                import org.ordercycle.scenario.Steps;
                import org.ordercycle.model.rules.forecast.Smoother;
                // org.ordercycle.model.Order in a comment
                class Fine { String s = "org.ordercycle.model.Order"; org.ordercycle.policy.Lever l; }
                """;
        assertEquals(List.of(), problems("", ArchitectureTest.strip(fine)));
    }

    private static List<String> problems(String where, String code) {
        List<String> out = new ArrayList<>();
        Matcher m = IMPORT.matcher(code);
        while (m.find()) {
            if (ALLOWED.stream().noneMatch(m.group(1)::startsWith)) {
                out.add(where + "imports " + m.group(1));
            }
        }
        Matcher q = QUALIFIED.matcher(code);
        while (q.find()) {
            String name = q.group().replaceAll("\\s", "");
            boolean department = name.startsWith("org.ordercycle.model.") && !name.startsWith("org.ordercycle.model.rules.");
            boolean imported = code.substring(Math.max(0, q.start() - 20), q.start()).matches("(?s).*\\bimport\\s+(static\\s+)?$");
            if (department && !imported) {
                out.add(where + "refers to " + name);
            }
        }
        return out;
    }
}
