package org.dyad.engine.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A CAMEO actor code and the days it holds ({@code RUSGOV 2008-05-08..}); an undated code holds when no dated
 * one does. Both days are included.
 */
record DatedCode(String code, @Nullable LocalDate from, @Nullable LocalDate until) {
  /** Reads a column of {@code ;}-separated codes: {@code CODE}, {@code CODE FROM..UNTIL}, {@code CODE FROM..}. */
  static List<DatedCode> parseAll(String column) {
    List<DatedCode> out = new ArrayList<>();
    for (String c : column.split(";")) {
      String s = c.strip();
      if (s.isEmpty()) {
        continue;
      }
      int space = s.indexOf(' ');
      if (space < 0) {
        out.add(new DatedCode(s, null, null));
        continue;
      }
      String range = s.substring(space + 1).strip();
      int dots = range.indexOf("..");
      if (dots < 0) {
        throw new IllegalArgumentException("no '..' in the dates of " + s);
      }
      String from = range.substring(0, dots);
      String until = range.substring(dots + 2);
      out.add(new DatedCode(s.substring(0, space), from.isEmpty() ? null : LocalDate.parse(from),
          until.isEmpty() ? null : LocalDate.parse(until)));
    }
    return out;
  }

  boolean dated() {
    return from != null || until != null;
  }

  boolean holdsOn(LocalDate date) {
    return (from == null || !date.isBefore(from)) && (until == null || !date.isAfter(until));
  }

  boolean endedBefore(LocalDate date) {
    return until != null && date.isAfter(until);
  }
}
