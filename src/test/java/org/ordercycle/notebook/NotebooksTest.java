package org.ordercycle.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The notebook tier: every notebook of {@code notebooks/} runs headless with {@code /usr/bin/jupyter
 * nbconvert --execute} on the project's kernel, and a cell error fails the test with its text,
 * as does a saved output (or an interval quoted in the prose) that the notebook no longer prints.
 * The kernel is registered for the test only (a kernelspec found through {@code JUPYTER_PATH})
 * and runs on this build's classes, so no jar needs to be built first. Skipped when Jupyter is
 * not installed ({@code notebooks/install-kernel.sh} installs it). Run with
 * {@code ./mvnw -B test -Dgroups=notebooks -Dtest.excludedGroups=none}.
 */
@Tag("notebooks")
class NotebooksTest {
    private static final Path JUPYTER = Path.of("/usr/bin/jupyter");
    private static final Path NOTEBOOKS = Path.of("notebooks");
    /** Per cell; a notebook is meant to run in under a minute on a busy two-core machine. */
    private static final int CELL_TIMEOUT_SECONDS = 300;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path work;

    @BeforeAll
    static void registerKernel() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(JUPYTER),
                JUPYTER + " is missing: the notebook tier is skipped (notebooks/install-kernel.sh installs Jupyter)");
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ObjectNode spec = JSON.createObjectNode();
        ArrayNode argv = spec.putArray("argv");
        // the launcher's JVM options, as notebooks/install-kernel.sh registers them
        String options = "@" + Path.of("src/main/resources/org/ordercycle/jvm.options").toAbsolutePath();
        List.of(java, options, "-cp", classPath, KernelMain.class.getName(), "{connection_file}")
                .forEach(argv::add);
        spec.put("display_name", "Java (OrderCycle, test)").put("language", "java").put("interrupt_mode", "message");
        Path dir = Files.createDirectories(work.resolve("share/jupyter/kernels/ordercycle-java"));
        JSON.writerWithDefaultPrettyPrinter().writeValue(dir.resolve("kernel.json").toFile(), spec);
    }

    static List<Path> notebooks() throws IOException {
        try (Stream<Path> s = Files.list(NOTEBOOKS)) {
            return s.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
        }
    }

    @Test
    void theThreeNotebooksOfTheIssueAreThere() throws IOException {
        List<String> names = notebooks().stream().map(p -> p.getFileName().toString()).toList();
        for (String n : List.of("01-siloed-vs-joint.ipynb", "02-forecast-inflation-and-discount.ipynb",
                "03-which-lever-matters.ipynb")) {
            assertTrue(names.contains(n), n + " in " + names);
        }
        for (Path nb : notebooks()) {
            assertEquals("ordercycle-java", JSON.readTree(nb.toFile()).path("metadata").path("kernelspec").path("name").asText(),
                    nb + " runs on the project's kernel");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notebooks")
    void runsWithoutACellError(Path notebook) throws Exception {
        Run run = execute(notebook);
        if (run.exitCode != 0) {
            fail(notebook + " failed (nbconvert exit code " + run.exitCode + "):\n" + run.cellError());
        }
        JsonNode executed = JSON.readTree(run.output.toFile());
        int images = 0;
        for (JsonNode cell : executed.path("cells")) {
            for (JsonNode out : cell.path("outputs")) {
                assertNotEquals("error", out.path("output_type").asText(), notebook + ": " + out);
                images += out.path("data").has("image/png") ? 1 : 0;
            }
        }
        assertTrue(images > 0, notebook + " shows at least one chart inline");
        assertTheSavedOutputsAreCurrent(notebook, JSON.readTree(notebook.toFile()), executed);
    }

    /**
     * A reader who only opens the notebook (on a forge, without running it) sees the numbers this
     * build prints: every code cell's saved text equals the text it prints now, and every interval
     * quoted in the prose ("4.86 ± 0.13") is one of them.
     */
    private static void assertTheSavedOutputsAreCurrent(Path notebook, JsonNode saved, JsonNode executed) {
        JsonNode before = saved.path("cells");
        JsonNode now = executed.path("cells");
        assertEquals(before.size(), now.size(), notebook + ": cells");
        StringBuilder printed = new StringBuilder();
        for (int i = 0; i < now.size(); i++) {
            String text = outputText(now.get(i));
            printed.append(text).append('\n');
            assertEquals(outputText(before.get(i)), text, notebook + ", cell " + i + ": the saved output is stale; "
                    + "run the notebook again and save it");
        }
        java.util.regex.Matcher quoted = java.util.regex.Pattern.compile("[-+]?\\d[\\d,]*(\\.\\d+)? ± <?\\d[\\d,]*(\\.\\d+)?")
                .matcher("");
        for (JsonNode cell : before) {
            if (cell.path("cell_type").asText().equals("markdown")) {
                quoted.reset(join(cell.path("source")));
                while (quoted.find()) {
                    assertTrue(printed.indexOf(quoted.group()) >= 0, notebook + ": the prose quotes "
                            + quoted.group() + ", which no cell prints");
                }
            }
        }
    }

    /** The text a code cell printed or showed (streams and text/plain), in order; "" for other cells. */
    private static String outputText(JsonNode cell) {
        StringBuilder sb = new StringBuilder();
        for (JsonNode out : cell.path("outputs")) {
            sb.append(join(out.path("text"))).append(join(out.path("data").path("text/plain")));
        }
        return sb.toString();
    }

    /** A notebook string: one text or an array of lines. */
    private static String join(JsonNode node) {
        if (node.isArray()) {
            StringBuilder sb = new StringBuilder();
            node.forEach(line -> sb.append(line.asText()));
            return sb.toString();
        }
        return node.asText("");
    }

    /** The tier would be worthless if nbconvert passed over a failing cell: a notebook that throws must fail. */
    @Test
    void aFailingCellFailsTheRunWithItsError() throws Exception {
        ObjectNode nb = JSON.createObjectNode();
        ArrayNode cells = nb.putArray("cells");
        for (String source : List.of("int stock = 0;", "if (stock == 0) throw new IllegalStateException(\"out of chairs\");",
                "\"never reached\"")) {
            cells.addObject().put("cell_type", "code").put("execution_count", (String) null).put("source", source)
                    .putArray("outputs");
            ((ObjectNode) cells.get(cells.size() - 1)).putObject("metadata");
        }
        nb.putObject("metadata").putObject("kernelspec").put("name", "ordercycle-java")
                .put("display_name", "Java (OrderCycle)").put("language", "java");
        nb.put("nbformat", 4).put("nbformat_minor", 4);
        Path file = work.resolve("failing.ipynb");
        JSON.writeValue(file.toFile(), nb);
        Run run = execute(file);
        assertNotEquals(0, run.exitCode, run.log);
        assertTrue(run.cellError().contains("java.lang.IllegalStateException: out of chairs"), run.cellError());
    }

    private record Run(int exitCode, String log, Path output) {
        /** nbconvert's message for a failed cell: the cell's source and the kernel's traceback. */
        String cellError() {
            int at = log.indexOf("An error occurred while executing the following cell");
            return at >= 0 ? log.substring(at) : String.join("\n", log.lines().skip(Math.max(0, log.lines().count() - 40)).toList());
        }
    }

    private static Run execute(Path notebook) throws IOException, InterruptedException {
        Path outDir = Files.createDirectories(work.resolve("executed"));
        Path log = Files.createTempFile(work, "nbconvert-", ".log");
        List<String> command = new ArrayList<>(List.of(JUPYTER.toString(), "nbconvert", "--to", "notebook", "--execute",
                "--ExecutePreprocessor.timeout=" + CELL_TIMEOUT_SECONDS,
                "--ExecutePreprocessor.kernel_name=ordercycle-java",
                "--output-dir", outDir.toString(), notebook.toAbsolutePath().toString()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        String jupyterPath = work.resolve("share/jupyter").toString();
        String inherited = System.getenv("JUPYTER_PATH");
        pb.environment().put("JUPYTER_PATH", inherited == null ? jupyterPath : jupyterPath + File.pathSeparator + inherited);
        pb.environment().put("PYDEVD_DISABLE_FILE_VALIDATION", "1"); // silences a debugger warning of Debian's ipykernel
        Process p = pb.start();
        if (!p.waitFor(20, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail(notebook + " still running after 20 minutes:\n" + Files.readString(log));
        }
        return new Run(p.exitValue(), Files.readString(log), outDir.resolve(notebook.getFileName()));
    }
}
