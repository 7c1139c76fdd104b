package org.ordercycle.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ordercycle.web.WebOptions;
import org.ordercycle.web.WebServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ordercycle serve}: starts the local web workbench and waits until the process is stopped. */
@Command(name = "serve", usageHelpWidth = 100, sortOptions = false,
        description = {"Start the web workbench: edit and validate scenarios, see the levers, run comparisons "
                + "and watch their intervals narrow, open and download finished reports, all in a browser. "
                + "Stop it with Ctrl+C.", ""},
        footer = {"", "Examples:", "  ordercycle serve --open", "  ordercycle serve --port 9000 --workspace my-scenarios"})
final class ServeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    HelpOption help;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT",
            description = "Port to listen on (0: any free port). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "HOST",
            description = "Address to listen on. Default: ${DEFAULT-VALUE} (this computer only). Any other "
                    + "address needs the token printed at start-up.")
    String host;

    @Option(names = "--workspace", defaultValue = "workspace", paramLabel = "DIR",
            description = "Your folder: scenarios saved from the browser go there, and its scenarios can be run. "
                    + "Default: ${DEFAULT-VALUE}.")
    Path workspace;

    @Option(names = "--open", description = "Open the workbench in the default browser.")
    boolean open;

    @Override
    public Integer call() throws Exception {
        CommandLine cli = spec.commandLine();
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(cli, "Invalid value for option '--port': must be 0 to 65535, "
                    + "was " + port + ".");
        }
        String token = WebOptions.loopback(host) ? null : WebOptions.newToken();
        WebOptions options = new WebOptions(host, port, Path.of("scenarios"),
                Path.of(System.getProperty(ExperimentFolder.REPORTS_PROPERTY, "reports")), workspace, token,
                Main.version(), Runtime.getRuntime().availableProcessors());
        WebServer server;
        try {
            server = WebServer.start(options);
        } catch (RuntimeException e) { // the port is taken or the address is not this computer's
            throw new UserError("Cannot listen on " + host + ":" + port + ": " + e.getMessage()
                    + " Choose another --port (or --port 0 for any free one).");
        }
        cli.getOut().println("OrderCycle workbench: " + server.url());
        if (token != null) {
            cli.getOut().println("Listening on " + host + ": every request needs the token " + token);
        }
        cli.getOut().println("Stop with Ctrl+C.");
        cli.getOut().flush();
        if (open) {
            Browser.open(cli.getErr(), server.url());
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        Thread.currentThread().join();
        return 0;
    }
}
