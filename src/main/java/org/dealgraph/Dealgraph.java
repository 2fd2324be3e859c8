package org.dealgraph;

import org.dealgraph.app.DealgraphApplication;
import org.dealgraph.cli.Cli;

import java.util.Arrays;

/**
 * The entry point of {@code dealgraph.jar}: {@code serve} (the default) starts the service; every other
 * command runs without starting it (see {@link Cli}).
 */
public final class Dealgraph {
    private Dealgraph() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || args[0].equals("serve")) {
            String[] springArgs = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
            DealgraphApplication.main(springArgs);
            return;
        }
        int status = new Cli(System.out, System.err).run(args);
        System.exit(status);
    }
}
