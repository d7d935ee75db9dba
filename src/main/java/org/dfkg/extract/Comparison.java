package org.dfkg.extract;

/** How a figure relates to its value: 达到 (reach), 超过/以上/不少于 (at least), 左右 (about), 以下 (at most). */
public enum Comparison {
    REACH, AT_LEAST, AT_MOST, APPROXIMATELY, EXACTLY
}
