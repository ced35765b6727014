package org.dyad.engine.actors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.engine.nlp.Sentence;
import org.dyad.engine.nlp.Token;
import org.dyad.model.CountrySource;
import org.dyad.model.EntityType;
import org.jspecify.annotations.Nullable;

/**
 * Named people: one entity for all mentions of one person ("Fumio Kishida", "Kishida", "Mr Kishida"), with the
 * role and country their titles and descriptions give ({@link Titles}), else the dictionaries' entry for the
 * document's date ({@code leaders.tsv}, {@code phoenix-people.tsv}, {@code people.tsv}). What the text says wins:
 * a nationality in the title over the dictionary's country, the title's office ("former President") over the
 * dictionary's role.
 */
final class People {
  private static final Map<String, Draft.Gender> HONORIFICS = Map.of(
      "Mr", Draft.Gender.MALE, "Mrs", Draft.Gender.FEMALE, "Ms", Draft.Gender.FEMALE, "Miss", Draft.Gender.FEMALE,
      "Sir", Draft.Gender.MALE, "Madame", Draft.Gender.FEMALE, "Mme", Draft.Gender.FEMALE,
      "King", Draft.Gender.MALE, "Queen", Draft.Gender.FEMALE, "Prince", Draft.Gender.MALE);
  /** The honorifics of anyone ("Mr. Trump", "Mrs. Merkel"), which tell nothing of an office. */
  private static final Set<String> COURTESY = Set.of("Mr", "Mrs", "Ms", "Miss", "Madame", "Mme");

  /**
   * A member of the US Congress's party and state after the name: " (R-S.C.)", " (D-Calif.)", " (I-Vt.)",
   * ", R-Texas".
   */
  private static final Pattern PARTY_STATE = Pattern.compile(
      "\\s*(?:\\([RDI]-\\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*)?\\)|,\\s*[RDI]-\\p{Lu}[\\p{L}.]*(?=[\\s,.;)]))");
  /** A party word after the name and a comma: "Simmons, a Democrat,", "King, Republican of New York". */
  private static final Pattern PARTY_AFTER =
      Pattern.compile(",\\s*(?:(?:a|an|the|another|fellow|former)\\s+)?(\\p{Lu}[\\p{L}]*(?: \\p{Lu}[\\p{L}]*)?)");
  /** How far before a name a party word still marks it: "Democratic presidential candidate Martin O'Malley". */
  private static final int PARTY_REACH = 4;

  private static final Set<String> SENT_TO = Set.of("to", "in");
  /** Prepositions that tie a person to a body: "Bob Corker of Tennessee", "Jim Lee at the Heritage Foundation". */
  private static final Set<String> OF_AT = Set.of("of", "from", "at", "with", "for");
  /** Verbs of a relative clause that make a person part of the body they take: "X, who chairs the committee". */
  private static final Set<String> MEMBERSHIP = Set.of("chair", "co-chair", "head", "lead", "run", "direct",
      "represent", "serve", "work", "join", "found", "sit", "oversee");
  /** Prepositions of the body of such a verb: "who serves on the committee", "who works for the bank". */
  private static final Set<String> ON_FOR = Set.of("on", "for", "at", "with", "in", "of");
  /** Nouns of one who belongs to a body, besides the roles: "X, a senior fellow at the Brookings Institution". */
  private static final Set<String> MEMBERS = Set.of("fellow", "member", "scholar", "researcher");

  private final Run run;
  private final Titles titles;
  /** The people the sentence being read names, and their names, for the bodies read once it is all read. */
  private final List<Named> named = new ArrayList<>();

  private record Named(Draft person, Span name) {}

  People(Run run) {
    this.run = run;
    this.titles = new Titles(run);
  }

  void person(Sentence s, Span tagged, List<Span> dict, boolean[] used) {
    for (int i = tagged.first() + 1; i <= tagged.last(); i++) {
      if (s.token(i).pos().startsWith("VB")) {
        // "Glenn Beck Says Trump": a headline's verb in title case ends one name and starts the next.
        person(s, run.span(s, tagged.first(), i - 1), dict, used);
        if (i < tagged.last()) {
          person(s, run.span(s, i + 1, tagged.last()), dict, used);
        }
        return;
      }
    }
    Span ner = withFirstName(s, withoutPlace(s, tagged, dict), used);
    Span name = ner;
    String honorificWord = s.token(ner.first()).text().replace(".", "");
    Draft.Gender honorific = HONORIFICS.get(honorificWord);
    if (honorific == null && ner.first() > 0 && !used[ner.first() - 1]
        && COURTESY.contains(s.token(ner.first() - 1).text().replace(".", ""))) {
      honorificWord = s.token(ner.first() - 1).text().replace(".", ""); // "Mr." the NER left out of the name
      honorific = HONORIFICS.get(honorificWord);
    }
    if (honorific != null && ner.first() < ner.last()) {
      // "Mrs Reagan": the honorific gives the gender and belongs to the mention, not to the name.
      name = run.span(s, ner.first() + 1, ner.last());
    }
    String full = run.surface(name);
    Draft org = run.drafts.get("ORG:" + Dictionary.key(full));
    if (org == null) {
      org = Organizations.startingWith(run, full);
    }
    if (org != null && honorific == null) {
      // "Radtech" after "Radtech Inc": the NER's person is the company named before.
      org.add(run.mention(name));
      Run.mark(used, name);
      return;
    }
    List<String> words = Arrays.asList(full.split("\\s+"));
    Draft d = find(words, honorific == null ? Draft.Gender.UNKNOWN : honorific);
    if (d == null) {
      d = run.draft("PER:" + full, EntityType.PERSON, full);
      d.nameWords.addAll(words);
    } else if (words.size() > d.nameWords.size() && !d.nameWords.isEmpty()) {
      d.name = full;
      d.nameWords.clear();
      d.nameWords.addAll(words);
    }
    if (honorific != null) {
      d.gender = honorific;
    }
    int start = ner.first();
    Titles.Title title = titles.before(s, ner.first(), dict);
    Titles.Title split = title == null && ner.first() == 0 ? titles.beforeSplit(s) : null;
    if (split != null) {
      take(d, split); // the mention stays in its own sentence
    }
    if (title != null) {
      take(d, title);
      start = title.first();
      Draft.Gender g = HONORIFICS.get(title.role().replace(".", ""));
      if (g != null) {
        d.gender = g;
      }
    }
    Span whole = run.span(s, start, name.last());
    d.add(run.mention(whole));
    Run.mark(used, whole);
    owner(s, start, d, dict);
    appositions(s, name, d, dict, used);
    if (PARTY_STATE.matcher(run.text).region(name.end(), run.text.length()).lookingAt()) {
      // "Sen. Lindsey Graham (R-S.C.)", "Pelosi (D-Calif.)": party and state mark a member of Congress.
      d.country("USA", CountrySource.TEXT);
      if (d.role == null) {
        d.sector = "LEG";
      }
      d.domestic = false;
    }
    known(d, full, title != null, title == null && COURTESY.contains(honorificWord) && d.nameWords.size() == 1);
    if (d.country == null) {
      d.country(party(s, name), CountrySource.TEXT);
      d.domestic &= d.country == null;
    }
    run.place(d, s, name.last());
    named.add(new Named(d, name));
  }

  /**
   * The body the sentence ties each person it names to, when the text gives them no country, once every name of
   * the sentence is read: "Bob Corker of Tennessee", "Jim Lee at the Heritage Foundation", "X, who chairs the
   * Senate Foreign Relations Committee", "X, a senior fellow at the Brookings Institution". The person takes
   * the body's country at the end of the article, when the body's own is known.
   */
  void bodies(Sentence s) {
    if (s.parsed()) {
      for (Named n : named) {
        if (n.person().country == null && n.person().body == null) {
          n.person().body = bodyOf(s, n.person(), s.tree().climb(s.token(n.name().last()), Run::inPhrase));
        }
      }
    }
    named.clear();
  }

  private @Nullable Draft bodyOf(Sentence s, Draft person, Token head) {
    for (Token c : s.tree().children(head)) {
      String lemma = c.lemma().toLowerCase(Locale.ROOT);
      Draft body = null;
      if (c.rel().startsWith("nmod") && s.tree().hasCaseIn(c, OF_AT)) {
        body = body(c, person);
      } else if (c.rel().equals("acl:relcl") && MEMBERSHIP.contains(lemma)) {
        for (Token o : s.tree().children(c)) {
          boolean taken = o.rel().equals("obj") || o.rel().startsWith("obl") && s.tree().hasCaseIn(o, ON_FOR);
          body = body == null && taken ? body(o, person) : body;
        }
      } else if (c.rel().equals("appos") && c.isNoun() && !c.isProperNoun()
          && (MEMBERS.contains(lemma) || run.dictionary.role(lemma).isPresent())) {
        Token of = s.tree().caseChild(c, OF_AT);
        body = of == null ? null : body(of, person);
      }
      if (body != null) {
        return body;
      }
    }
    return null;
  }

  /** The entity, no person, with a mention over the token, or null. */
  private @Nullable Draft body(Token t, Draft person) {
    Draft b = run.draftAt(t);
    return b != null && b != person && b.type != EntityType.PERSON ? b : null;
  }

  /**
   * The country of a party the text ties to the named politician: a party word shortly before the name, in
   * its noun phrase ("Democrat Chuck Schumer", "Republican Sen. Ted Cruz", "Labour's Jeremy Corbyn",
   * "Democratic presidential candidate Martin O'Malley"), or right after it and a comma ("Simmons, a Democrat,",
   * "King, Republican of New York"); null when there is none. A party word after another capitalised word is
   * part of another name ("Christian Democratic", "Social Democrats") unless that word is an office or a
   * modifier of one ("Senate Republican leader", "Former Republican Sen.").
   */
  private @Nullable String party(Sentence s, Span name) {
    for (int i = name.first() - 1; i >= 0 && i >= name.first() - PARTY_REACH; i--) {
      Token t = s.token(i);
      int last = i;
      List<String> countries = i > 0 ? run.dictionary.party(run.surface(s, i - 1, i)) : List.of();
      if (!countries.isEmpty()) {
        i--; // "Lib Dem"
      } else {
        countries = run.dictionary.party(t.text());
      }
      if (!countries.isEmpty()) {
        Token before = i > 0 ? s.token(i - 1) : null;
        boolean inName = before != null && Character.isUpperCase(before.text().charAt(0))
            && run.dictionary.role(before.text()).filter(r -> r.title() || r.body()).isEmpty()
            && run.dictionary.modifier(before.text()).isEmpty();
        // "Labour Minister X": the word is part of an office, no party.
        boolean office = last + 1 < name.first() && run.dictionary.role(run.surface(s, i, last + 1)).isPresent();
        return inName || office ? null : run.ofStory(countries);
      }
      if (!(t.isNoun() || t.pos().startsWith("JJ") || Matches.possessive(t) || t.text().endsWith("."))
          || t.ner().equals("PERSON")) {
        break;
      }
    }
    Matcher after = PARTY_AFTER.matcher(run.text).region(name.end(), run.text.length());
    if (!after.lookingAt()) {
      return null;
    }
    String words = after.group(1);
    int space = words.indexOf(' ');
    List<String> countries = run.dictionary.party(words);
    if (countries.isEmpty() && space > 0) {
      countries = run.dictionary.party(words.substring(0, space));
    }
    return countries.isEmpty() ? null : run.ofStory(countries);
  }

  /**
   * The NER's name without a place it ran into after "to" or "in": "Kenya's envoy to Mogadishu Lucas Tumbo" names
   * Lucas Tumbo, posted to Mogadishu.
   */
  private Span withoutPlace(Sentence s, Span ner, List<Span> dict) {
    Span place = Matches.containing(dict, ner.first());
    if (place == null || place.first() != ner.first() || place.last() + 2 > ner.last() || ner.first() == 0
        || !SENT_TO.contains(s.token(ner.first() - 1).text())) {
      return ner;
    }
    Dictionary.Kind kind = run.entryOf(place).kind();
    boolean isPlace = kind == Dictionary.Kind.CAPITAL || kind == Dictionary.Kind.CITY || kind == Dictionary.Kind.COUNTRY;
    return isPlace ? run.span(s, place.last() + 1, ner.last()) : ner;
  }

  /**
   * The NER's name with the capitalised words before it that the dictionaries know as part of it ("President
   * Prosper Avril", where the NER tagged only "Avril").
   */
  private Span withFirstName(Sentence s, Span ner, boolean[] used) {
    Span name = ner;
    for (int i = ner.first() - 1; i >= 0 && i >= ner.first() - 2; i--) {
      Token t = s.token(i);
      if (used[i] || !t.isProperNoun() || !t.ner().equals("O") || !Character.isUpperCase(t.text().charAt(0))
          || run.dictionary.role(t.text()).isPresent() || run.dictionary.modifier(t.text()).isPresent()) {
        break;
      }
      Span longer = run.span(s, i, ner.last());
      if (run.dictionary.person(run.surface(longer)).isPresent()) {
        name = longer;
      }
    }
    return name;
  }

  /**
   * Whether a span the NER took for an organisation is the surname of one person the story named before
   * ("Trump" after "Donald Trump"): one word, the last name word of exactly one person drafted with a fuller
   * name, and no organisation of that name drafted before it.
   */
  boolean surnameOfOneNamed(Span ner) {
    if (ner.first() != ner.last()) {
      return false;
    }
    String word = run.surface(ner);
    if (run.drafts.containsKey("ORG:" + Dictionary.key(word))) {
      return false;
    }
    return run.drafts.values().stream().filter(d -> d.type == EntityType.PERSON && d.nameWords.size() > 1
        && d.nameWords.get(d.nameWords.size() - 1).equals(word)).count() == 1;
  }

  /**
   * Whether a span the NER took for an organisation is a person named after a title ("Vice-President Moody
   * Awori"): a title of the dictionaries before it, and no word of an institution or phrase of the
   * dictionaries in it.
   */
  boolean titled(Sentence s, Span ner, List<Span> dict) {
    if (ner.first() == 0 || !s.token(ner.first() - 1).isProperNoun() && !s.token(ner.first() - 1).isNoun()) {
      return false;
    }
    for (int i = ner.first(); i <= ner.last(); i++) {
      if (run.dictionary.role(s.token(i).lemma()).isPresent() || Matches.containing(dict, i) != null
          || !Character.isUpperCase(s.token(i).text().charAt(0))) {
        return false;
      }
    }
    Titles.Title t = titles.before(s, ner.first(), dict);
    return t != null && run.dictionary.role(s.token(ner.first() - 1).text()).map(Dictionary.Role::title)
        .orElse(s.token(ner.first() - 1).text().contains("-"));
  }

  /** Gives the person what a title or description says, where nothing before said it. */
  private void take(Draft d, Titles.Title title) {
    if (d.role == null) {
      d.role = title.role();
      d.sector = title.sector();
    }
    if (title.code() != null && d.code == null && d.country == null) {
      d.code = title.code();
    }
    d.country(title.country(), CountrySource.TEXT);
    // A person's political office is the story's country's too: "opposition leader", "party chairman",
    // "former Education Secretary" (ELI); not an international organisation's ("NATO Secretary General").
    String sector = title.sector();
    d.domestic |= Titles.domestic(sector) || sector.startsWith("OPP") || sector.startsWith("PTY")
        || sector.startsWith("ELI");
    d.domestic &= d.code == null || d.country != null;
  }

  /**
   * A description in apposition, after the name ("Taro Kono, Japan's foreign minister,") or before it ("the
   * foreign minister of Iran, Mohammad Javad Zarif"): its role and country, and the description as a mention.
   */
  private void appositions(Sentence s, Span name, Draft person, List<Span> dict, boolean[] used) {
    if (!s.parsed()) {
      return;
    }
    int head = s.tree().climb(s.token(name.last()), Run::inPhrase).index();
    Token h = s.token(head);
    if (h.rel().equals("appos") && h.head() >= 0 && h.head() < name.first()) {
      describedBy(s, h.head(), head, person, dict, used);
      // "the killing of a Bangladeshi girl, Shwarna Das": the parse may hang the name on a noun higher up,
      // so the noun right before the comma gives its nationality too.
      int before = name.first() - 2;
      if (before >= 0 && s.token(before + 1).text().equals(",") && s.token(before).isNoun()) {
        nationality(s, before, person, dict);
      }
    }
    for (Token t : s.tree().children(head)) {
      if (t.rel().equals("appos") && t.index() > name.last()) {
        describedBy(s, t.index(), -1, person, dict, used);
      }
    }
  }

  /** Takes what the description headed by {@code descriptionHead} says; {@code skip}: the name inside it, or -1. */
  private void describedBy(Sentence s, int descriptionHead, int skip, Draft person, List<Span> dict,
      boolean[] used) {
    Titles.Title t = titles.describe(s, descriptionHead, skip, dict);
    if (t == null) {
      nationality(s, descriptionHead, person, dict);
      return;
    }
    take(person, t);
    nationality(s, descriptionHead, person, dict);
    Span description = run.span(s, t.first(), t.last());
    if (!Run.anyUsed(used, description)) {
      person.add(run.mention(description));
      Run.mark(used, description);
    }
  }

  /**
   * The country of a body or country that owns the person with a possessive right before the name ("CNN's Tara
   * Setmayer", "Ukraine's Volodymyr Zelensky"), when nothing else gave one.
   */
  private void owner(Sentence s, int start, Draft person, List<Span> dict) {
    if (start < 2 || !Matches.possessive(s.token(start - 1))) {
      return;
    }
    Span owner = Matches.containing(dict, start - 2);
    Dictionary.Entry e = owner == null ? null : run.entryOf(owner);
    if (e != null && (e.kind() == Dictionary.Kind.ORGANIZATION || e.kind() == Dictionary.Kind.COUNTRY)) {
      person.country(e.country(), CountrySource.TEXT);
    }
  }

  /**
   * A description with no office gives its nationality word: "a 13-year-old Bangladeshi girl, Shwarna Das",
   * "Omar Mateen, an American citizen".
   */
  private void nationality(Sentence s, int descriptionHead, Draft person, List<Span> dict) {
    for (Token c : s.tree().children(descriptionHead)) {
      Span word = c.rel().equals("amod") || c.rel().equals("compound") ? Matches.containing(dict, c.index()) : null;
      Dictionary.Entry e = word == null ? null : run.entryOf(word);
      if (e != null && e.kind() == Dictionary.Kind.DEMONYM) {
        person.country(e.country(), CountrySource.TEXT);
        return;
      }
    }
  }

  /**
   * The dictionaries' person of this name on the document's date: by full name or alias; else, for a name
   * with a title ("President Mugabe") or a first name the entry shares ("Omar al-Bashir"), the one person of
   * that surname whose office then fits. Gives the country (unless the text gave one) and, without a title in
   * the text, the code the person held. A surname with only an honorific ("Mr. Trump", "Mrs. Merkel") is
   * {@linkplain #officeHolder the one office holder of that surname} or no one the dictionaries know.
   */
  private void known(Draft d, String full, boolean titled, boolean honorificOnly) {
    if (d.country != null || d.code != null) {
      return;
    }
    Known k = honorificOnly ? officeHolder(d.nameWords.get(0))
        : run.dictionary.person(d.name).or(() -> run.dictionary.person(full)).orElse(null);
    if (k == null && !honorificOnly) {
      k = bySurname(d, titled);
    }
    if (k == null) {
      return;
    }
    String code = k.codeOn(run.date, run.dictionary::countryPartOf);
    if (code == null) {
      return;
    }
    String country = run.dictionary.countryOfCode(code);
    if (country == null) {
      d.code = code; // "IGOUNO": an official of an international organisation
    } else {
      d.country(country, CountrySource.DICTIONARY);
      String part = run.dictionary.countryPartOf(code);
      if (d.role == null && part != null) {
        d.sector = code.substring(part.length());
      }
    }
    d.domestic = false;
  }

  /**
   * The one person of the dictionaries with this surname (or this one-word alias) who holds a government office
   * (a head of state or government, a minister: a dated GOV code) on the document's date; null when none or
   * several do ("Mr. Johnson" is no one in particular); of an office with no end date (the Phoenix files leave
   * some open that ended long ago), only in a story that names that person's country or is datelined there.
   */
  private @Nullable Known officeHolder(String surname) {
    List<Known> candidates = new ArrayList<>(run.dictionary.bySurname(surname));
    run.dictionary.person(surname).ifPresent(candidates::add);
    Known found = null;
    for (Known k : candidates) {
      DatedCode holding = k.holdingOn(run.date);
      String code = holding == null ? null : holding.code();
      String part = code == null ? null : run.dictionary.countryPartOf(code);
      String country = code == null ? null : run.dictionary.countryOfCode(code);
      if (part == null || country == null || !code.startsWith("GOV", part.length())) {
        continue;
      }
      if (found != null && !Dictionary.personKey(found.name()).equals(Dictionary.personKey(k.name()))) {
        return null; // two office holders of the name; the same person in two files is one
      }
      boolean ends = holding.until() != null;
      found = found == null && (ends || run.named.getOrDefault(country, 0) > 0 || country.equals(run.dateline))
          ? k : found;
    }
    return found;
  }

  private @Nullable Known bySurname(Draft d, boolean titled) {
    String surname = d.nameWords.isEmpty() ? d.name : d.nameWords.get(d.nameWords.size() - 1);
    List<Known> candidates = run.dictionary.bySurname(surname);
    if (candidates.isEmpty() && titled) {
      candidates = run.dictionary.bySimilarSurname(surname); // "President Francois Mitterand"
    }
    if (candidates.isEmpty()) {
      return null;
    }
    String firstName = d.nameWords.size() > 1 ? Dictionary.personKey(d.nameWords.get(0)) : null;
    String sector = d.sector == null || d.sector.length() < 3 ? null : d.sector.substring(0, 3);
    Set<String> countries = new HashSet<>();
    Known found = null;
    for (Known k : candidates) {
      String code = k.codeOn(run.date, run.dictionary::countryPartOf);
      String country = code == null ? null : run.dictionary.countryOfCode(code);
      if (country == null) {
        continue;
      }
      boolean fits = firstName != null ? Dictionary.personKey(k.name()).startsWith(firstName + " ")
          : titled && (sector == null || code.substring(3).startsWith(sector));
      if (fits) {
        countries.add(country);
        found = k;
      }
    }
    return countries.size() == 1 ? found : null;
  }

  private static List<String> lower(List<String> words) {
    return words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
  }

  /** A person already named with these words, or a subset of them, whose gender does not clash. */
  @Nullable Draft find(List<String> words, Draft.Gender gender) {
    for (Draft d : run.drafts.values()) {
      boolean clash = gender != Draft.Gender.UNKNOWN && d.gender != Draft.Gender.UNKNOWN && d.gender != gender;
      if (d.type == EntityType.PERSON && !d.nameWords.isEmpty() && !clash
          && (lower(d.nameWords).containsAll(lower(words)) || lower(words).containsAll(lower(d.nameWords)))) {
        return d; // "De Zeeuw" after "Aart de Zeeuw"
      }
    }
    return null;
  }
}
