package org.ordercycle.web;

import java.nio.file.Path;

/**
 * How the workbench is served.
 *
 * @param host      address to bind (127.0.0.1 unless the user says otherwise)
 * @param port      port, or 0 for any free port
 * @param scenarios the shipped scenarios folder (read only through the API)
 * @param reports   where experiments write their report folders
 * @param workspace the user's folder: saved scenarios and policies, readable scenarios
 * @param token     the token every API request must carry, or null on a loopback address
 * @param version   OrderCycle version written into manifests
 * @param workers   experiments run at the same time (one per core); others wait in the queue
 * @param abandonAfter how long a run the page started may go unwatched (every browser following it
 *                  gone) before it is cancelled
 */
public record WebOptions(String host, int port, Path scenarios, Path reports, Path workspace, String token,
                         String version, int workers, java.time.Duration abandonAfter) {

    /** How long a run started from the page survives its last browser leaving, unless told otherwise. */
    public static final java.time.Duration ABANDON_AFTER = java.time.Duration.ofSeconds(10);

    public WebOptions(String host, int port, Path scenarios, Path reports, Path workspace, String token,
                      String version, int workers) {
        this(host, port, scenarios, reports, workspace, token, version, workers, ABANDON_AFTER);
    }

    /** Most experiments waiting in the queue; one more is refused with 503. */
    public static final int QUEUE_CAPACITY = 20;
    /** Largest request body in bytes (a scenario is far smaller). */
    public static final long MAX_BODY = 1_000_000;

    /** True when {@code host} is a loopback address, which needs no token. */
    public static boolean loopback(String host) {
        return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
    }

    /** A fresh random token of 32 hexadecimal digits. */
    public static String newToken() {
        byte[] b = new byte[16];
        new java.security.SecureRandom().nextBytes(b);
        return java.util.HexFormat.of().formatHex(b);
    }
}
