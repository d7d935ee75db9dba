package org.dfkg.extract;

/** One party holding one role for one task, read from a responsibility clause. */
public record Assignment(AgencyRef party, Role role, String surface, TextSpan evidence) {}
