package org.dyad.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The parameters of a request, read and checked: a bad one is a 400 that says what is wrong. */
final class Params {
  static final Pattern ACTOR = Pattern.compile("[A-Za-z0-9-]{3,15}");
  static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{3}");
  static final Pattern CODE = Pattern.compile("[0-9]{2,4}");
  static final Pattern ROOT = Pattern.compile("[0-9]{2}");

  private Params() {}

  /** Where a page of a list starts and how long it is: {@code offset} (from 0) and {@code limit}. */
  record Paging(long offset, int limit) {}

  static Paging paging(Context ctx, int fallback, int most) {
    return new Paging(intParam(ctx, "offset", 0, 0, 10_000_000), intParam(ctx, "limit", fallback, 1, most));
  }

  static @Nullable String text(Context ctx, String name, int longest) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    if (v.length() > longest) {
      throw ApiException.badRequest(name + " is longer than " + longest + " characters");
    }
    return v.strip();
  }

  static @Nullable String code(Context ctx, String name, Pattern form) {
    String v = text(ctx, name, 20);
    if (v != null && !form.matcher(v).matches()) {
      throw ApiException.badRequest(name + " \"" + v + "\" is not a valid code");
    }
    return v;
  }

  static String country(Context ctx, String name) {
    String v = ctx.pathParam(name);
    if (!COUNTRY.matcher(v).matches()) {
      throw ApiException.badRequest("a dyad is two ISO 3166-1 alpha-3 country codes (JPN, KOR), not \"" + v + "\"");
    }
    return v.toUpperCase(Locale.ROOT);
  }

  static @Nullable LocalDate date(Context ctx, String name) {
    String v = text(ctx, name, 10);
    return v == null ? null : parseDate(v, name);
  }

  static LocalDate parseDate(String v, String name) {
    try {
      return LocalDate.parse(v.strip());
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest(name + " must be a date YYYY-MM-DD, not \"" + v + "\"");
    }
  }

  static LocalDate required(@Nullable LocalDate d, String name) {
    if (d == null) {
      throw ApiException.badRequest(name + " is required");
    }
    return d;
  }

  static int intParam(Context ctx, String name, int fallback, int least, int most) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v.strip());
      if (n >= least && n <= most) {
        return n;
      }
    } catch (NumberFormatException e) {
      // said below
    }
    throw ApiException.badRequest(name + " must be a whole number from " + least + " to " + most + ", not \"" + v + "\"");
  }

  static String actor(Context ctx) {
    String actor = ctx.pathParam("actor");
    if (!ACTOR.matcher(actor).matches()) {
      throw ApiException.badRequest("actor must be a CAMEO actor or country code, not \"" + actor + "\"");
    }
    return actor.toUpperCase(Locale.ROOT);
  }
}
