package org.dfkg.extract;

/** The role an agency holds for a task. */
public enum Role {
    /** 牵头: leads the task. */
    LEAD("lead"),
    /** 配合: supports the lead. */
    SUPPORT("support"),
    /** 负责, or listed under 责任单位 without 牵头/配合. */
    RESPONSIBLE("responsible");

    private final String code;

    Role(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
