package org.dfkg.serve;

/**
 * How the endpoint is served. {@code port} 0 takes any free port; {@code loopbackOnly} binds to
 * 127.0.0.1 only; CORS allows every origin for browser clients of a read-only endpoint.
 */
public record ServerSettings(int port, String datasetName, boolean loopbackOnly) {
    public ServerSettings {
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be 0-65535, not " + port);
        if (!datasetName.matches("[A-Za-z0-9_-]+")) throw new IllegalArgumentException("dataset name must be letters, digits, - or _");
    }
}
