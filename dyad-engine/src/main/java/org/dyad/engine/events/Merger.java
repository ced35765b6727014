package org.dyad.engine.events;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.dyad.model.Event;
import org.dyad.model.EventDateSource;
import org.dyad.model.Mention;
import org.dyad.model.Modality;
import org.dyad.model.Place;
import org.dyad.model.PlaceKind;
import org.jspecify.annotations.Nullable;

/**
 * Merges the mentions of one real event: "Kishida's visit", "welcomed Kishida to Seoul" (whose guest
 * thereby visits) and "their meeting" are one visit with three mentions.
 *
 * <p>Two mentions are the same event when they have the same code, the same source and target and
 * compatible dates, and either the same predicate or a consult code (04: the meetings of one pair on one
 * date are one meeting), or one of them is a headline; a negated mention never joins an asserted one ("did
 * not sign the accord ... signed a loan deal"). A generic meeting (040) joins any consult event of
 * the same two countries, either way round. A mention without a target ("Kishida's visit was the first")
 * joins the event of the same code and source. Mentions of the same code whose clauses overlap are one event
 * when their actors have the same countries ("went into a meeting with Shevardnadze and the Soviet delegation after
 * arriving in Moscow" is one visit). Dates are compatible when equal or nested ("2023-12" and
 * "2023-12-10"), and a mention dated only by the document is compatible with a text date of the week before
 * the document date: "the trip ... in March" is not this week's visit.
 */
final class Merger {
  private Merger() {}

  static List<Event> merge(List<Draft> drafts, LocalDate documentDate) {
    List<Group> groups = new ArrayList<>();
    List<Draft> ordered = new ArrayList<>(drafts);
    ordered.sort(Comparator.comparingInt((Draft d) -> d.mention().start()));
    for (Draft d : ordered) {
      Group into = null;
      for (Group g : groups) {
        if (same(g.first, d, documentDate)) {
          into = g;
          break;
        }
      }
      if (into == null) {
        groups.add(new Group(d));
      } else {
        into.add(d);
      }
    }
    List<Event> out = new ArrayList<>();
    for (Group g : groups) {
      out.add(g.toEvent("V" + (out.size() + 1)));
    }
    return out;
  }

  private static boolean same(Draft a, Draft b, LocalDate documentDate) {
    if (!compatible(a, b, documentDate) || negated(a) != negated(b)) {
      return false;
    }
    boolean consult = a.code().root().equals("04") && b.code().root().equals("04");
    if (consult && (a.code().code().equals("040") || b.code().code().equals("040"))) {
      return sameCountries(a, b);
    }
    if (!a.code().code().equals(b.code().code())) {
      return false;
    }
    if (a.headline() || b.headline()) {
      return sameCountries(a, b) && ordered(a, b, true);
    }
    if ((a.target() == null) != (b.target() == null)) {
      return sameActor(a.source(), b.source(), false);
    }
    boolean oneAct = consult || a.lemma().equals(b.lemma());
    // one clause telling the act twice, or with two actors of one country ("went into a meeting with Shevardnadze
    // and the Soviet delegation after arriving in Moscow"), tells one act between the two countries; two verbs of
    // one code are two acts ("recalled its ambassador to Kenya and sent away Kenya's envoy")
    if (oneAct && a.evidence().span().overlaps(b.evidence().span()) && ordered(a, b, true)) {
      return true;
    }
    return oneAct && ordered(a, b, false);
  }

  /** An act said not to have happened is never a mention of one said to have happened ("did not sign ... signed"). */
  private static boolean negated(Draft d) {
    return d.modality().contains(Modality.NEGATED);
  }

  /** Same source and target, by entity when both name one, else by country when {@code loose}. */
  private static boolean ordered(Draft a, Draft b, boolean loose) {
    return sameActor(a.source(), b.source(), loose) && sameActor(a.target(), b.target(), loose);
  }

  private static boolean sameActor(Draft.@Nullable Actor x, Draft.@Nullable Actor y, boolean loose) {
    if (x == null || y == null) {
      return x == y;
    }
    return x.key().equals(y.key()) || loose && x.country() != null && x.country().equals(y.country());
  }

  /** The same two countries, in either order. */
  private static boolean sameCountries(Draft a, Draft b) {
    String a1 = a.source().country();
    String a2 = a.target() == null ? null : a.target().country();
    String b1 = b.source().country();
    String b2 = b.target() == null ? null : b.target().country();
    if (a1 == null || b1 == null) {
      return false;
    }
    return a1.equals(b1) && Objects.equals(a2, b2) || a1.equals(b2) && Objects.equals(a2, b1);
  }

  static boolean compatible(Draft a, Draft b, LocalDate documentDate) {
    if (a.dateSource() == EventDateSource.DOCUMENT && b.dateSource() == EventDateSource.DOCUMENT) {
      return true;
    }
    if (a.dateSource() == EventDateSource.DOCUMENT) {
      return recent(b.date(), documentDate);
    }
    if (b.dateSource() == EventDateSource.DOCUMENT) {
      return recent(a.date(), documentDate);
    }
    return a.date().startsWith(b.date()) || b.date().startsWith(a.date());
  }

  /** Whether a text date may be the date of a mention that the text does not date: this week's news. */
  private static boolean recent(String value, LocalDate documentDate) {
    try {
      if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
        LocalDate d = LocalDate.parse(value);
        return !d.isBefore(documentDate.minusDays(7)) && !d.isAfter(documentDate.plusDays(7));
      }
      if (value.matches("\\d{4}-\\d{2}")) {
        YearMonth m = YearMonth.parse(value);
        return m.equals(YearMonth.from(documentDate)) || m.equals(YearMonth.from(documentDate.minusDays(7)));
      }
      if (value.matches("\\d{4}")) {
        return Integer.parseInt(value) == documentDate.getYear();
      }
    } catch (RuntimeException e) {
      return false;
    }
    return false;
  }

  /** The mentions of one event; the first gives actors, modality and evidence, the best dated its date. */
  private static final class Group {
    private Draft first;
    private final List<Mention> mentions = new ArrayList<>();
    private Draft dated;
    private Draft.Actor source;
    private Draft.@Nullable Actor target;
    private @Nullable Place place;

    Group(Draft d) {
      this.first = d;
      this.dated = d;
      this.source = d.source();
      this.target = d.target();
      this.place = d.place();
      mentions.add(d.mention());
    }

    void add(Draft d) {
      if (mentions.stream().noneMatch(m -> m.equals(d.mention()))) {
        mentions.add(d.mention());
      }
      if (dated.dateSource() == EventDateSource.DOCUMENT && d.dateSource() == EventDateSource.TEXT) {
        dated = d;
      }
      if (first.code().code().equals("040") && !d.code().code().equals("040")) {
        first = d;
        source = d.source();
        target = d.target();
      } else if (first.code().code().equals(d.code().code())) {
        source = sharper(source, d.source());
        target = target == null ? d.target() : sharper(target, d.target());
      }
      if (place == null || place.kind() == PlaceKind.COUNTRY && d.place() != null
          && d.place().kind() != PlaceKind.COUNTRY && Objects.equals(place.country(), d.place().country())) {
        place = d.place(); // the city says more than its country
      }
    }

    /** The actor with the longer code on the same side: "KORGOV" says more than "KOR". */
    private static Draft.Actor sharper(Draft.Actor kept, Draft.@Nullable Actor other) {
      if (other == null || !Objects.equals(kept.country(), other.country()) || other.actor() == null) {
        return kept;
      }
      return kept.actor() == null || other.actor().length() > kept.actor().length() ? other : kept;
    }

    Event toEvent(String id) {
      CameoCode c = first.code();
      mentions.sort(Comparator.comparingInt(Mention::start));
      return new Event(id, c.code(), c.root(), c.name(), c.plover(), c.ploverMode(),
          c.goldstein(), c.quadClass(), source.toModel(), target == null ? null : target.toModel(), dated.date(),
          dated.dateSource(), place, first.modality(),
          first.historical(), mentions, first.evidence(), first.rule(), first.act());
    }
  }
}
