package org.dfkg.corpus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decodes a source file. The charset comes from the byte-order mark or, failing that, from
 * juniversalchardet's statistical detector; decoding is strict so that a wrong guess is
 * reported instead of silently producing replacement characters.
 */
public final class TextDecoder {
    /** Larger files are rejected before they are read into memory. */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

    private final long maxBytes;

    public TextDecoder(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public TextDecoder() {
        this(DEFAULT_MAX_BYTES);
    }

    public DecodedText decode(Path path) throws CorpusException {
        byte[] bytes;
        try {
            long size = Files.size(path);
            if (size > maxBytes) {
                throw new CorpusException(path, "file is " + size + " bytes, larger than the limit of " + maxBytes + " bytes");
            }
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new CorpusException(path, "cannot read file (" + e.getMessage() + ")");
        }
        if (bytes.length == 0) {
            throw new CorpusException(path, "file is empty");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new CorpusException(path, "binary content (NUL byte at offset " + i + ")");
            }
        }
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
        Charset charset;
        int skip = 0;
        if (bom) {
            charset = StandardCharsets.UTF_8;
            skip = 3;
        } else {
            charset = detect(bytes);
        }
        String text = decodeStrict(path, bytes, skip, charset);
        if (text.isBlank()) {
            throw new CorpusException(path, "file contains only white space");
        }
        return new DecodedText(path, charset.name(), bom, text);
    }

    private static Charset detect(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name == null) {
            // Pure ASCII or too little text for statistics: UTF-8 decodes ASCII exactly.
            return StandardCharsets.UTF_8;
        }
        // GB2312 and GBK are subsets of GB18030; decoding with the superset loses nothing.
        if (name.equalsIgnoreCase("GB2312") || name.equalsIgnoreCase("GBK") || name.equalsIgnoreCase("HZ-GB-2312")) {
            return Charset.forName("GB18030");
        }
        return Charset.forName(name);
    }

    private static String decodeStrict(Path path, byte[] bytes, int skip, Charset charset) throws CorpusException {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new CorpusException(path, "not valid " + charset.name() + " text (" + e.getMessage() + ")");
        }
    }
}
