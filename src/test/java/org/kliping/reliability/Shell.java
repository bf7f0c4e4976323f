package org.kliping.reliability;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/** Runs a system command (mount, umount, chattr ...) for tests that set up media; its exit code, -1 after 30 s. */
final class Shell {

    private Shell() {
    }

    static int sh(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }
}
