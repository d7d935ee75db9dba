package org.dfkg.corpus;

import java.nio.file.Path;

/** The bytes of one file decoded to text, with the byte-order mark removed. */
public record DecodedText(Path path, String charset, boolean hadByteOrderMark, String text) {}
