package org.dfkg.extract;

/** A place of the reference data named in a task. */
public record PlaceMention(String placeId, String surface, TextSpan evidence) {}
