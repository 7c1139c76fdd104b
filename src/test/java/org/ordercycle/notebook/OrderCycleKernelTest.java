package org.ordercycle.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The kernel's evaluation, without Jupyter: cells, values, errors and images. */
class OrderCycleKernelTest {
    private static OrderCycleKernel kernel;

    @BeforeAll
    static void start() {
        // Surefire runs the tests from a manifest-only jar; the real class path is in this property.
        kernel = new OrderCycleKernel(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
    }

    @AfterAll
    static void stop() {
        kernel.close();
    }

    private static String text(DisplayData data) {
        return (String) data.getData(MIMEType.TEXT_PLAIN);
    }

    @Test
    void aCellOfSeveralStatementsShowsItsLastExpression() {
        DisplayData out = kernel.eval("""
                int a = 2;
                int twice(int x) { return 2 * x; }
                var list = new ArrayList<Integer>();   // java.util is imported at start-up
                list.add(twice(a));
                list
                """);
        assertEquals("[4]", text(out));
        assertEquals("x", text(kernel.eval("String s = \"x\"; s")));
        assertEquals("null", text(kernel.eval("Object o = null; o")));
    }

    @Test
    void declarationsStatementsAndVoidCallsShowNothing() {
        assertNull(kernel.eval("int b = 3;"));
        assertNull(kernel.eval("b = 4;"));
        assertNull(kernel.eval("for (int i = 0; i < 2; i++) { b++; }"));
        assertNull(kernel.eval("System.out.print(\"\")"));
        assertNull(kernel.eval("import java.time.*;"));
        assertNull(kernel.eval("   \n  "));
        assertEquals("6", text(kernel.eval("b")));
    }

    @Test
    void theWorkbenchIsOnTheClassPath() {
        DisplayData out = kernel.eval("""
                import org.ordercycle.policy.Policy;
                import org.ordercycle.scenario.ScenarioLoader;
                var scenario = ScenarioLoader.load(Path.of("scenarios/classroom.yaml"));   // a checked exception is fine
                scenario.name() + " " + Policy.JOINT.name()
                """);
        assertEquals("classroom joint", text(out));
    }

    @Test
    void aCompilationErrorIsTheCellsErrorWithItsLine() {
        CellError e = assertThrows(CellError.class, () -> kernel.eval("int c = 1;\nint d = c + undefinedName;\nc"));
        assertTrue(e.getMessage().startsWith("line 2: cannot find symbol"), e.getMessage());
        assertEquals("CompilationError", e.name());
        assertTrue(e.lines().get(1).contains("int d = c + undefinedName;"), e.lines().toString());
        assertTrue(e.lines().get(2).endsWith("^"), e.lines().toString());
        assertEquals("1", text(kernel.eval("c")), "the statements before the error have run");
    }

    @Test
    void anExceptionIsTheCellsErrorAndStopsTheCell() {
        CellError e = assertThrows(CellError.class, () -> kernel.eval("""
                int reached = 0;
                Object boom() { throw new IllegalStateException("no stock", new ArithmeticException("zero")); }
                boom();
                reached = 1;
                """));
        assertEquals("java.lang.IllegalStateException: no stock", e.getMessage());
        assertEquals("IllegalStateException", e.name());
        assertTrue(e.lines().stream().anyMatch(l -> l.equals("    at notebook boom(): Object boom() { throw new IllegalStateException(\"no stock\", new ArithmeticException(\"zero\")); }")), e.lines().toString());
        assertTrue(e.lines().stream().anyMatch(l -> l.equals("Caused by: java.lang.ArithmeticException: zero")), e.lines().toString());
        assertTrue(e.lines().contains("    at notebook: boom();"), e.lines().toString());
        assertEquals("0", text(kernel.eval("reached")));
    }

    @Test
    void imagesAndChartsArePngs() {
        DisplayData image = kernel.eval("new java.awt.image.BufferedImage(20, 10, java.awt.image.BufferedImage.TYPE_INT_RGB)");
        assertTrue(((String) image.getData(MIMEType.IMAGE_PNG)).startsWith("iVBORw0KGgo"), "base64 of a PNG");
        DisplayData chart = kernel.eval("""
                var chart = new org.knowm.xchart.XYChartBuilder().width(300).height(200).title("t").build();
                chart.addSeries("s", new double[] {1, 2, 3}, new double[] {3, 1, 2});
                chart
                """);
        assertTrue(((String) chart.getData(MIMEType.IMAGE_PNG)).startsWith("iVBORw0KGgo"));
        assertEquals("chart: t", text(chart));
        DisplayData named = kernel.eval("new org.ordercycle.report.chart.NamedChart(\"c\", \"Title\", \"\", chart, List.of())");
        assertTrue(((String) named.getData(MIMEType.IMAGE_PNG)).startsWith("iVBORw0KGgo"));
        assertEquals("chart: Title", text(named));
    }

    @Test
    void incompleteCodeIsAnErrorAndTheConsoleKnowsItIsIncomplete() {
        assertThrows(CellError.class, () -> kernel.eval("int e = (1 + 2;"));
        assertEquals(BaseKernel.IS_COMPLETE_YES, kernel.isComplete("int f = 1; f"));
        assertEquals("    ", kernel.isComplete("for (int i = 0; i < 2; i++) {"));
    }

    @Test
    void anInterruptEndsTheCell() throws Exception {
        var result = new java.util.concurrent.CompletableFuture<CellError>();
        Thread cell = new Thread(() -> {
            try {
                kernel.eval("Thread.sleep(60_000);");
                result.complete(null);
            } catch (CellError e) {
                result.complete(e);
            }
        });
        cell.start();
        Thread.sleep(1000);
        kernel.interrupt();
        CellError e = result.get(30, java.util.concurrent.TimeUnit.SECONDS);
        assertTrue(e != null && e.getMessage().contains("interrupted"), String.valueOf(e));
        assertEquals("2", text(kernel.eval("1 + 1")), "the kernel goes on");
    }

    @Test
    void completionSuggestsNamesInTheCurrentStatement() {
        kernel.eval("String greeting = \"hi\";");
        String code = "int g = 1; greeting.toUpp";
        var options = kernel.complete(code, code.length());
        assertEquals(List.of("toUpperCase("), options.getReplacements());
        assertEquals(code.indexOf("toUpp"), options.getSourceStart());
    }
}
