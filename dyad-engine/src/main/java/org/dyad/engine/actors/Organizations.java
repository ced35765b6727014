package org.dyad.engine.actors;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dyad.engine.nlp.Sentence;
import org.dyad.engine.nlp.Token;
import org.dyad.model.CountrySource;
import org.dyad.model.EntityType;
import org.jspecify.annotations.Nullable;

/**
 * Organisations and places: the phrases of the dictionaries (countries, capitals, metonyms, IGOs, outlets,
 * the Phoenix organisations) and the organisations the NER names. A named organisation takes its country
 * from a nation in or before its name ("the Turkish Foreign Ministry", "Kenya's Foreign Ministry",
 * "Seoul-based Korea University") and its sector from the words of its name; a body of a state named
 * without one ("the Foreign Ministry", "the Senate Finance Committee") is domestic: it takes the story's.
 */
final class Organizations {
  /** The small words inside an organisation's name: "Economic Community of West African States". */
  private static final Set<String> LONG_NAME_JOINERS = Set.of("of", "for", "and", "on", "&");

  private final Run run;

  Organizations(Run run) {
    this.run = run;
  }

  void named(Sentence s, Span ner, List<Span> dict, boolean[] used) {
    String name = run.surface(ner);
    for (Span d : dict) {
      if (d.first() <= ner.first() && ner.last() <= d.last()) {
        return; // the dictionary knows it: dictionaryMention handles it
      }
    }
    String key = "ORG:" + Dictionary.key(name);
    Draft d = run.drafts.get(key);
    Span nation = nationBefore(s, ner, dict);
    String marked = nation == null ? null : run.stateOf(nation);
    String was = d == null ? null : d.country != null ? d.country : d.domestic ? run.inferred(d.type) : null;
    if (d != null && marked != null && was != null && !marked.equals(was)) {
      // "South Korea's Foreign Ministry" after Japan's "Foreign Ministry" (marked, or unmarked in a Japanese
      // story): another country's body of that name
      key = key + "@" + marked;
      d = run.drafts.get(key);
    }
    if (d == null) {
      d = acronymOf(name);
    }
    if (d == null) {
      d = startingWith(run, name);
    }
    int first = ner.first();
    if (d == null) {
      // "Foreign Office Spokesperson said": a person named by an office, whom "he" and "the spokesperson" follow.
      String[] all = name.toLowerCase(Locale.ROOT).split("\\s+");
      boolean office = all.length > 1 && run.dictionary.role(all[all.length - 1])
          .map(r -> r.title() || r.kind() == Dictionary.RoleKind.NOUN && r.sector().isEmpty()).orElse(false);
      d = run.draft(key, office ? EntityType.PERSON : EntityType.ORGANIZATION, name);
      if (office) {
        d.role = name;
      }
      // The roles its words name, longest first: "Foreign Office Spokesperson" is of a state's office.
      String[] words = name.toLowerCase(Locale.ROOT).split("[^a-z]+");
      // "House Agriculture Committee", "Senate Finance Committee": a chamber's committee, of the legislature.
      boolean committee = words.length > 1 && run.dictionary.role(words[words.length - 1])
          .map(r -> r.kind() == Dictionary.RoleKind.BODY).orElse(false);
      for (int i = 0; i < words.length; i++) {
        for (int n = Math.min(words.length - i, 3); n >= 1; n--) {
          Optional<Dictionary.Role> r = run.dictionary.role(String.join(" ", List.of(words).subList(i, i + n)));
          boolean chamber = r.isPresent() && r.get().kind() == Dictionary.RoleKind.CHAMBER;
          if (chamber && !bareChamber(s, ner.first(), ner.last()) && !(i == 0 && committee)) {
            continue; // "the Sydney Opera House" is no legislature
          }
          if (r.isPresent() && !r.get().sector().isEmpty()) {
            d.sector = r.get().sector();
            d.domestic |= r.get().kind() == Dictionary.RoleKind.STATE || chamber;
            i += n - 1;
            break;
          }
        }
      }
      for (Span inner : dict) {
        if (ner.contains(inner) && run.isNation(inner)) {
          d.country(run.nationOf(inner), CountrySource.TEXT);
        } else if (inner.first() == ner.first() && inner.last() < ner.last() && ner.contains(inner)
            && run.entryOf(inner).kind() == Dictionary.Kind.ORGANIZATION) {
          // "United Nations Observer Mission", "Fatah Party": a body or the party of a known organisation.
          Dictionary.Entry e = run.entryOf(inner);
          d.country(e.country(), CountrySource.DICTIONARY);
          if (e.country() == null && d.code == null) {
            d.code = e.code();
          }
        }
      }
      if (nation != null) {
        d.country(marked, CountrySource.TEXT);
        first = nation.first();
      }
      d.country(basedIn(s, ner, dict), CountrySource.TEXT);
      if (!run.dictionary.party(name).isEmpty() && d.country == null) {
        d.country(run.ofStory(run.dictionary.party(name)), CountrySource.DICTIONARY); // "Labour", "Tories"
        d.sector = "PTY";
      }
    }
    Span whole = run.span(s, first, ner.last());
    d.add(run.mention(whole));
    Run.mark(used, whole);
    run.place(d, s, ner.last());
  }

  /**
   * "The Commonwealth of West African States (ECOWAS)": a capitalised name written out before an organisation's
   * acronym in brackets is a mention of that organisation, whatever the dictionaries make of its words.
   */
  void spelledOut(Sentence s, boolean[] used) {
    for (int open = 2; open + 2 < s.size(); open++) {
      Draft org = s.token(open).text().equals("(") && s.token(open + 2).text().equals(")")
          ? run.draftAt(s.token(open + 1)) : null;
      if (org == null || org.type != EntityType.ORGANIZATION || used[open - 1]) {
        continue;
      }
      int first = open;
      int capitals = 0;
      for (int j = open - 1; j >= 0 && !used[j]; j--) {
        String w = s.token(j).text();
        if (Character.isUpperCase(w.charAt(0))) {
          first = j;
          capitals++;
        } else if (!LONG_NAME_JOINERS.contains(w)) {
          break;
        }
      }
      if (capitals >= 2) {
        Span name = run.span(s, first, open - 1);
        org.add(run.mention(name));
        Run.mark(used, name);
      }
    }
  }

  /**
   * "The Diet passed the bill", "the House voted": a chamber of {@code roles.tsv} written bare with its capital
   * that the NER left unnamed is the legislature of the story's country.
   */
  void chambers(Sentence s, boolean[] used) {
    for (Token t : s.tokens()) {
      Dictionary.Role r = used[t.index()] ? null : run.dictionary.role(t.text()).orElse(null);
      if (r == null || r.kind() != Dictionary.RoleKind.CHAMBER || !bareChamber(s, t.index(), t.index())) {
        continue;
      }
      Span whole = run.span(s, t.index(), t.index());
      Draft d = run.draft("ORG:" + Dictionary.key(t.text()), EntityType.ORGANIZATION, t.text());
      d.sector = r.sector();
      d.domestic = true;
      d.add(run.mention(whole));
      Run.mark(used, whole);
      run.place(d, s, t.index());
    }
  }

  /**
   * Whether tokens {@code first..last} are one capitalised word after "the" and before no other name: "the
   * House", "the Diet"; not "the house", "the Opera House", "the House Intelligence Committee".
   */
  private static boolean bareChamber(Sentence s, int first, int last) {
    Token t = s.token(first);
    return first == last && first > 0 && s.token(first - 1).text().equalsIgnoreCase("the")
        && Character.isUpperCase(t.text().charAt(0)) && !t.text().equals(t.text().toUpperCase(Locale.ROOT))
        && (first + 1 >= s.size() || !s.token(first + 1).isProperNoun());
  }

  /** "the Turkish Foreign Ministry", "Kenya's Foreign Ministry": the nation right before the name. */
  private @Nullable Span nationBefore(Sentence s, Span ner, List<Span> dict) {
    int j = ner.first() - 1;
    if (j >= 1 && Matches.possessive(s.token(j))) {
      j--;
    }
    Span nation = Matches.endingAt(dict, j);
    return nation != null && run.isNation(nation) ? nation : null;
  }

  /** "Seoul-based Korea University": the country of the place before "-based". */
  private @Nullable String basedIn(Sentence s, Span ner, List<Span> dict) {
    int i = ner.first() - 1;
    if (i >= 2 && s.token(i).lemma().equals("base") && s.token(i - 1).text().equals("-")) {
      Span place = Matches.endingAt(dict, i - 2);
      return place == null ? null : run.nationOf(place);
    }
    return null;
  }

  /** "BankAmerica" after "BankAmerica Corp", "Moody" after "Moody's Investors Service Inc". */
  static @Nullable Draft startingWith(Run run, String name) {
    String k = Dictionary.key(name);
    for (Draft d : run.drafts.values()) {
      if (d.type == EntityType.ORGANIZATION && d.key.startsWith("ORG:" + k) && d.key.length() > 4 + k.length()
          && !Character.isLetterOrDigit(d.key.charAt(4 + k.length()))) {
        return d;
      }
    }
    return null;
  }

  private @Nullable Draft acronymOf(String name) {
    if (name.length() < 2 || !name.equals(name.toUpperCase(Locale.ROOT))) {
      return null;
    }
    for (Draft d : run.drafts.values()) {
      if (d.type == EntityType.ORGANIZATION) {
        StringBuilder initials = new StringBuilder();
        for (String w : d.name.split("\\s+")) {
          if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
            initials.append(w.charAt(0));
          }
        }
        if (initials.toString().equals(name)) {
          return d;
        }
      }
    }
    return null;
  }

  void dictionaryMention(Sentence s, Span span, boolean[] used) {
    Dictionary.Entry e = run.entryOf(span);
    boolean minority = e.kind() == Dictionary.Kind.DEMONYM && span.first() > 0 && !used[span.first() - 1]
        && s.token(span.first() - 1).text().equalsIgnoreCase("ethnic");
    if (e.kind() == Dictionary.Kind.ETHNIC || minority) {
      group(s, span, e, minority, used);
      return;
    }
    String code = e.code();
    String country = e.country();
    if (e.known() != null) {
      String then = e.known().codeOn(run.date, run.dictionary::countryPartOf);
      if (then != null) {
        code = then;
        country = run.dictionary.countryOfCode(then);
      }
    }
    Draft d = switch (e.kind()) {
      case COUNTRY, DEMONYM -> run.draft("CTY:" + country, EntityType.COUNTRY, e.name());
      case CAPITAL, CITY -> run.draft("LOC:" + e.name(), EntityType.LOCATION, e.name());
      case METONYM -> run.draft("MET:" + e.name(), EntityType.ORGANIZATION, e.name());
      // "Latin American countries": the countries of a region, as one side
      default -> run.draft("ORG:" + code + ":" + e.name(),
          "REGION".equals(e.orgType()) ? EntityType.GROUP : EntityType.ORGANIZATION, e.name());
    };
    boolean organisation = e.kind() == Dictionary.Kind.ORGANIZATION;
    if (organisation && country != null && foreignAbbreviation(span, e, country)) {
      // "CBC" in a story of Washington that names no Canada: another body of that name, or one of no side
      Dictionary.Entry local = run.dictionary.lookup(run.surface(span)).stream()
          .filter(o -> o.kind() == Dictionary.Kind.ORGANIZATION && context().equals(o.country())).findFirst()
          .orElse(null);
      code = local != null ? local.code() : null;
      country = local != null ? local.country() : null;
      if (local == null) {
        d.name = run.surface(span); // the letters, not the dictionary's reading of them
        d.sector = d.sector == null && e.code().length() > 3 ? e.code().substring(3) : d.sector;
      }
    }
    d.country(country, organisation ? CountrySource.DICTIONARY : CountrySource.TEXT);
    if (d.code == null) {
      d.code = code;
    }
    if (e.kind() == Dictionary.Kind.CAPITAL || e.kind() == Dictionary.Kind.METONYM) {
      seat(d, e);
    }
    Span whole = withKind(s, span, d.code == null ? code : d.code, used);
    d.add(run.mention(whole));
    Run.mark(used, whole);
    run.place(d, s, whole.last());
  }

  /**
   * Whether a body named by an abbreviation ("CBC", "ABC", "PNA") that the article does not spell out belongs to
   * a country the story never names, while the story's place is another country (its dateline, else the
   * country it names most): the letters may stand for a body of either, and the dictionary's reading is a
   * guess.
   */
  private boolean foreignAbbreviation(Span span, Dictionary.Entry e, String country) {
    String letters = run.surface(span);
    boolean abbreviation = letters.length() <= 6 && letters.chars().allMatch(c -> Character.isUpperCase(c) || c == '.');
    return abbreviation && !context().isEmpty() && !context().equals(country)
        && run.named.getOrDefault(country, 0) == 0
        && (e.name().equals(letters) || !run.text.toLowerCase(Locale.ROOT).contains(e.name().toLowerCase(Locale.ROOT)));
  }

  /** The story's country: its dateline's, else the one it names most; empty when neither is known. */
  private String context() {
    return run.dateline != null ? run.dateline : run.home != null ? run.home : "";
  }

  /** Whether the entity is an ethnic group or a nation's minority ({@link #group}). */
  static boolean isGroup(Draft d) {
    return d.key.startsWith("ETH:");
  }

  /**
   * An ethnic group ("Yoruba", "the Kurds") or a nation's minority ("ethnic Albanians"): a group of the country
   * where the story places it ({@link Run#ofStory}, {@link Run#minorityOf}), coded CVL as Phoenix codes ethnic
   * groups.
   */
  private void group(Sentence s, Span span, Dictionary.Entry e, boolean minority, boolean[] used) {
    String country = minority ? run.minorityOf(e.country()) : run.nationOf(span);
    Span whole = minority ? run.span(s, span.first() - 1, span.last()) : span;
    String name = minority ? run.surface(whole) : e.name();
    Draft d = run.draft("ETH:" + Dictionary.key(name) + ":" + country, EntityType.GROUP, name);
    d.country(country, CountrySource.TEXT);
    d.sector = "CVL";
    d.add(run.mention(whole));
    Run.mark(used, whole);
    run.place(d, s, whole.last());
  }

  /**
   * The organisation's name with the common noun of its kind after it ("the Yedioth Ahronoth newspaper", "Kyodo
   * news agency"): a role noun whose sector is the organisation's.
   */
  private Span withKind(Sentence s, Span span, String code, boolean[] used) {
    int next = span.last() + 1;
    if (next >= s.size() || used[next] || !s.token(next).isNoun() || s.token(next).isProperNoun()) {
      return span;
    }
    String part = run.dictionary.countryPartOf(code);
    String sector = part == null ? code : code.substring(part.length());
    Optional<Dictionary.Role> r = run.dictionary.role(s.token(next).lemma());
    boolean same = r.isPresent() && !r.get().sector().isEmpty() && sector.endsWith(r.get().sector());
    return same ? run.span(s, span.first(), next) : span;
  }

  /** A capital or metonym speaks for the state whose seat it was on the document's date. */
  private void seat(Draft d, Dictionary.Entry e) {
    if (e.country() != null) {
      String then = run.seatOf(e.country());
      if (!then.equals(e.country())) {
        String code = run.dictionary.country(then).map(Dictionary.Country::code).orElse(then);
        String was = run.dictionary.country(e.country()).map(Dictionary.Country::code).orElse(e.country());
        d.country = then;
        d.code = e.code().startsWith(was) ? code + e.code().substring(was.length()) : e.code();
      }
    }
  }

  /**
   * The organisation a definite body noun refers back to: "the ministry" after "the Foreign Ministry", the
   * latest named organisation whose name holds the noun; null when none does.
   */
  @Nullable Draft antecedent(String bodyNoun) {
    Draft found = null;
    int latest = -1;
    String noun = bodyNoun.toLowerCase(Locale.ROOT);
    for (Draft d : run.drafts.values()) {
      if (d.type != EntityType.ORGANIZATION) {
        continue;
      }
      boolean holds = false;
      for (String w : d.name.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
        holds |= w.equals(noun);
      }
      int last = d.mentions.stream().mapToInt(m -> m.start()).max().orElse(-1);
      if (holds && last > latest) {
        latest = last;
        found = d;
      }
    }
    return found;
  }
}
