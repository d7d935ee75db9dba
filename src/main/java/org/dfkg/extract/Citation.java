package org.dfkg.extract;

/**
 * A document cited by its title in 《…》. {@code key} is the normalised title that identifies the
 * cited work across the corpus; {@code documentNumber} is the 文号 given right after the title
 * (闽政办〔2017〕34号), or null. {@code implemented} is true when the citing text says it carries the
 * cited document out (为贯彻落实《…》). {@code taskKey} is null outside tasks.
 */
public record Citation(String title, String key, String documentNumber, boolean implemented, TextSpan evidence, String taskKey) {}
