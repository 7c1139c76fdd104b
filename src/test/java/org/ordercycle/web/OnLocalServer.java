package org.ordercycle.web;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A workbench server on 127.0.0.1 and a free port for each test, with a temporary project folder. */
abstract class OnLocalServer {
    @TempDir
    Path temp;
    WebTestServer web;

    @BeforeEach
    void start() {
        web = new WebTestServer(temp, "127.0.0.1", null, 1);
    }

    @AfterEach
    void stop() {
        web.close();
    }
}
