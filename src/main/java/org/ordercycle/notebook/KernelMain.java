package org.ordercycle.notebook;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;

/**
 * Starts the notebooks' Java kernel: {@code java -Djava.awt.headless=true -cp ordercycle-all.jar
 * org.ordercycle.notebook.KernelMain <connection-file>}. Jupyter writes the connection file (ports,
 * key) and passes its path; {@code notebooks/install-kernel.sh} registers this command as the
 * {@code ordercycle-java} kernelspec.
 */
public final class KernelMain {
    private KernelMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: java -cp ordercycle-all.jar org.ordercycle.notebook.KernelMain <connection-file>");
            System.exit(2);
        }
        System.setProperty("java.awt.headless", "true");
        var properties = KernelConnectionProperties.parse(Files.readString(Path.of(args[0])));
        JupyterConnection connection = new JupyterConnection(properties);
        OrderCycleKernel kernel = new OrderCycleKernel(System.getProperty("java.class.path"));
        kernel.onStartup();
        kernel.becomeHandlerForConnection(connection);
        connection.connect();
        connection.waitUntilClose();
        kernel.close();
    }
}
