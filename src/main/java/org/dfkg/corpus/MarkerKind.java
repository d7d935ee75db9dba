package org.dfkg.corpus;

/** The numbering conventions of Chinese policy texts, with their rank in the outline (1 is outermost). */
public enum MarkerKind {
    CHAPTER(1),              // 第一章
    CHINESE_NUMBERED(2),     // 一、
    BOX(2),                  // 专栏一：
    UNNUMBERED_HEADING(2),   // a short line without punctuation (the 2010 work points)
    CHINESE_PARENTHESISED(3), // （一） or (一)
    ARABIC_NUMBERED(4),      // 1.
    ARABIC_PARENTHESISED(5), // （1）
    NONE(99);

    private final int rank;

    MarkerKind(int rank) {
        this.rank = rank;
    }

    public int rank() {
        return rank;
    }

    /** Item markers introduce numbered task items; the others introduce headings. */
    public boolean isItemLevel() {
        return this == CHINESE_PARENTHESISED || this == ARABIC_NUMBERED || this == ARABIC_PARENTHESISED;
    }
}
