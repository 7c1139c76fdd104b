package org.ordercycle.cli;

import java.io.PrintWriter;

/** Opens an address in the user's browser, or says to open it by hand. */
final class Browser {
    private Browser() {
    }

    static void open(PrintWriter err, String url) {
        String os = System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT);
        String[] command = os.contains("win") ? new String[] {"rundll32", "url.dll,FileProtocolHandler", url}
                : os.contains("mac") ? new String[] {"open", url} : new String[] {"xdg-open", url};
        try {
            new ProcessBuilder(command).inheritIO().start();
        } catch (java.io.IOException e) {
            err.println("Could not open a browser (" + e.getMessage() + "): open " + url + " yourself.");
        }
    }
}
