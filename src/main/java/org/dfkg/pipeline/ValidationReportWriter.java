package org.dfkg.pipeline;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.dfkg.validate.ValidationOutcome;

/** Writes the full SHACL report as Turtle. */
public final class ValidationReportWriter {
    private ValidationReportWriter() {}

    public static void write(ValidationOutcome outcome, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            RDFDataMgr.write(out, outcome.report(), RDFFormat.TURTLE_PRETTY);
        }
    }
}
