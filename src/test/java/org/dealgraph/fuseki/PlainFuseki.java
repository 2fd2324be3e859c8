package org.dealgraph.fuseki;

import org.apache.jena.fuseki.main.FusekiServer;

/**
 * A Fuseki server built only from a configuration file, with none of Dealgraph's code in front of it: the
 * baseline that {@code src/test/bench-all.sh} measures the service against.
 *
 * <p>Usage: {@code PlainFuseki CONFIG PORT}, run from the folder the configuration's paths are relative to.
 */
public final class PlainFuseki {
    private PlainFuseki() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: PlainFuseki CONFIG PORT");
            System.exit(2);
        }
        FusekiServer.create().parseConfigFile(args[0]).port(Integer.parseInt(args[1])).build().start().join();
    }
}
