package org.kliping.app;

/** Entry point: no arguments opens the window, anything else runs the command line. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(0);
    }
}
