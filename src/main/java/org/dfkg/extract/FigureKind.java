package org.dfkg.extract;

/** A target is a goal to reach; an observation is a measured value the text reports. */
public enum FigureKind {
    TARGET("target"), OBSERVATION("observation");

    private final String code;

    FigureKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
