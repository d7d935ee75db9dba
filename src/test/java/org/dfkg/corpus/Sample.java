package org.dfkg.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Real text from the seed corpus, for tests that need Chinese prose. */
final class Sample {
    private Sample() {}

    static String text() {
        try {
            return Files.readString(Path.of("data/corpus/fj-2010-work-points.txt"), StandardCharsets.UTF_8).substring(0, 2000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
