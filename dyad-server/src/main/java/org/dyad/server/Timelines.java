package org.dyad.server;

import io.javalin.http.Context;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.store.Queries;
import org.jspecify.annotations.Nullable;

/**
 * The dyad timeline as the API answers it: every period from the first to the last (or over the range asked
 * for), those without an event counted as zero, so that the axis is time; and apart, the events dated only to a
 * month or a year when the periods are finer, each with the span it stands for.
 */
final class Timelines {
  /** The most periods one answer holds (27 years by day). */
  static final int MOST_PERIODS = 10_000;

  private static final List<String> COUNTS = List.of("events", "verbal_coop", "material_coop", "verbal_conflict",
      "material_conflict", "stories");

  private Timelines() {}

  static Map<String, Object> answer(Context ctx, StorePool stores) {
    String a = Params.country(ctx, "a");
    String b = Params.country(ctx, "b");
    String by = ctx.queryParamMap().containsKey("by") ? String.valueOf(ctx.queryParam("by")) : "month";
    Queries.Period period;
    try {
      period = Queries.Period.valueOf(by);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("by must be day, week, month or year, not \"" + by + "\"");
    }
    LocalDate from = Params.date(ctx, "from");
    LocalDate to = Params.date(ctx, "to");
    if (from != null && to != null && to.isBefore(from)) {
      throw ApiException.badRequest("to is before from");
    }
    List<Map<String, @Nullable Object>> counted = Server.rows(stores.read(s -> new Queries(s).preciseTimeline(a, b, period)));
    List<Map<String, @Nullable Object>> vague = new ArrayList<>();
    for (Map<String, @Nullable Object> v : Server.rows(stores.read(s -> new Queries(s).vagueDates(a, b, period)))) {
      LocalDate first = LocalDate.parse(String.valueOf(v.get("day")));
      LocalDate last = String.valueOf(v.get("date")).length() == 4 ? first.withDayOfYear(first.lengthOfYear())
          : first.withDayOfMonth(first.lengthOfMonth());
      if ((to == null || !first.isAfter(to)) && (from == null || !last.isBefore(from))) {
        Map<String, @Nullable Object> band = new LinkedHashMap<>();
        band.put("date", v.get("date"));
        band.put("from", first.toString());
        band.put("to", last.toString());
        band.put("events", v.get("events"));
        vague.add(band);
      }
    }
    // Without a range, the axis runs from the first to the last period counted or band drawn.
    List<LocalDate> ends = new ArrayList<>();
    for (Map<String, @Nullable Object> p : counted) {
      ends.add(LocalDate.parse(String.valueOf(p.get("period"))));
    }
    for (Map<String, @Nullable Object> band : vague) {
      ends.add(LocalDate.parse(String.valueOf(band.get("from"))));
      ends.add(LocalDate.parse(String.valueOf(band.get("to"))));
    }
    if (from == null) {
      from = ends.stream().min(LocalDate::compareTo).orElse(null);
    }
    if (to == null) {
      to = ends.stream().max(LocalDate::compareTo).orElse(null);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("a", a);
    out.put("b", b);
    out.put("by", period.name());
    out.put("items", filled(counted, period, from, to));
    out.put("vague", vague);
    return out;
  }

  /**
   * Every period from {@code from} to {@code to} (none when either is null), in order, the counted ones as they
   * are and the others with zero counts and no mean.
   */
  static List<Map<String, @Nullable Object>> filled(List<Map<String, @Nullable Object>> counted, Queries.Period by,
      @Nullable LocalDate from, @Nullable LocalDate to) {
    Map<LocalDate, Map<String, @Nullable Object>> at = new LinkedHashMap<>();
    for (Map<String, @Nullable Object> p : counted) {
      at.put(LocalDate.parse(String.valueOf(p.get("period"))), p);
    }
    if (from == null || to == null) {
      return List.of();
    }
    LocalDate first = start(from, by);
    LocalDate last = to;
    List<Map<String, @Nullable Object>> out = new ArrayList<>();
    for (LocalDate d = first; !d.isAfter(last); d = next(d, by)) {
      if (out.size() == MOST_PERIODS) {
        throw ApiException.badRequest("over " + MOST_PERIODS + " periods: narrow from and to, or count by a longer period");
      }
      Map<String, @Nullable Object> p = at.get(d);
      if (p == null) {
        p = new LinkedHashMap<>();
        p.put("period", d.toString());
        for (String c : COUNTS) {
          p.put(c, 0);
        }
        p.put("mean_goldstein", null);
        p.put("sum_goldstein", 0);
      }
      out.add(p);
    }
    return out;
  }

  /** The first day of the period holding {@code d} (weeks start on Monday, as SQL's date_trunc has them). */
  static LocalDate start(LocalDate d, Queries.Period by) {
    return switch (by) {
      case day -> d;
      case week -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case month -> d.withDayOfMonth(1);
      case year -> d.withDayOfYear(1);
    };
  }

  private static LocalDate next(LocalDate d, Queries.Period by) {
    return switch (by) {
      case day -> d.plusDays(1);
      case week -> d.plusWeeks(1);
      case month -> d.plusMonths(1);
      case year -> d.plusYears(1);
    };
  }
}
