package org.ordercycle.notebook;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import jdk.jshell.JShell;
import jdk.jshell.SourceCodeAnalysis;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.JupyterIO;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.comm.CommManager;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.util.StringStyler;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.publish.PublishError;
import org.dflib.jjava.jupyter.messages.publish.PublishExecuteInput;
import org.dflib.jjava.jupyter.messages.publish.PublishExecuteResult;
import org.dflib.jjava.jupyter.messages.reply.ErrorReply;
import org.dflib.jjava.jupyter.messages.reply.ExecuteReply;
import org.dflib.jjava.jupyter.messages.request.ExecuteRequest;

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
    private final KernelIO kernelIO;
    private final JShell shell;
    private final Cells cells;

    /** @param classPath the class path the cells compile against: the workbench and its libraries */
    public OrderCycleKernel(String classPath) {
        super("ordercycle-java", version(), new LanguageInfo.Builder("Java")
                        .version(Runtime.version().toString()).mimetype("text/x-java-source")
                        .fileExtension(".jshell").pygments("java").codemirror("text/x-java").build(),
                List.of(), null, new KernelIO(), new CommManager(), new Renderer(),
                null, null, false, new StringStyler.Builder().build());
        kernelIO = (KernelIO) io;
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

    /**
     * As {@link BaseKernel}'s, except that a cell's error carries the notebook's traceback (not the
     * kernel's) in the reply too, where {@code nbconvert --execute} reads it for its message.
     */
    @Override
    protected synchronized void handleExecuteRequest(ShellReplyEnvironment env, Message<ExecuteRequest> message) {
        commManager.setMessageContext(message);
        ExecuteRequest request = message.getContent();
        int count = executionCount.getAndIncrement();
        env.setBusyDeferIdle();
        env.publish(new PublishExecuteInput(request.getCode(), count));
        replaceOutputStreams(env);
        kernelIO.attach(env, request.isStdinEnabled());
        try {
            DisplayData out = eval(request.getCode());
            if (out != null) {
                env.publish(new PublishExecuteResult(count, out));
            }
            env.defer().reply(new ExecuteReply(count, Map.of()));
        } catch (Exception e) {
            String name = e instanceof CellError cell ? cell.name() : e.getClass().getSimpleName();
            String value = String.valueOf(e.getMessage());
            List<String> traceback = formatError(e);
            ErrorReply error = new ErrorReply(name, value, traceback);
            error.setExecutionCount(count);
            env.publish(new PublishError(name, value, traceback));
            env.defer().replyError(ExecuteReply.MESSAGE_TYPE.error(), error);
        }
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

    /** Jupyter's streams for the kernel, attached to one execute request at a time. */
    private static final class KernelIO extends JupyterIO {
        KernelIO() {
            super(StandardCharsets.UTF_8);
        }

        void attach(ShellReplyEnvironment env, boolean stdinEnabled) {
            setEnv(env);
            env.defer(() -> retractEnv(env));
            setJupyterInEnabled(stdinEnabled);
        }
    }
}
