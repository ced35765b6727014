package org.dyad.engine.actors;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.dyad.engine.nlp.Sentence;
import org.dyad.engine.nlp.Token;
import org.dyad.model.CountrySource;
import org.dyad.model.EntityType;
import org.dyad.model.Mention;
import org.jspecify.annotations.Nullable;

/**
 * Actors named by a role, not a name: "a Japanese foreign ministry official", "Chinese state media", "officials
 * at the U.S. Trade Representative's Office", "Finance Ministry sources", "the ministry". The country is a
 * nation among the phrase's modifiers, or the country of what its "of", "at", "for" or "from" phrase names;
 * a body of a state or a state's office with none is domestic (the story's country, marked inferred). "The
 * ministry" after "the Foreign Ministry" is that ministry.
 */
final class UnnamedActors {
  private static final Set<String> ARGUMENT_RELS =
      Set.of("nsubj", "nsubj:pass", "obj", "iobj", "obl:agent", "appos", "conj", "root", "nsubj:xsubj");
  private static final Set<String> MODIFIER_RELS = Set.of("amod", "compound", "nmod:poss", "det", "nummod");
  /** Prepositions whose object tells whose an actor is: "officials of/at/for/from the ministry". */
  private static final Set<String> OWNER_CASES = Set.of("of", "at", "for", "from", "in");
  /** Prepositions whose object is the other party of an act: "sanctions against X's government", "talks with". */
  private static final Set<String> PARTY_CASES = Set.of("against", "with", "to", "between");
  /** Nouns of a number of people, whose "of" phrase names who act: "a group of ecologists". */
  private static final Set<String> COLLECTIVES = Set.of("group", "number", "dozens", "hundreds", "thousands", "crowd");
  /** Sectors of people of a place, not of a state: protesters, ecologists, unions, farmers, civilians. */
  private static final Set<String> CIVIL = Set.of("OPP", "ENV", "LAB", "AGR", "CVL");
  private static final Set<String> ISSUER_CASES = Set.of("by", "from", "of");
  private static final Set<String> RELIGIONS = Set.of("MUS", "CHR", "JEW", "HIN", "BUD", "REL");

  private final Run run;

  UnnamedActors(Run run) {
    this.run = run;
  }

  void sentence(Sentence s, List<Span> dict, boolean[] used) {
    if (!s.parsed()) {
      return;
    }
    for (Token head : s.tokens()) {
      if (!head.isNoun() || head.isProperNoun() && !unnamedRole(head) || used[head.index()] || !argument(s, head)) {
        continue;
      }
      int roleFirst = roleEndingAt(s, head.index());
      if (roleFirst < 0) {
        continue;
      }
      String rolePhrase = run.text.substring(s.token(roleFirst).start(), head.end());
      Dictionary.Role role = run.dictionary.role(run.text.substring(s.token(roleFirst).start(), head.start())
          + head.lemma()).or(() -> run.dictionary.role(head.lemma())).orElseThrow();
      if (role.kind() == Dictionary.RoleKind.CHAMBER) {
        continue; // "the house" is a house: a chamber is named with its capital ({@link Organizations#chambers})
      }
      String lemma = head.lemma().toLowerCase(Locale.ROOT);
      String nation = null;
      // The code of an organisation of no country the actor belongs to (IGO, NGO, IMG), or its role's own.
      String outside = null;
      int nations = 0;
      String sector = role.sector();
      boolean faith = religious(sector);
      int first = roleFirst;
      for (Token dep : s.tree().children(head.index())) {
        if (dep.index() < head.index() && MODIFIER_RELS.contains(dep.rel())) {
          String n = nationAt(s, dep.index());
          if (n == null && dep.rel().equals("compound")) {
            n = compoundNation(s, dep); // "Panamanian army officers": the nation modifies the modifier
          }
          if (n == null && !run.dictionary.party(dep.text()).isEmpty()) {
            n = run.ofStory(run.dictionary.party(dep.text())); // "Labour MPs", "Republican lawmakers"
          }
          nation = n != null ? n : nation;
          Draft org = run.draftAt(dep);
          Draft.Gender g = dep.rel().equals("nmod:poss") ? Coreference.genderOf(dep) : null;
          if (org == null && g != null) {
            org = Coreference.resolve(dep, g, s.index(), run.sentences, run.placed); // "his prime minister"
          }
          if (org != null && org.country == null && org.code != null && org.type == EntityType.ORGANIZATION
              && run.dictionary.countryOfCode(org.code) == null) {
            outside = org.code; // "EC ministers", "UN peacekeepers", "al-Qaeda leaders": the organisation's
          } else if (n == null && org != null && org.country != null && (org.type == EntityType.ORGANIZATION
              || org.type == EntityType.PERSON && dep.rel().equals("nmod:poss"))) {
            nation = org.country; // "LDP officials", "Toyota officials", "Ebrard's office"
          }
          nations += n != null ? 1 + (int) s.tree().children(dep.index()).stream()
              .filter(c -> c.rel().equals("conj") && nationAt(s, c.index()) != null).count() : 0;
          String given = modifierSector(s, dep);
          faith |= religious(given);
          if (sector.isEmpty() || !given.isEmpty() && role.kind() == Dictionary.RoleKind.NOUN
              && modifierIsBody(s, dep)) {
            // "union officials" are the union's (LAB), "company spokesmen" the company's (BUS).
            sector = given.isEmpty() ? sector : given;
          }
          first = Math.min(first, s.tree().subtreeFirst(dep.index()));
        }
      }
      boolean definite = definite(s, head);
      if (definite && nation == null && outside == null && !role.body()) {
        // "the minister" after "Finance Minister Funaro", "the foreign adviser" after "foreign adviser Hossain"
        Draft before = hasModifier(s, head) ? describedAs(rolePhrase) : described(head);
        if (before != null) {
          // "the sources" after "Finance Ministry sources", "the minister" after "Finance Minister Funaro".
          before.add(Mention.of(run.text, head.start(), head.end()));
          used[head.index()] = true;
          run.place(before, s, head.index());
          continue;
        }
      }
      if (nation == null && role.body() && definite && !hasModifier(s, head)) {
        Draft named = run.organizations().antecedent(lemma);
        if (named != null) {
          // "the ministry" after "the Foreign Ministry": the same body.
          named.add(Mention.of(run.text, head.start(), head.end()));
          used[head.index()] = true;
          continue;
        }
      }
      if (role.kind() == Dictionary.RoleKind.DOCUMENT && (nation != null || outside != null || issued(s, head))) {
        // "a statement by seven industrial powers", "a joint US-Saudi statement": the issuers are the actors
        continue;
      }
      if (nation == null && outside == null) {
        nation = owner(s, head); // not "UN troops in Lebanon": the UN's
      }
      if (nation == null && outside == null && role.alone() != null) {
        outside = role.alone(); // "a human rights group" (NGOHRI), "peacekeepers" (IGO), named with no country
      }
      // Diplomats and envoys serve abroad: the story's place says nothing of theirs.
      boolean envoy = role.kind() == Dictionary.RoleKind.ENVOY;
      // A state's body or office, and a religious group ("Islamic fundamentalists", "Moslem demonstrators"),
      // is of the story's country when the text names none.
      boolean domestic = role.kind() == Dictionary.RoleKind.STATE || role.kind() == Dictionary.RoleKind.DOCUMENT
          || !role.body() && !envoy && (Titles.domestic(sector) && !sector.isEmpty() || faith);
      // One who speaks for others ("company spokesmen", "one source") is of the dateline's place; not a
      // group the role itself names ("traders", "analysts").
      // So are people who act where they live: "a group of ecologists staged a demonstration", "protesters".
      boolean local = !role.body() && !domestic && !envoy && run.dateline != null
          && (role.sector().isEmpty() || CIVIL.contains(role.sector()));
      if (outside != null) {
        domestic = false;
        local = false;
      }
      EntityType type = role.body() ? EntityType.ORGANIZATION
          : head.pos().equals("NNS") || head.pos().equals("NNPS") ? EntityType.GROUP : EntityType.PERSON;
      // A group of no nation ("the leaders", "officials") of a story whose home side is not yet known may be
      // of either side: no actor.
      boolean placeable = domestic && (type != EntityType.GROUP || run.inferred(type) != null);
      if (nation == null && outside == null && !placeable && !local
          || role.body() && nation == null && indefinite(s, head)) {
        continue;
      }
      if (collective(s, head)) {
        first = Math.min(first, head.head()); // the mention is "group of ecologists", the verb's argument
      }
      while (first < head.index() && (s.token(first).pos().equals("DT") || s.token(first).pos().equals("CD"))) {
        first++;
      }
      Span whole = run.span(s, first, head.index());
      String name = run.surface(whole);
      // One national body is one actor however named: "the Australian government", "the federal government".
      String bodyKey = "BODY:" + (outside != null ? outside : nation == null ? run.inferred(type) : nation) + ":" + lemma;
      Draft d = run.draft(role.body() ? bodyKey : "UNN:" + Dictionary.key(name), type, name);
      d.country(nation, CountrySource.TEXT);
      if (outside != null && nation == null) {
        d.code = outside;
      }
      // The story's home side may be known only at its end ("the foreign ministry" of a story between two).
      d.unplaced |= nation == null && outside == null && domestic && run.inferred(type) == null;
      d.domestic |= domestic;
      d.local |= local;
      d.sector = sector;
      d.role = type == EntityType.PERSON ? rolePhrase : null;
      d.add(run.mention(whole));
      // The nation inside is an attribute of this actor, not a separate mention of the country; but of two
      // nations ("Hungarian and Romanian officials") each keeps its mention.
      for (Draft other : run.drafts.values()) {
        if (other != d && (other.type == EntityType.COUNTRY || Organizations.isGroup(other)) && nations < 2) {
          other.mentions.removeIf(m -> whole.start() <= m.start() && m.end() <= whole.end());
        }
      }
      Run.mark(used, whole);
      run.place(d, s, head.index());
    }
    run.drafts.values().removeIf(d -> d.mentions.isEmpty());
  }

  /**
   * The actor a definite role noun refers back to: the latest person or group whose role or description ends
   * in the same noun ("the aide" after "an aide", "the minister" after "Finance Minister Dilson Funaro"), or
   * an organisation whose name does, which names a person by an office ("the spokesperson" after "Foreign
   * Office Spokesperson"; the head is a person's role, never a body's).
   */
  private @Nullable Draft described(Token head) {
    String text = head.text().toLowerCase(Locale.ROOT);
    String lemma = head.lemma().toLowerCase(Locale.ROOT);
    return latest(d -> {
      String described = d.type == EntityType.ORGANIZATION ? d.name
          : d.role != null ? d.role : d.key.startsWith("UNN:") ? d.name : null;
      if (described == null) {
        return false;
      }
      String[] words = described.toLowerCase(Locale.ROOT).split("[\\s-]+");
      String last = words[words.length - 1];
      return last.equals(text) || last.equals(lemma);
    }, head.start());
  }

  /** The latest person whose role ends in the whole role phrase ("foreign adviser"), or null. */
  private @Nullable Draft describedAs(String rolePhrase) {
    String phrase = rolePhrase.toLowerCase(Locale.ROOT);
    return latest(d -> d.type == EntityType.PERSON && d.role != null
        && d.role.toLowerCase(Locale.ROOT).endsWith(phrase), Integer.MAX_VALUE);
  }

  /** The draft that {@code fits} whose last mention starts latest before offset {@code before}, or null. */
  private @Nullable Draft latest(Predicate<Draft> fits, int before) {
    Draft found = null;
    int latest = -1;
    for (Draft d : run.drafts.values()) {
      int at = d.mentions.stream().mapToInt(Mention::start).max().orElse(-1);
      if (at < before && at > latest && fits.test(d)) {
        latest = at;
        found = d;
      }
    }
    return found;
  }

  /**
   * A state's body or an office written with its capital that the NER did not name, and no name after it:
   * "Russia's Ministry of Foreign Affairs said", "the Hungarian Prime Minister compared".
   */
  private boolean unnamedRole(Token head) {
    return head.ner().equals("O") && run.dictionary.role(head.lemma())
        .map(r -> r.kind() == Dictionary.RoleKind.STATE || r.title()).orElse(false);
  }

  private boolean modifierIsBody(Sentence s, Token dep) {
    return run.dictionary.role(dep.lemma()).map(Dictionary.Role::body).orElse(false);
  }

  /** The sector a modifier gives a role that has none: "Finance Ministry sources" are GOV. */
  private String modifierSector(Sentence s, Token dep) {
    String phrase = run.surface(s, s.tree().subtreeFirst(dep.index()), dep.index());
    return run.dictionary.role(phrase).or(() -> run.dictionary.role(dep.lemma()))
        .map(Dictionary.Role::sector).orElse("");
  }

  private boolean hasModifier(Sentence s, Token head) {
    return s.tree().children(head.index()).stream()
        .anyMatch(d -> d.index() < head.index() && !d.pos().equals("DT"));
  }

  /**
   * The country of what an "of", "at", "for", "from" or "in" phrase of the role names: "officials at the U.S.
   * Trade Representative's Office", "a spokesman for the Foreign Ministry", "the head of Japan's tax bureau"; or
   * of the person a body is named after ("the Obama administration").
   */
  private @Nullable String owner(Sentence s, Token head) {
    for (Token c : s.tree().children(head.index())) {
      Draft leader = c.rel().equals("compound") ? run.draftAt(c) : null;
      if (leader != null && leader.type == EntityType.PERSON && leader.country != null) {
        return leader.country; // "the Obama administration", "the Modi government": the leader's
      }
      if (!c.rel().startsWith("nmod") || !s.tree().hasCaseIn(c, OWNER_CASES)) {
        continue;
      }
      for (Token t : s.tokens()) {
        if (s.tree().dominates(c.index(), t.index())) {
          String n = nationAt(s, t.index());
          if (n != null) {
            return n;
          }
          Draft d = run.draftAt(t);
          if (d != null && d.country != null && d.type != EntityType.PERSON) {
            return d.country;
          }
        }
      }
    }
    return null;
  }

  /** Whether a document names its issuer: "a statement by X", "the communique from X", "a declaration of X". */
  private static boolean issued(Sentence s, Token head) {
    return s.tree().children(head.index()).stream()
        .anyMatch(c -> c.rel().startsWith("nmod") && s.tree().hasCaseIn(c, ISSUER_CASES));
  }

  /**
   * Whether the role noun is an argument: a subject, object or apposition, or the source of a report
   * ("according to Israeli media", "a statement by the ministry", "a protest from officials").
   */
  private static boolean argument(Sentence s, Token head) {
    if (ARGUMENT_RELS.contains(head.rel()) || head.rel().equals("nmod:poss")) {
      return true;
    }
    if (collective(s, head) && ARGUMENT_RELS.contains(s.token(head.head()).rel())) {
      return true; // "a group of ecologists staged", "dozens of protesters": the members act
    }
    if (!head.rel().startsWith("obl") && !head.rel().startsWith("nmod")) {
      return false;
    }
    for (Token c : s.tree().children(head.index())) {
      String w = c.text().toLowerCase(Locale.ROOT);
      if (c.rel().equals("case") && (w.equals("according") || w.equals("by") || w.equals("from")
          || PARTY_CASES.contains(w) && !(w.equals("with") && absolute(s, head)))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the role noun is the "of" phrase of a collective noun before it: "a group of ecologists". */
  private static boolean collective(Sentence s, Token head) {
    return head.rel().equals("nmod") && head.head() >= 0 && head.head() < head.index()
        && s.tree().hasCase(head, "of")
        && COLLECTIVES.contains(s.token(head.head()).lemma().toLowerCase(Locale.ROOT));
  }

  /** "with the UN agency estimating ...": the subject of an absolute clause, no party of the act. */
  private static boolean absolute(Sentence s, Token head) {
    return s.tree().children(head.index()).stream()
        .anyMatch(c -> c.rel().startsWith("acl") && c.pos().equals("VBG"));
  }

  private static boolean indefinite(Sentence s, Token head) {
    return s.tree().children(head.index()).stream().anyMatch(d -> d.rel().equals("det")
        && !d.text().equalsIgnoreCase("the") && !d.text().equalsIgnoreCase("this"));
  }

  private static boolean definite(Sentence s, Token head) {
    return s.tree().children(head.index()).stream()
        .anyMatch(d -> d.rel().equals("det") && d.text().equalsIgnoreCase("the"));
  }

  /** The first token of the longest role phrase ending at {@code head} ("foreign ministry official"). */
  private int roleEndingAt(Sentence s, int head) {
    for (int len = Math.min(run.dictionary.longestRoleWords(), head + 1); len >= 1; len--) {
      int first = head - len + 1;
      String phrase = run.text.substring(s.token(first).start(), s.token(head).start()) + s.token(head).lemma();
      if (run.dictionary.role(phrase).isPresent()) {
        return first;
      }
    }
    return -1;
  }

  /** The country of the nation or ethnic group ("Yoruba", "ethnic Albanian") the token names, or null. */
  /**
   * The countries whose state offices the text marks with a nation: "the Indian government", "Japan's
   * ministry", "the Turkish ambassador" (a common noun of a state's body or office with a nation as its
   * modifier).
   */
  Set<String> markedStates(List<List<Span>> matches) {
    Set<String> out = new HashSet<>();
    for (Sentence s : run.sentences) {
      if (!s.parsed()) {
        continue;
      }
      for (Token t : s.tokens()) {
        Dictionary.Role role = t.isNoun() && !t.isProperNoun() ? run.dictionary.role(t.lemma()).orElse(null) : null;
        if (role == null || role.kind() == Dictionary.RoleKind.CHAMBER
            || !(role.kind() == Dictionary.RoleKind.STATE || Titles.domestic(role.sector()))) {
          continue;
        }
        for (Token dep : s.tree().children(t.index())) {
          Span d = dep.index() < t.index() && MODIFIER_RELS.contains(dep.rel())
              ? Matches.containing(matches.get(s.index()), dep.index()) : null;
          String n = d == null ? null : run.nationOf(d);
          if (n != null) {
            out.add(run.stateOf(d));
          }
        }
      }
    }
    return out;
  }

  /** The nation of a compound modifier's own modifier: "Panamanian" in "Panamanian army officers". */
  private @Nullable String compoundNation(Sentence s, Token compound) {
    for (Token c : s.tree().children(compound.index())) {
      String n = c.index() < compound.index() && (c.rel().equals("amod") || c.rel().equals("nmod:poss"))
          ? nationAt(s, c.index()) : null;
      if (n != null) {
        return n;
      }
    }
    return null;
  }

  private @Nullable String nationAt(Sentence s, int token) {
    Draft d = run.draftAt(s.token(token));
    return d != null && (d.type == EntityType.COUNTRY || Organizations.isGroup(d)) ? d.country : null;
  }

  /** Whether the sector is a religion's, as the Phoenix agents code them (MUS, CHR, JEW, HIN, BUD, REL). */
  private static boolean religious(String sector) {
    return RELIGIONS.contains(sector.length() >= 3 ? sector.substring(0, 3) : sector);
  }

  /**
   * How often the text and its title name each country (names, demonyms, capitals, cities), in the order they
   * first do.
   */
  Map<String, Integer> namedCountries(List<List<Span>> matches, @Nullable String title) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    if (title != null) {
      String[] words = title.split("[\\s,:;]+");
      for (int i = 0; i < words.length; i++) {
        for (int len = Math.min(3, words.length - i); len >= 1; len--) {
          List<Dictionary.Entry> e = run.dictionary.lookup(String.join(" ", List.of(words).subList(i, i + len)));
          if (!e.isEmpty() && e.get(0).country() != null && e.get(0).kind() != Dictionary.Kind.ORGANIZATION
              && e.get(0).kind() != Dictionary.Kind.ETHNIC) {
            counts.merge(e.get(0).country(), 1, Integer::sum);
            i += len - 1;
            break;
          }
        }
      }
    }
    for (List<Span> sentence : matches) {
      for (Span sp : sentence) {
        if (run.twoPlaces(sp)) {
          continue; // "Tripoli": the story's other names say which
        }
        Dictionary.Entry e = run.entryOf(sp);
        if (e.country() != null && e.kind() != Dictionary.Kind.ORGANIZATION && e.kind() != Dictionary.Kind.ETHNIC) {
          counts.merge(e.country(), 1, Integer::sum);
        }
      }
    }
    return counts;
  }

  /**
   * The key with the highest count, when it is at least 2 and half again the next one's, or when it is the only
   * key (the one country a short story names); else null.
   */
  static @Nullable String clearWinner(Map<String, Integer> counts) {
    String best = null;
    int first = 0;
    int second = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > first) {
        second = first;
        first = e.getValue();
        best = e.getKey();
      } else if (e.getValue() > second) {
        second = e.getValue();
      }
    }
    return (first >= 2 || counts.size() == 1) && first * 2 >= second * 3 ? best : null;
  }

  /**
   * The country of the story's outlet, when the story names it: a news outlet or a country the dictionaries
   * know in the outlet's name or in a part of it ("Kyodo", "Prothom Alo (Bangladesh)"); null for an outlet of a
   * country the story does not name (a wire service's story of other countries).
   */
  @Nullable String outletCountry(@Nullable String outlet) {
    if (outlet == null) {
      return null;
    }
    for (String part : outlet.split("[(),;/]")) {
      List<Dictionary.Entry> e = run.dictionary.lookup(part.strip());
      String c = e.isEmpty() ? null : e.get(0).country();
      if (c != null && e.get(0).kind() != Dictionary.Kind.CITY && run.named.getOrDefault(c, 0) > 0) {
        return c;
      }
    }
    return null;
  }

  /**
   * The country of the story's dateline: the input's own dateline field ("BRASILIA, March 3"), else a place
   * of the dictionaries that opens the text and is followed by a comma or a dash ("SEOUL, March 17 (Yonhap)
   * -", "ALGIERS: ..."); a capital speaks for the state whose seat it was then.
   */
  @Nullable String datelineCountry(@Nullable String given, List<List<Span>> matches) {
    if (given != null && !given.isBlank()) {
      String place = given.split("[,(:\\-–—]")[0].strip();
      List<Dictionary.Entry> entries = run.dictionary.lookup(place);
      if (entries.isEmpty()) {
        entries = run.dictionary.lookup(place.toUpperCase(Locale.ROOT));
      }
      return entries.isEmpty() || entries.get(0).country() == null ? null : run.seatOf(entries.get(0).country());
    }
    if (run.sentences.isEmpty() || matches.get(0).isEmpty()) {
      return null;
    }
    Sentence s = run.sentences.get(0);
    Span first = matches.get(0).get(0);
    if (first.first() != 0 || first.last() + 1 >= s.size()) {
      return null;
    }
    String next = s.token(first.last() + 1).text();
    Dictionary.Kind kind = run.entryOf(first).kind();
    boolean place = kind == Dictionary.Kind.CAPITAL || kind == Dictionary.Kind.CITY;
    boolean shouted = run.surface(first).equals(run.surface(first).toUpperCase(Locale.ROOT));
    if (place && (shouted || next.equals(",")) && (next.equals(",") || next.equals(":") || next.startsWith("-")
        || next.equals("–") || next.equals("("))) {
      return run.nationOf(first) == null ? null : run.seatOf(run.nationOf(first));
    }
    return null;
  }
}
