package org.dyad.engine.actors;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dyad.engine.nlp.Sentence;
import org.dyad.engine.nlp.Token;
import org.dyad.model.EntityType;
import org.jspecify.annotations.Nullable;

/**
 * The title grammar: what a title or a description says of the person it names.
 *
 * <pre>
 * title       := [nation | country 's | organisation] modifier* office [("to" | "in") place] Name
 * description := the same noun phrase in apposition: "Name, Japan's foreign minister," "the foreign
 *                minister of Iran, Name," "Name, a spokesman for the rebel group"
 * </pre>
 *
 * <p>The office is the longest role phrase of the dictionaries ending before the name ("Prime Minister",
 * "Foreign Ministry spokesman", or a single office word "Minister", "Secretary"); modifiers are the
 * capitalised words of a department ("Planning and Investment", "Foreign Trade", "Oil") joined by "and", "of",
 * "for" or hyphens, and the words {@code roles.tsv} lists as modifiers ("former", "acting", "Deputy",
 * "Vice", "First"; "former" makes the office an ex-officeholder's, ELI). A lower-case office is a title only
 * after a nation or when the dictionaries list it as one ("Brazilian finance minister Dilson Funaro"). An
 * ambassador or envoy "to" or "in" a place belongs to the country that sends them, not the place.
 */
final class Titles {
  /**
   * What a title or description says.
   *
   * @param first the first token of the title, its nation included
   * @param last the last token of the title
   * @param role the role's text, without the nation ("Oil Minister", "former President")
   * @param sector the CAMEO sector the office gives, empty when none
   * @param country the country of the nation or organisation named in it, when one is
   * @param code the actor code of an international organisation named in it ("UN Secretary-General")
   */
  record Title(int first, int last, String role, String sector, @Nullable String country, @Nullable String code) {}

  private static final Set<String> JOINERS = Set.of("and", "&", "of", "for", "-");
  private static final Set<String> POSSESSIVE = Set.of("'s", "’s", "'", "’");
  private static final Set<String> SENT = Set.of("to", "in");
  private static final Set<String> OF_FOR = Set.of("of", "for");
  /** Nouns of one chosen for an office: "Biden's pick for national security adviser". */
  private static final Set<String> SELECTED = Set.of("pick", "choice", "nominee", "appointee");
  /** Prepositions of the office one is chosen for: "pick for national security adviser", "nominee as". */
  private static final Set<String> FOR_AS = Set.of("for", "as");

  private final Run run;

  Titles(Run run) {
    this.run = run;
  }

  /** The title ending right before token {@code nameFirst}, or null. */
  @Nullable Title before(Sentence s, int nameFirst, List<Span> dict) {
    int end = nameFirst - 1;
    if (end > 0 && isInitial(s.token(end).text())) {
      end--; // "foreign adviser Md. Touhid Hossain": an abbreviated first name the NER left out
    }
    if (end < 0) {
      return null;
    }
    Office office = office(s, end);
    Span place = Matches.endingAt(dict, end);
    if (office == null && place != null && place.first() >= 2 && SENT.contains(s.token(place.first() - 1).text())) {
      // "Ambassador to Athens Akiman": the place is the receiving one, the title the sending country's.
      office = office(s, place.first() - 2);
      office = office != null && office.role().kind() == Dictionary.RoleKind.ENVOY ? office : null;
    }
    for (int k = end - 1; office == null && k > 0 && k >= end - 5; k--) {
      // "vice minister for international affairs Makoto Kuroda", "Minister of State for Trade Name".
      Token t = s.token(k + 1);
      if (!(t.isNoun() || t.pos().startsWith("JJ")) || t.ner().equals("PERSON")) {
        break;
      }
      if (OF_FOR.contains(s.token(k).text())) {
        office = office(s, k - 1);
      }
    }
    if (office == null) {
      return null;
    }
    int first = office.first();
    boolean capitalised = Character.isUpperCase(s.token(office.first()).text().charAt(0));
    String sector = office.role().sector();
    String modifierSector = null;
    String country = null;
    String code = null;
    int nationFirst = -1;
    Span over = Matches.containing(dict, office.first());
    if (over != null && over.first() < office.first() && over.last() <= end
        && run.entryOf(over).kind() == Dictionary.Kind.ORGANIZATION) {
      // "U.N. Secretary-General" as one phrase of the dictionaries: the organisation's office.
      Dictionary.Entry e = run.entryOf(over);
      country = e.country();
      code = e.country() == null ? e.code() : null;
      nationFirst = over.first();
    }
    for (int j = office.first() - 1; j >= 0 && nationFirst < 0; j--) {
      if (j >= 3 && s.token(j).text().equals(")") && s.token(j - 2).text().equals("(")) {
        j -= 2; // "European Community (EC) commissioner": the acronym in brackets
        continue;
      }
      Token t = s.token(j);
      Span nation = Matches.endingAt(dict, j);
      if (nation != null && run.isNation(nation)) {
        country = run.stateOf(nation);
        nationFirst = nation.first();
        break;
      }
      if (POSSESSIVE.contains(t.text()) && j > 0) {
        Span owner = Matches.endingAt(dict, j - 1);
        if (owner != null && run.nationOf(owner) != null) {
          country = run.stateOf(owner);
          nationFirst = owner.first();
        }
        break;
      }
      if (nation != null) {
        Dictionary.Entry e = run.entryOf(nation);
        if (e.kind() == Dictionary.Kind.ORGANIZATION) {
          // "UN Secretary-General", "Toyota President": the organisation's country or code.
          country = e.country();
          code = e.country() == null ? e.code() : null;
          nationFirst = nation.first();
        }
        break;
      }
      Optional<String> modifier = run.dictionary.modifier(t.text());
      if (modifier.isPresent()) {
        if (!modifier.get().isEmpty()) {
          modifierSector = modifier.get();
        }
        first = j;
        continue;
      }
      String w = t.text();
      boolean upper = Character.isUpperCase(w.charAt(0));
      if (JOINERS.contains(w.toLowerCase(Locale.ROOT)) && j > 0) {
        continue;
      }
      boolean named = !t.ner().equals("O") && !t.ner().equals("ORGANIZATION") && !t.ner().equals("MISC");
      if (named || !(t.isNoun() || t.pos().startsWith("JJ") || t.pos().equals("VBN"))) {
        break; // a person, a date, a place: no part of a title
      }
      if (upper) {
        first = j;
        capitalised = true;
        if (sector.isEmpty()) {
          sector = run.dictionary.role(t.lemma()).map(Dictionary.Role::sector).orElse(sector);
        }
      } else if (t.isNoun() || t.pos().startsWith("JJ")) {
        first = j;
      } else {
        break;
      }
    }
    while (first < office.first() && JOINERS.contains(s.token(first).text().toLowerCase(Locale.ROOT))) {
      first++;
    }
    if (nationFirst < 0 && !capitalised && !office.role().title()) {
      return null; // "the businessman Smith"? Only a nation or a listed title makes lower case a title
    }
    if (modifierSector != null && !sector.isEmpty()) {
      sector = modifierSector;
    }
    String role = run.surface(s, first, end);
    return new Title(nationFirst >= 0 ? nationFirst : first, end, role, sector, country, code);
  }

  /**
   * The title before a name that opens sentence {@code s} because the sentence splitter ended the one before
   * at an abbreviated first name ("foreign adviser Md. | Touhid Hossain said"), read in that sentence (its
   * nations unread); null when the sentence before ends otherwise.
   */
  @Nullable Title beforeSplit(Sentence s) {
    if (s.index() == 0 || s.size() == 0) {
      return null;
    }
    Sentence prev = run.sentences.get(s.index() - 1);
    int dot = prev.size() - 1;
    if (dot < 2 || !prev.token(dot).text().equals(".")) {
      return null;
    }
    Token initial = prev.token(dot - 1);
    boolean abbreviated = initial.end() == prev.token(dot).start() && initial.text().length() <= 3
        && Character.isUpperCase(initial.text().charAt(0)) && isInitial(initial.text() + ".");
    boolean adjacent = run.text.substring(prev.token(dot).end(), s.token(0).start()).equals(" ");
    return abbreviated && adjacent ? before(prev, dot - 1, List.of()) : null;
  }

  /** "Md.", "J.": a capitalised abbreviation that is no office. */
  private boolean isInitial(String w) {
    return w.length() <= 4 && w.endsWith(".") && Character.isUpperCase(w.charAt(0))
        && run.dictionary.role(w).isEmpty() && run.dictionary.modifier(w).isEmpty();
  }

  /** An office ending at token {@code last}: its role and first token. */
  private record Office(int first, Dictionary.Role role) {}

  private @Nullable Office office(Sentence s, int last) {
    if (last < 0 || !s.token(last).isNoun()) {
      return null;
    }
    for (int len = Math.min(run.dictionary.longestRoleWords(), last + 1); len >= 1; len--) {
      int first = last - len + 1;
      Optional<Dictionary.Role> r = run.dictionary.role(run.surface(s, first, last));
      if (r.isPresent() && !r.get().body()) {
        return new Office(first, r.get());
      }
    }
    // "Vice-Premier", "ex-President": a hyphenated office whose last part is one.
    String w = s.token(last).text();
    int hyphen = w.lastIndexOf('-');
    if (hyphen > 0) {
      Optional<Dictionary.Role> r = run.dictionary.role(w.substring(hyphen + 1));
      if (r.isPresent() && !r.get().body()
          && run.dictionary.modifier(w.substring(0, hyphen)).isPresent()) {
        String sector = run.dictionary.modifier(w.substring(0, hyphen)).get();
        return new Office(last, sector.isEmpty() ? r.get()
            : r.get().with(sector, r.get().kind()));
      }
    }
    return null;
  }

  /**
   * "Biden's pick for national security adviser, Jake Sullivan": the office a person is chosen for, of the
   * country of whoever chose them (a person or a state), or of the office's own phrase.
   */
  private @Nullable Title selected(Sentence s, int head, int skip, List<Span> dict) {
    for (Token c : s.tree().children(head)) {
      Title office = c.rel().startsWith("nmod") && c.index() != skip && s.tree().hasCaseIn(c, FOR_AS)
          ? describe(s, c.index(), skip, dict) : null;
      if (office == null) {
        continue;
      }
      String country = office.country();
      for (Token p : s.tree().children(head)) {
        Draft chooser = p.rel().equals("nmod:poss") ? run.draftAt(p) : null;
        if (chooser != null && country == null) {
          country = chooser.country;
        }
      }
      return new Title(head, office.last(), office.role(), office.sector(), country, office.code());
    }
    return null;
  }

  /**
   * What a noun phrase headed by {@code head} says as a description of a person ("Japan's foreign minister",
   * "foreign minister of Iran", "a spokesman for the rebel group"), leaving out the subtree of {@code skip}
   * (the name it describes); null when its head is no role of a person.
   */
  @Nullable Title describe(Sentence s, int head, int skip, List<Span> dict) {
    Token h = s.token(head);
    if (!h.isNoun() || h.isProperNoun() && h.ner().equals("PERSON")) {
      return null;
    }
    int roleFirst = -1;
    Dictionary.Role role = null;
    for (int len = Math.min(run.dictionary.longestRoleWords(), head + 1); len >= 1 && role == null; len--) {
      int first = head - len + 1;
      String phrase = run.text.substring(s.token(first).start(), h.start()) + h.lemma();
      Optional<Dictionary.Role> r = run.dictionary.role(phrase);
      if (r.isPresent() && !r.get().body()) {
        role = r.get();
        roleFirst = first;
      }
    }
    if (role == null) {
      return SELECTED.contains(h.lemma().toLowerCase(Locale.ROOT)) ? selected(s, head, skip, dict) : null;
    }
    String sector = role.sector();
    String country = null;
    String code = null;
    int first = roleFirst;
    boolean ambassador = role.kind() == Dictionary.RoleKind.ENVOY;
    for (Token t : s.tokens()) {
      if (t.index() == head || !s.tree().dominates(head, t.index()) || skip >= 0 && s.tree().dominates(skip, t.index())
          || excluded(s, head, t, ambassador)) {
        continue;
      }
      if (t.index() < roleFirst) {
        Optional<String> m = run.dictionary.modifier(t.text());
        if (m.isPresent() && !m.get().isEmpty() && !sector.isEmpty()) {
          sector = m.get();
        }
      }
      if (country != null || code != null) {
        continue;
      }
      Span d = Matches.containing(dict, t.index());
      if (d != null && run.nationOf(d) != null) {
        country = run.stateOf(d);
      } else if (d != null && "IGO".equals(run.entryOf(d).orgType())) {
        code = run.entryOf(d).code();
      } else {
        Draft org = run.draftAt(t);
        if (org != null && org.country != null && org.type != EntityType.PERSON) {
          country = org.country;
        }
      }
      if (sector.isEmpty() && t.isNoun()) {
        sector = run.dictionary.role(t.lemma()).map(Dictionary.Role::sector).orElse("");
      }
      if (t.index() < roleFirst && t.index() < first && !t.pos().equals("DT")) {
        first = t.index();
      }
    }
    while (first < head && (s.token(first).pos().equals("DT") || s.token(first).pos().equals("CD"))) {
      first++;
    }
    return new Title(first, head, run.surface(s, roleFirst, head), sector, country, code);
  }

  /** A token of the receiving side of an envoy's phrase ("ambassador to Japan", "envoy in Kabul"). */
  private static boolean excluded(Sentence s, int head, Token t, boolean envoy) {
    if (!envoy) {
      return false;
    }
    for (Token c : s.tree().children(head)) {
      if (c.rel().startsWith("nmod") && s.tree().hasCaseIn(c, SENT) && s.tree().dominates(c.index(), t.index())) {
        return true;
      }
    }
    return false;
  }

  /** Whether an office's sector is that of a state (government, military, police, legislature, courts). */
  static boolean domestic(@Nullable String sector) {
    return sector != null && (sector.startsWith("GOV") || sector.startsWith("MIL") || sector.startsWith("COP")
        || sector.startsWith("LEG") || sector.startsWith("JUD") || sector.startsWith("SPY"));
  }
}
