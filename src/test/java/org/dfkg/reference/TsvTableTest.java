package org.dfkg.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The curators' tables: comments and blank lines skipped, quotation marks kept as text, errors named by file and line. */
class TsvTableTest {
    @TempDir
    Path tmp;

    @Test
    void rowsKeepTheirLinesAndTheirText() throws Exception {
        Path f = Files.writeString(tmp.resolve("t.tsv"), "# a comment\n\nword\tkind\n# another\n“数字福建”\"q\"\tlabel\n\n 省X \ta|b| c\n", StandardCharsets.UTF_8);
        TsvTable t = TsvTable.read(f, "word", "kind");
        assertEquals(2, t.rows().size());
        assertEquals(5, t.rows().get(0).line());
        assertEquals("“数字福建”\"q\"", t.rows().get(0).get("word"));
        assertEquals(7, t.rows().get(1).line());
        assertEquals("省X", t.rows().get(1).get("word"));
        assertEquals(List.of("a", "b", "c"), t.rows().get(1).list("kind"));
    }

    @Test
    void errorsNameTheFileAndLine() throws Exception {
        Path columns = Files.writeString(tmp.resolve("c.tsv"), "# c\nword\tkind\nonly-one\n", StandardCharsets.UTF_8);
        assertEquals(columns + ":3: expected 2 tab-separated columns, found 1",
                assertThrows(ReferenceDataException.class, () -> TsvTable.read(columns)).getMessage());
        Path missing = Files.writeString(tmp.resolve("m.tsv"), "\nword\n", StandardCharsets.UTF_8);
        assertEquals(missing + ":2: missing column 'kind'", assertThrows(ReferenceDataException.class, () -> TsvTable.read(missing, "kind")).getMessage());
        Path empty = Files.writeString(tmp.resolve("e.tsv"), "# nothing\n", StandardCharsets.UTF_8);
        assertEquals(empty + ": no header row", assertThrows(ReferenceDataException.class, () -> TsvTable.read(empty)).getMessage());
    }
}
