package org.dfkg.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextDecoderTest {
    private static final String TEXT = Sample.text();

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    @Test
    void gb18030AndGbkDecodeToTheSameTextAsUtf8() throws Exception {
        DecodedText utf8 = new TextDecoder().decode(write("u.txt", TEXT.getBytes(StandardCharsets.UTF_8)));
        DecodedText gb = new TextDecoder().decode(write("g.txt", TEXT.getBytes(Charset.forName("GB18030"))));
        DecodedText gbk = new TextDecoder().decode(write("k.txt", TEXT.getBytes(Charset.forName("GBK"))));
        assertEquals(TEXT, utf8.text());
        assertEquals(TEXT, gb.text(), "GB18030 detected as " + gb.charset());
        assertEquals(TEXT, gbk.text(), "GBK detected as " + gbk.charset());
    }

    @Test
    void byteOrderMarkIsRemoved() throws Exception {
        byte[] body = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        DecodedText d = new TextDecoder().decode(write("bom.txt", withBom));
        assertTrue(d.hadByteOrderMark());
        assertFalse(d.text().contains("\uFEFF"));
        assertEquals(TEXT, d.text());
    }

    @Test
    void badFilesAreRejectedWithTheirName() throws Exception {
        Path empty = write("empty.txt", new byte[0]);
        Path blank = write("blank.txt", " \n\t ".getBytes(StandardCharsets.UTF_8));
        Path binary = write("binary.txt", new byte[] {1, 2, 0, 3});
        byte[] invalid = TEXT.getBytes(StandardCharsets.UTF_8);
        invalid[10] = (byte) 0xFF;
        invalid[11] = (byte) 0xFE;
        Path broken = write("broken.txt", invalid);
        for (Path p : new Path[] {empty, blank, binary}) {
            CorpusException e = assertThrows(CorpusException.class, () -> new TextDecoder().decode(p));
            assertTrue(e.getMessage().contains(p.getFileName().toString()), e.getMessage());
        }
        CorpusException e = assertThrows(CorpusException.class, () -> new TextDecoder(1 << 20).decode(broken));
        assertTrue(e.getMessage().contains("broken.txt"), e.getMessage());
    }

    @Test
    void oversizedFileIsRejectedBeforeReading() throws Exception {
        Path big = write("big.txt", TEXT.getBytes(StandardCharsets.UTF_8));
        CorpusException e = assertThrows(CorpusException.class, () -> new TextDecoder(100).decode(big));
        assertTrue(e.getMessage().contains("larger than the limit"), e.getMessage());
    }
}
