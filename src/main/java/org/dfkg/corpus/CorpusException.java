package org.dfkg.corpus;

import java.nio.file.Path;

/** A source file that cannot be read as a policy text. The message always names the file. */
public final class CorpusException extends Exception {
    private final Path file;

    public CorpusException(Path file, String reason) {
        super(file + ": " + reason);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
