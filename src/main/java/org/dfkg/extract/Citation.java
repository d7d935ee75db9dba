package org.dfkg.extract;

/**
 * A document cited by its title in 《…》. {@code title} is the title in the matching copy's one
 * form (Simplified characters, one kind of quotation marks), which names the cited work whatever
 * script a citing text uses; {@code printed} is the title as the citing text prints it. {@code key}
 * is the loose form (no quotation marks, no spaces) by which a citation finds a corpus document.
 * {@code documentNumber} is the 文号 given right after the title (闽政办〔2017〕34号), or null.
 * {@code implemented} is true when the citing text says it carries the cited document out (为贯彻落实《…》).
 * {@code taskKey} is null outside tasks.
 */
public record Citation(String title, String printed, String key, String documentNumber, boolean implemented, TextSpan evidence, String taskKey) {}
