package org.dfkg.validate;

/** One SHACL violation, with what a reader needs to find it: the shape, the focus node's label, the message and the source document. */
public record Finding(String shape, String focusNode, String focusLabel, String path, String message, String document) {
    public String summaryLine() {
        return "[" + shape + "] " + (focusLabel.isEmpty() ? focusNode : focusLabel + " <" + focusNode + ">")
                + (path.isEmpty() ? "" : " " + path) + ": " + message + (document.isEmpty() ? "" : " (document " + document + ")");
    }
}
