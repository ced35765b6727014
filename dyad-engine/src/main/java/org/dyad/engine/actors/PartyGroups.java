package org.dyad.engine.actors;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.engine.nlp.Sentence;
import org.dyad.engine.nlp.Token;
import org.dyad.model.CountrySource;
import org.dyad.model.EntityType;

/**
 * Groups named by their party, alone or with their legislature: "Democrats", "Senate Democrats", "House
 * Republicans", "the Tories". The party's member noun ({@code parties.tsv}, written in the plural) gives the
 * country (of a party of several countries, the one the story names); a legislature before it gives the
 * sector, LEG, else the group is the party's, PTY. A member noun with a role after it ("Labour MPs",
 * "Republican lawmakers") is the role's group, which {@link UnnamedActors} reads.
 */
final class PartyGroups {
  /** Adjectives of a legislature, which the roles list as no noun: "congressional Democrats". */
  private static final Set<String> LEGISLATIVE = Set.of("congressional", "parliamentary", "legislative");

  private PartyGroups() {}

  static void sentence(Run run, Sentence s, boolean[] used) {
    for (Token t : s.tokens()) {
      String w = t.text();
      List<String> countries = run.dictionary.party(w);
      if (used[t.index()] || countries.isEmpty() || !plural(w) || nextIsName(s, t)) {
        continue;
      }
      int first = t.index();
      boolean legislature = false;
      while (first > 0 && !used[first - 1] && legislative(run, s.token(first - 1))) {
        first--;
        legislature = true;
      }
      Span span = run.span(s, first, t.index());
      String country = run.ofStory(countries);
      String name = run.surface(span);
      Draft d = run.draft("PARTY:" + country + ":" + Dictionary.key(name), EntityType.GROUP, name);
      d.country(country, CountrySource.TEXT);
      d.sector = legislature ? "LEG" : "PTY";
      d.add(run.mention(span));
      Run.mark(used, span);
      if (s.parsed()) {
        run.place(d, s, t.index());
      }
    }
  }

  /** A member noun in the plural: "Democrats", "Dems", "Tories", "Republicans"; not "GOP" nor "Democratic". */
  private static boolean plural(String w) {
    return w.length() > 3 && (w.endsWith("s") || w.endsWith("ies")) && !w.equals(w.toUpperCase(Locale.ROOT));
  }

  /** "Democrats Abroad", "Republicans Overseas": a capitalised word after it makes it part of a name. */
  private static boolean nextIsName(Sentence s, Token t) {
    return t.index() + 1 < s.size() && s.token(t.index() + 1).isProperNoun();
  }

  private static boolean legislative(Run run, Token t) {
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    return LEGISLATIVE.contains(lemma) || Character.isUpperCase(t.text().charAt(0))
        && run.dictionary.role(lemma).map(r -> r.sector().startsWith("LEG") && r.body()).orElse(false);
  }
}
