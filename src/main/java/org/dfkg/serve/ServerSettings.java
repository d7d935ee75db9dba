package org.dfkg.serve;

import java.nio.file.Path;
import org.dfkg.rdf.IriScheme;

/**
 * How the endpoint is served. {@code port} 0 takes any free port; {@code loopbackOnly} binds to
 * 127.0.0.1 only. {@code iris} is the base the IRIs were minted under: its {@code id/…} paths are
 * served at {@code /id/…} here. {@code dumps} is the folder of published dumps and {@code queries}
 * the folder of example queries the workbench offers.
 */
public record ServerSettings(int port, String datasetName, boolean loopbackOnly, IriScheme iris, Path dumps, Path queries) {
    public ServerSettings {
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be 0-65535, not " + port);
        if (!datasetName.matches("[A-Za-z0-9_-]+")) throw new IllegalArgumentException("dataset name must be letters, digits, - or _");
    }
}
