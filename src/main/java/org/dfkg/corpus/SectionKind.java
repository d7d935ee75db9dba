package org.dfkg.corpus;

public enum SectionKind {
    /** The document root: text before the first heading. */
    ROOT,
    /** The title line and the issuing notice with its signature. */
    NOTICE,
    /** The table of contents, which repeats the headings and is not part of the body. */
    CONTENTS,
    HEADING,
    /** A 专栏 box: glossaries and indicator tables set apart from the body. */
    BOX
}
