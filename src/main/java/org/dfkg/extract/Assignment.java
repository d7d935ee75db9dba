package org.dfkg.extract;

import java.util.List;

/**
 * One party holding one role for one task, read from a responsibility clause: {@code surface} is
 * the name as the clause gives it (with a shared prefix or suffix applied), {@code otherNames} the
 * names it gives in brackets for the same party (市工信局（大数据局）).
 */
public record Assignment(AgencyRef party, Role role, String surface, List<String> otherNames, TextSpan evidence) {
    public Assignment {
        otherNames = List.copyOf(otherNames);
    }
}
