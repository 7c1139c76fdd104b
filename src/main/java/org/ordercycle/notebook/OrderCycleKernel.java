package org.ordercycle.notebook;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import jdk.jshell.JShell;
import jdk.jshell.SourceCodeAnalysis;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.JupyterIO;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.comm.CommManager;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.util.StringStyler;

/**
 * The notebooks' Java kernel: Jupyter's protocol comes from jjava-jupyter's {@link BaseKernel},
 * the language from {@link JShell}, running in this JVM with the workbench on its class path.
 * The value of a cell's last expression is displayed: images and XChart charts as PNG (see
 * {@link Display}), anything else as its {@code toString()}. Compilation errors and exceptions
 * are the cell's error. Not thread-safe: Jupyter sends one execute request at a time.
 */
public final class OrderCycleKernel extends BaseKernel {
    /** Evaluated once at start-up, so that notebooks need not import these. */
    static final String STARTUP = """
            import java.util.*;
            import java.util.stream.*;
            import java.nio.file.*;
            import static org.ordercycle.notebook.Display.display;
            """;

    private final Execution execution = new Execution();
    private final JShell shell;
    private final Cells cells;

    /** @param classPath the class path the cells compile against: the workbench and its libraries */
    public OrderCycleKernel(String classPath) {
        super("ordercycle-java", version(), new LanguageInfo.Builder("Java")
                        .version(Runtime.version().toString()).mimetype("text/x-java-source")
                        .fileExtension(".jshell").pygments("java").codemirror("text/x-java").build(),
                List.of(), null, new JupyterIO(StandardCharsets.UTF_8), new CommManager(), new Renderer(),
                null, null, false, new StringStyler.Builder().build());
        Display.register(renderer);
        shell = JShell.builder().executionEngine(execution.provider(), Map.of()).build();
        shell.addToClasspath(classPath);
        cells = new Cells(shell, execution);
        cells.run(STARTUP);
    }

    private static String version() {
        String v = OrderCycleKernel.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public DisplayData eval(String code) {
        Cells.Value value = cells.run(code);
        if (!value.present()) {
            return null;
        }
        Object object = value.object();
        return object == null ? new DisplayData("null")
                : object instanceof DisplayData data ? data : renderer.render(object);
    }

    @Override
    public Object evalRaw(String code) {
        return cells.run(code).object();
    }

    @Override
    public List<String> formatError(Throwable e) {
        return e instanceof CellError cell ? cell.lines() : super.formatError(e);
    }

    @Override
    public DisplayData inspect(String code, int at, boolean extraDetail) {
        return null; // no tooltips
    }

    @Override
    public ReplacementOptions complete(String code, int at) {
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        int start = 0; // the start of the snippet the cursor is in
        SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(code.substring(0, at));
        while (info.completeness().isComplete() && !info.remaining().isBlank()) {
            start = at - info.remaining().length();
            info = analysis.analyzeCompletion(info.remaining());
        }
        int[] anchor = new int[1];
        List<String> options = analysis.completionSuggestions(code.substring(start, at), at - start, anchor)
                .stream().map(SourceCodeAnalysis.Suggestion::continuation).distinct().toList();
        return new ReplacementOptions(options, start + anchor[0], at);
    }

    @Override
    public String isComplete(String code) {
        return switch (Cells.completeness(shell.sourceCodeAnalysis(), code)) {
            case COMPLETE, COMPLETE_WITH_SEMI, EMPTY -> IS_COMPLETE_YES;
            case DEFINITELY_INCOMPLETE, CONSIDERED_INCOMPLETE -> "    ";
            case UNKNOWN -> IS_COMPLETE_BAD;
        };
    }

    @Override
    public void interrupt() {
        execution.interrupt();
    }

    @Override
    public void onShutdown(boolean isRestarting) {
        super.onShutdown(isRestarting);
        close();
    }

    void close() {
        shell.close();
    }
}
