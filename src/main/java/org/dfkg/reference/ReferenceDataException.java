package org.dfkg.reference;

/** Reference data that cannot be used; the message names the file and line. */
public final class ReferenceDataException extends RuntimeException {
    public ReferenceDataException(String message) {
        super(message);
    }
}
