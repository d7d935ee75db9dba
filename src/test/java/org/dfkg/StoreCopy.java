package org.dfkg;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** A copy of a published store for a test to damage or serve from another process; the lock files of its owner stay behind. */
public final class StoreCopy {
    private StoreCopy() {}

    public static Path of(Path source, Path target) throws IOException {
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : walk.toList()) {
                Path to = target.resolve(source.relativize(p).toString());
                String name = p.getFileName().toString();
                if (Files.isDirectory(p)) Files.createDirectories(to);
                else if (!name.equals("tdb.lock") && !name.equals("write.lock")) Files.copy(p, to, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        return target;
    }
}
