package org.dyad.engine.events.petrarch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Reads PETRARCH/TABARI dictionaries (the format of {@code docs/source/dictionaries.rst} in the petrarch2
 * repository). A line that cannot be read becomes a {@link Problem} naming file and line; the rest of the file
 * is still read.
 *
 * <pre>{@code
 * Dictionaries d = new DictionaryReader()
 *     .verbs(dir.resolve("CAMEO.2.0.txt")).actors(dir.resolve("Phoenix.Countries.actors.txt"))
 *     .agents(dir.resolve("Phoenix.agents.txt")).discards(dir.resolve("Phoenix.discards.txt"))
 *     .dictionaries();
 * }</pre>
 *
 * <p>Comments are {@code # ...}, {@code ; ...} and {@code <!-- ... -->} (also across lines). Words in a phrase are
 * separated by blanks or {@code _} and compared in upper case; a trailing {@code _} (TABARI's "whole word only")
 * is dropped, since every word is compared whole here.
 */
public final class DictionaryReader {
  private static final java.util.regex.Pattern DATED = java.util.regex.Pattern.compile(
      "\\[\\s*([^\\s\\]<>]+)?\\s*(?:([<>])\\s*(\\d{6,8})|(\\d{6,8})\\s*-\\s*(\\d{6,8}))?\\s*]");

  private final List<Verb> verbs = new ArrayList<>();
  private final List<Actor> actors = new ArrayList<>();
  private final List<Agent> agents = new ArrayList<>();
  private final List<Discard> discards = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();

  /**
   * Every dictionary in {@code dir}, told apart by file name: {@code *verbs*} and {@code CAMEO*} are verbs,
   * {@code *actors*}, {@code *agents*} and {@code *discards*} the others; other files are left alone.
   */
  public static Dictionaries readDirectory(Path dir) {
    DictionaryReader r = new DictionaryReader();
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Path f : files) {
      String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
      if (n.contains("verbs") || n.startsWith("cameo")) {
        r.verbs(f);
      } else if (n.contains("actors")) {
        r.actors(f);
      } else if (n.contains("agents")) {
        r.agents(f);
      } else if (n.contains("discards")) {
        r.discards(f);
      }
    }
    return r.dictionaries();
  }

  public DictionaryReader verbs(Path file) {
    readVerbs(file.getFileName().toString(), lines(file));
    return this;
  }

  public DictionaryReader actors(Path file) {
    readActors(file.getFileName().toString(), lines(file));
    return this;
  }

  public DictionaryReader agents(Path file) {
    readAgents(file.getFileName().toString(), lines(file));
    return this;
  }

  public DictionaryReader discards(Path file) {
    readDiscards(file.getFileName().toString(), lines(file));
    return this;
  }

  /** Everything read so far. */
  public Dictionaries dictionaries() {
    return new Dictionaries(verbs, actors, agents, discards, problems);
  }

  private static List<String> lines(Path file) {
    try {
      return Arrays.asList(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).split("\r?\n", -1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------- verbs

  /** A verb line waiting for its block to end. */
  private record VerbLine(Set<String> forms, List<String> before, List<String> after, @Nullable String code) {}

  void readVerbs(String file, List<String> lines) {
    Map<String, List<List<String>>> synsets = new HashMap<>();
    String synset = null;
    boolean synsetPlurals = true;
    String blockName = null;
    String blockCode = "---";
    List<VerbPattern> patterns = new ArrayList<>();
    List<VerbLine> verbLines = new ArrayList<>();
    boolean[] inComment = {false};
    for (int i = 0; i <= lines.size(); i++) {
      String s = i == lines.size() ? "--- END ---" : clean(lines.get(i), inComment).strip();
      String where = file + ":" + (i + 1);
      if (s.isEmpty()) {
        if (i == lines.size() || lines.get(i).isBlank()) {
          synset = null;
        }
        continue;
      }
      if (s.startsWith("---")) {
        if (blockName != null) {
          VerbBlock block = new VerbBlock(blockName, blockCode, patterns);
          for (VerbLine v : verbLines) {
            verbs.add(new Verb(v.forms(), v.before(), v.after(), v.code() == null ? blockCode : v.code(), block));
          }
        }
        synset = null;
        patterns = new ArrayList<>();
        verbLines = new ArrayList<>();
        String head = s.replaceAll("^-+|-+$", "").strip();
        int b = head.indexOf('[');
        blockName = (b < 0 ? head : head.substring(0, b)).strip();
        blockCode = b < 0 ? "---" : bracket(head.substring(b));
        if (blockCode == null) {
          problems.add(new Problem(file, i + 1, "unclosed [ in block header: " + s));
          blockCode = "---";
        }
        continue;
      }
      if (s.startsWith("&")) {
        String name = s.split("\\s+")[0];
        synsetPlurals = !name.endsWith("_");
        synset = stripUnderscores(name);
        synsets.put(synset, new ArrayList<>());
        continue;
      }
      if (s.startsWith("+") && synset != null) {
        String member = s.substring(1).strip();
        if (member.startsWith("&")) {
          List<List<String>> inner = synsets.get(stripUnderscores(member.split("\\s+")[0]));
          if (inner == null) {
            problems.add(new Problem(file, i + 1, "synset " + member + " used before it is defined"));
          } else {
            synsets.get(synset).addAll(inner);
          }
        } else {
          List<String> words = words(member);
          synsets.get(synset).add(words);
          if (synsetPlurals && !member.endsWith("_") && !words.isEmpty()) {
            synsets.get(synset).add(withPluralLast(words, plural(words.get(words.size() - 1))));
          }
        }
        continue;
      }
      if (blockName == null) {
        problems.add(new Problem(file, i + 1, "outside any --- VERB --- block: " + s));
        continue;
      }
      if (s.startsWith("-")) {
        VerbPattern p = pattern(s.substring(1), where, synsets);
        if (p == null) {
          problems.add(new Problem(file, i + 1, "unreadable pattern (needs one * and a [code], known synsets): " + s));
        } else {
          patterns.add(p);
        }
        continue;
      }
      VerbLine v = verbLine(s);
      if (v == null) {
        problems.add(new Problem(file, i + 1, "unreadable verb line: " + s));
      } else {
        verbLines.add(v);
      }
    }
  }

  private @Nullable VerbLine verbLine(String s) {
    String code = null;
    int b = s.indexOf('[');
    if (b >= 0) {
      code = bracket(s.substring(b));
      if (code == null) {
        return null;
      }
      s = s.substring(0, b);
    }
    List<String> irregular = null;
    int c = s.indexOf('{');
    if (c >= 0) {
      int d = s.indexOf('}', c);
      if (d < 0) {
        return null;
      }
      irregular = Arrays.stream(s.substring(c + 1, d).strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
      s = s.substring(0, c);
    }
    List<String> parts = Arrays.stream(s.strip().split("[\\s_]+")).filter(w -> !w.isEmpty()).toList();
    if (parts.isEmpty()) {
      return null;
    }
    int verb = 0;
    for (int k = 0; k < parts.size(); k++) {
      if (parts.get(k).startsWith("+")) {
        verb = k;
      }
    }
    List<String> words = parts.stream().map(w -> upper(w.replace("+", ""))).toList();
    Set<String> forms = new LinkedHashSet<>();
    String base = words.get(verb);
    forms.add(base);
    if (irregular == null) {
      forms.addAll(regularForms(base));
    } else {
      for (String form : irregular) {
        List<String> fp = Arrays.stream(form.split("_+")).filter(w -> !w.isEmpty()).toList();
        String marked = fp.stream().filter(w -> w.startsWith("+")).findFirst()
            .orElse(fp.size() == parts.size() ? fp.get(verb) : fp.get(0));
        forms.add(upper(marked.replace("+", "")));
      }
    }
    return new VerbLine(forms, words.subList(0, verb), words.subList(verb + 1, words.size()),
        code == null ? null : upper(code));
  }

  /** A pattern's text without its leading dash: elements, a {@code *}, elements, {@code [code]}. */
  private @Nullable VerbPattern pattern(String text, String where, Map<String, List<List<String>>> synsets) {
    int b = text.lastIndexOf('[');
    if (b < 0) {
      return null;
    }
    String code = bracket(text.substring(b));
    if (code == null) {
      return null;
    }
    // Groups ({NOUN PHRASE}, (PREPOSITION PHRASE)) are read as their words, in order.
    String body = text.substring(0, b).replaceAll("[{}()]", " ");
    List<String> tokens = new ArrayList<>();
    List<Boolean> joined = new ArrayList<>();
    boolean pending = false;
    for (String chunk : body.strip().split("\\s+")) {
      if (chunk.isEmpty()) {
        continue;
      }
      String[] parts = chunk.split("_", -1);
      boolean join = pending;
      pending = false;
      for (int k = 0; k < parts.length; k++) {
        if (parts[k].isEmpty()) {
          if (k == parts.length - 1) {
            pending = true;
          } else {
            join = true;
          }
          continue;
        }
        tokens.add(parts[k]);
        joined.add(join);
        join = true;
      }
    }
    int star = -1;
    for (int k = 0; k < tokens.size(); k++) {
      if (tokens.get(k).equals("*") || tokens.get(k).equals("**")) {
        if (star >= 0) {
          return null;
        }
        star = k;
      }
    }
    if (star < 0) {
      return null;
    }
    List<Element> before = new ArrayList<>();
    for (int k = star - 1; k >= 0; k--) {
      Element e = element(tokens.get(k), joined.get(k + 1), synsets);
      if (e == null) {
        return null;
      }
      before.add(e);
    }
    List<Element> after = new ArrayList<>();
    for (int k = star + 1; k < tokens.size(); k++) {
      Element e = element(tokens.get(k), joined.get(k), synsets);
      if (e == null) {
        return null;
      }
      after.add(e);
    }
    return new VerbPattern(before, after, upper(code), where);
  }

  private static @Nullable Element element(String t, boolean adjacent, Map<String, List<List<String>>> synsets) {
    return switch (t) {
      case "$" -> new Element(Element.Kind.SOURCE, List.of(), adjacent);
      case "+" -> new Element(Element.Kind.TARGET, List.of(), adjacent);
      case "%" -> new Element(Element.Kind.COMPOUND, List.of(), adjacent);
      case "^" -> new Element(Element.Kind.SKIP, List.of(), adjacent);
      default -> {
        if (t.startsWith("&")) {
          List<List<String>> phrases = synsets.get(stripUnderscores(t));
          yield phrases == null ? null : new Element(Element.Kind.WORDS, phrases, adjacent);
        }
        if (t.contains("*")) {
          yield null;
        }
        yield new Element(Element.Kind.WORDS,
            Arrays.stream(t.split("/")).filter(w -> !w.isEmpty()).map(w -> List.of(upper(w))).toList(), adjacent);
      }
    };
  }

  // ---------------------------------------------------------------- actors

  void readActors(String file, List<String> lines) {
    List<List<String>> phrases = null;
    String code = null;
    List<DatedCode> dated = new ArrayList<>();
    String where = null;
    boolean[] inComment = {false};
    for (int i = 0; i <= lines.size(); i++) {
      String s = i == lines.size() ? "" : clean(lines.get(i), inComment).strip();
      boolean last = i == lines.size();
      if (!last && s.isEmpty()) {
        continue;
      }
      if (!last && s.startsWith("[")) {
        if (phrases == null) {
          problems.add(new Problem(file, i + 1, "code line before any actor: " + s));
          continue;
        }
        Matcher m = DATED.matcher(s);
        if (!m.lookingAt() || m.group(1) == null) {
          problems.add(new Problem(file, i + 1, "unreadable code: " + s));
          continue;
        }
        try {
          String c = firstCode(m.group(1));
          if (m.group(2) != null) {
            LocalDate d = date(m.group(3));
            dated.add(m.group(2).equals("<") ? new DatedCode(c, null, d) : new DatedCode(c, d, null));
          } else if (m.group(4) != null) {
            dated.add(new DatedCode(c, date(m.group(4)), date(m.group(5))));
          } else {
            code = c;
          }
        } catch (DateTimeParseException e) {
          problems.add(new Problem(file, i + 1, "bad date: " + s));
        }
        continue;
      }
      if (!last && s.startsWith("+")) {
        if (phrases == null) {
          problems.add(new Problem(file, i + 1, "synonym before any actor: " + s));
        } else {
          List<String> w = words(beforeBracket(s.substring(1)));
          if (!w.isEmpty()) {
            phrases.add(w);
          }
        }
        continue;
      }
      if (phrases != null) {
        actors.add(new Actor(phrases, code, dated, where));
      }
      phrases = null;
      if (last) {
        break;
      }
      int b = s.indexOf('[');
      String c = null;
      if (b >= 0) {
        c = bracket(s.substring(b));
        if (c == null) {
          problems.add(new Problem(file, i + 1, "unclosed [: " + s));
          continue;
        }
      }
      List<String> w = words(beforeBracket(s));
      if (w.isEmpty()) {
        problems.add(new Problem(file, i + 1, "actor without a name: " + s));
        continue;
      }
      phrases = new ArrayList<>(List.of(w));
      code = c == null ? null : firstCode(c);
      dated = new ArrayList<>();
      where = file + ":" + (i + 1);
    }
  }

  /** The code in upper case; {@code ELR/GAL} (TABARI's several actors under one name) is kept whole. */
  private static String firstCode(String c) {
    return upper(c.strip());
  }

  /** {@code YYYYMMDD}, or TABARI's {@code YYMMDD} with years before 30 in this century. */
  private static LocalDate date(String d) {
    String full = d.length() == 6 ? (Integer.parseInt(d.substring(0, 2)) < 30 ? "20" : "19") + d : d;
    return LocalDate.parse(full, java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
  }

  // ---------------------------------------------------------------- agents and discards

  void readAgents(String file, List<String> lines) {
    Map<String, List<String>> substitutions = new HashMap<>();
    boolean[] inComment = {false};
    for (int i = 0; i < lines.size(); i++) {
      String s = clean(lines.get(i), inComment).strip();
      if (s.isEmpty()) {
        continue;
      }
      if (s.matches("!\\w+!\\s*=.*")) {
        int eq = s.indexOf('=');
        substitutions.put(s.substring(0, eq).strip(),
            Arrays.stream(s.substring(eq + 1).split(",")).map(String::strip).filter(w -> !w.isEmpty()).toList());
        continue;
      }
      int b = s.indexOf('[');
      String code = b < 0 ? null : bracket(s.substring(b));
      if (code == null || !code.contains("~")) {
        problems.add(new Problem(file, i + 1, "agent needs [~CODE] or [CODE~]: " + s));
        continue;
      }
      code = code.replace(" ", "");
      boolean prefix = code.endsWith("~");
      String bare = upper(code.replace("~", ""));
      String name = s.substring(0, b);
      List<List<String>> plurals = null;
      int c = name.indexOf('{');
      if (c >= 0) {
        int d = name.indexOf('}', c);
        if (d < 0) {
          problems.add(new Problem(file, i + 1, "unclosed {: " + s));
          continue;
        }
        plurals = Arrays.stream(name.substring(c + 1, d).strip().split("\\s+")).filter(w -> !w.isEmpty())
            .map(DictionaryReader::words).toList();
        name = name.substring(0, c);
      }
      java.util.regex.Matcher marker = java.util.regex.Pattern.compile("!\\w+!").matcher(name);
      if (marker.find()) {
        List<String> with = substitutions.get(marker.group());
        if (with == null) {
          problems.add(new Problem(file, i + 1, "undefined substitution " + marker.group() + ": " + s));
          continue;
        }
        for (String w : with) {
          agents.add(new Agent(words(name.replace(marker.group(), w)), bare, prefix));
        }
        continue;
      }
      List<String> singular = words(name);
      if (singular.isEmpty()) {
        problems.add(new Problem(file, i + 1, "agent without a name: " + s));
        continue;
      }
      agents.add(new Agent(singular, bare, prefix));
      if (plurals == null) {
        agents.add(new Agent(withPluralLast(singular, plural(singular.get(singular.size() - 1))), bare, prefix));
      } else {
        plurals.stream().filter(p -> !p.isEmpty()).forEach(p -> agents.add(new Agent(p, bare, prefix)));
      }
    }
  }

  void readDiscards(String file, List<String> lines) {
    boolean[] inComment = {false};
    for (int i = 0; i < lines.size(); i++) {
      String s = clean(lines.get(i), inComment).strip();
      if (s.isEmpty()) {
        continue;
      }
      boolean story = s.startsWith("+");
      List<String> w = words(story ? s.substring(1) : s);
      if (w.isEmpty()) {
        problems.add(new Problem(file, i + 1, "empty discard: " + s));
      } else {
        discards.add(new Discard(w, story));
      }
    }
  }

  // ---------------------------------------------------------------- text helpers

  /** The line without comments; {@code inComment} carries an open {@code <!--} to the next line. */
  static String clean(String line, boolean[] inComment) {
    String s = line;
    if (inComment[0]) {
      int end = s.indexOf("-->");
      if (end < 0) {
        return "";
      }
      s = s.substring(end + 3);
      inComment[0] = false;
    }
    for (int open = s.indexOf("<!--"); open >= 0; open = s.indexOf("<!--")) {
      int end = s.indexOf("-->", open + 4);
      if (end < 0) {
        inComment[0] = true;
        s = s.substring(0, open);
        break;
      }
      s = s.substring(0, open) + s.substring(end + 3);
    }
    String t = s.strip();
    if (t.startsWith("<!") && t.endsWith(">")) {
      return "";
    }
    int hash = s.indexOf('#');
    if (hash >= 0) {
      s = s.substring(0, hash);
    }
    int semi = s.indexOf(';');
    if (semi >= 0) {
      s = s.substring(0, semi);
    }
    return s;
  }

  /** The content of the bracket that {@code s} starts with, or {@code null} when it does not close. */
  private static @Nullable String bracket(String s) {
    int end = s.indexOf(']');
    return end < 0 ? null : s.substring(1, end).strip();
  }

  private static String beforeBracket(String s) {
    int b = s.indexOf('[');
    return b < 0 ? s : s.substring(0, b);
  }

  /** Upper-case words of a phrase, separated by blanks or underscores. */
  static List<String> words(String phrase) {
    return Arrays.stream(phrase.strip().split("[\\s_]+")).filter(w -> !w.isEmpty()).map(DictionaryReader::upper)
        .toList();
  }

  private static String stripUnderscores(String name) {
    return name.replaceAll("_+$", "");
  }

  private static String upper(String s) {
    return s.toUpperCase(Locale.ROOT);
  }

  private static List<String> withPluralLast(List<String> words, String last) {
    List<String> out = new ArrayList<>(words.subList(0, words.size() - 1));
    out.add(last);
    return out;
  }

  /** The regular plural: {@code -IES} after a consonant and Y, {@code -ES} after S, X, CH, SH, else {@code -S}. */
  static String plural(String w) {
    if (w.matches(".*[^AEIOU]Y")) {
      return w.substring(0, w.length() - 1) + "IES";
    }
    if (w.matches(".*(S|X|CH|SH)")) {
      return w + "ES";
    }
    return w + "S";
  }

  /** The regular forms of a verb: third person, past, gerund. */
  static List<String> regularForms(String v) {
    List<String> out = new ArrayList<>();
    if (v.matches(".*[^AEIOU]Y")) {
      String stem = v.substring(0, v.length() - 1);
      out.addAll(List.of(stem + "IES", stem + "IED", v + "ING"));
    } else if (v.endsWith("E")) {
      out.addAll(List.of(v + "S", v + "D", v.substring(0, v.length() - 1) + "ING"));
    } else {
      out.addAll(List.of(plural(v), v + "ED", v + "ING"));
    }
    return out;
  }
}
