package org.dyad.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.dyad.engine.Json;
import org.dyad.engine.read.DocumentReader;
import org.dyad.engine.read.Read;
import org.dyad.engine.read.TextHash;
import org.dyad.model.Document;
import org.dyad.model.Extraction;
import org.dyad.store.Queries;
import org.dyad.store.Stories;
import org.dyad.store.Store;
import org.dyad.store.Table;
import org.jspecify.annotations.Nullable;

/**
 * The HTTP API and the web UI of a store, with an engine for the articles posted to it.
 *
 * <pre>{@code
 * try (Server server = Server.start(new Server.Settings("127.0.0.1", 8080, null, Server.DEFAULT_MAX_BODY, 4),
 *     "dyad.duckdb", engine::extract)) {
 *   ... server.port() ...
 * }
 * }</pre>
 *
 * <p>Every answer of {@code /api} is JSON; an error is {@code {"error": message, "status": n}} (400 for a bad
 * parameter, 401/403 for a missing token, 404, 413 for a body over the limit, 415 for a body type it does not
 * read, 500 with no detail of the cause). Posting (extracting or storing) needs {@code Authorization: Bearer TOKEN}
 * when a token is set, and is refused outright when the server listens beyond loopback without one. On loopback
 * it answers only requests to a loopback name and refuses writes from other sites ({@link CrossSite}, 403).
 */
public final class Server implements AutoCloseable {
  /** Request bodies up to 5 MB. */
  public static final long DEFAULT_MAX_BODY = 5L * 1024 * 1024;

  /**
   * How the server runs.
   *
   * @param host the address to listen on ({@code 127.0.0.1} keeps it on this machine)
   * @param port the port, 0 for any free one
   * @param token the bearer token that posting needs, or null for none (allowed on loopback only)
   * @param maxBody the largest request body accepted, in bytes
   * @param connections store connections for concurrent requests
   */
  public record Settings(String host, int port, @Nullable String token, long maxBody, int connections) {
    public Settings {
      if (maxBody < 1 || connections < 1 || port < 0 || port > 65535) {
        throw new IllegalArgumentException("bad server settings: port " + port + ", max body " + maxBody
            + ", connections " + connections);
      }
    }
  }

  /** A route of the API, as the OpenAPI document lists it. */
  record Route(String method, String path) {}

  private static final Pattern ACTOR = Pattern.compile("[A-Za-z0-9]{3,15}");
  private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{3}");
  private static final Pattern CODE = Pattern.compile("[0-9]{2,4}");
  private static final Pattern ROOT = Pattern.compile("[0-9]{2}");
  private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
      + " connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

  private final Settings settings;
  private final StorePool stores;
  private final IndexedSearch search;
  private final Function<Document, Extraction> extractor;
  private final ObjectMapper json = Json.mapper();
  private final boolean loopback;
  private final CrossSite crossSite;
  private final List<Route> routes = new ArrayList<>();
  private final Javalin app;

  private Server(Settings settings, StorePool stores, IndexedSearch search, Function<Document, Extraction> extractor) {
    this.settings = settings;
    this.stores = stores;
    this.search = search;
    this.extractor = extractor;
    this.loopback = isLoopback(settings.host());
    this.crossSite = new CrossSite(loopback);
    this.app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
      config.http.maxRequestSize = settings.maxBody();
      config.jsonMapper(new JavalinJackson(json, false));
      config.staticFiles.add(files -> {
        files.hostedPath = "/";
        files.directory = "/org/dyad/server/web";
        files.location = Location.CLASSPATH;
        files.headers = Map.of("Content-Security-Policy", CSP, "X-Content-Type-Options", "nosniff",
            "Cache-Control", "no-cache");
      });
    });
    wire();
  }

  /** Opens {@code connections} connections to the store at {@code target} and starts listening. */
  public static Server start(Settings settings, String target, Function<Document, Extraction> extractor) {
    StorePool pool = new StorePool(target, settings.connections());
    IndexedSearch search = null;
    try {
      search = IndexedSearch.open(target, pool);
      Server s = new Server(settings, pool, search, extractor);
      s.app.start(settings.host(), settings.port());
      return s;
    } catch (RuntimeException e) {
      if (search != null) {
        search.close();
      }
      pool.close();
      throw e;
    }
  }

  /** The port listened on (the one chosen when the settings said 0). */
  public int port() {
    return app.port();
  }

  /** The routes of the API. */
  List<Route> routes() {
    return List.copyOf(routes);
  }

  /** True when posting is open to anyone who can connect: loopback without a token. */
  public boolean postingIsOpen() {
    return settings.token() == null && loopback;
  }

  private void wire() {
    app.before(ctx -> {
      ctx.header("X-Content-Type-Options", "nosniff");
      crossSite.check(ctx, port());
      if (ctx.method() == HandlerType.POST) {
        authorize(ctx);
        long length = ctx.req().getContentLengthLong();
        if (length > settings.maxBody()) {
          throw tooLarge();
        }
      }
    });
    app.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
    app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
    app.exception(Exception.class, (e, ctx) -> {
      System.err.println("dyad serve: " + ctx.method() + " " + ctx.path() + " failed: " + e);
      error(ctx, 500, "internal error");
    });
    app.error(404, ctx -> {
      if (!ctx.res().isCommitted() && !"application/json".equals(ctx.res().getContentType())) {
        error(ctx, 404, "no such page: " + ctx.path());
      }
    });

    get("/health", ctx -> {
      long documents = stores.read(s -> new Queries(s)
          .documents(new Queries.DocumentFilter(null, null, null, null), 0, 0).total());
      ctx.json(Map.of("status", "ok", "documents", documents, "posting",
          postingIsOpen() ? "open" : settings.token() != null ? "token" : "closed"));
    });
    get("/openapi.json", ctx -> {
      try (InputStream in = Server.class.getResourceAsStream("openapi.json")) {
        if (in == null) {
          throw new IllegalStateException("openapi.json is missing from the classpath");
        }
        ctx.contentType("application/json").result(in.readAllBytes());
      }
    });
    post("/api/extract", ctx -> ctx.json(readArticles(ctx).get(0).extractedBy(extractor)));
    post("/api/documents", this::ingest);
    get("/api/documents", ctx -> {
      int size = intParam(ctx, "size", 20, 1, 100);
      int page = intParam(ctx, "page", 1, 1, 1_000_000);
      Queries.DocumentFilter filter = new Queries.DocumentFilter(text(ctx, "q", 200), date(ctx, "from"),
          date(ctx, "to"), text(ctx, "actor", 100));
      Map<String, Object> found = search.page(filter.text(), filter.from(), filter.to(), filter.actor(), page, size);
      if (found != null) {
        ctx.json(found);
        return;
      }
      Queries.Page p = stores.read(s -> new Queries(s).documents(filter, (long) (page - 1) * size, size));
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("total", p.total());
      out.put("page", page);
      out.put("size", size);
      out.put("items", rows(p.rows()));
      ctx.json(out);
    });
    get("/api/documents/{id}", ctx -> {
      String id = ctx.pathParam("id");
      Extraction x = stores.read(s -> new Queries(s).document(id))
          .orElseThrow(() -> new ApiException(404, "no document " + id));
      ctx.json(x);
    });
    get("/api/events", ctx -> {
      Queries.EventFilter filter = new Queries.EventFilter(code(ctx, "source", ACTOR), code(ctx, "target", ACTOR),
          code(ctx, "code", CODE), code(ctx, "root", ROOT), date(ctx, "from"), date(ctx, "to"));
      int limit = intParam(ctx, "limit", 200, 1, 1000);
      ctx.json(items(stores.read(s -> new Queries(s).events(filter, limit))));
    });
    get("/api/quotes", ctx -> {
      String speaker = text(ctx, "speaker", 100);
      String actor = code(ctx, "actor", ACTOR);
      int limit = intParam(ctx, "limit", 100, 1, 1000);
      ctx.json(items(stores.read(s -> new Queries(s).speakerQuotes(speaker, actor, limit))));
    });
    get("/api/dyads/{a}/{b}/timeline", ctx -> {
      String a = country(ctx, "a");
      String b = country(ctx, "b");
      String by = ctx.queryParamMap().containsKey("by") ? ctx.queryParam("by") : "month";
      Queries.Period period;
      try {
        period = Queries.Period.valueOf(String.valueOf(by));
      } catch (IllegalArgumentException e) {
        throw ApiException.badRequest("by must be day, week, month or year, not \"" + by + "\"");
      }
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("a", a);
      out.put("b", b);
      out.put("by", period.name());
      out.put("items", rows(stores.read(s -> new Queries(s).timeline(a, b, period))));
      ctx.json(out);
    });
    get("/api/dyads/{a}/{b}/events", ctx -> {
      String a = country(ctx, "a");
      String b = country(ctx, "b");
      LocalDate from = required(date(ctx, "from"), "from");
      LocalDate to = required(date(ctx, "to"), "to");
      int limit = intParam(ctx, "limit", 200, 1, 1000);
      ctx.json(items(stores.read(s -> new Queries(s).dyadEvents(a, b, from, to, limit))));
    });
    get("/api/actors/top", ctx -> {
      int limit = intParam(ctx, "limit", 50, 1, 1000);
      ctx.json(items(stores.read(s -> new Queries(s).topActors(limit))));
    });
    get("/api/actors/{actor}/partners", ctx -> {
      String actor = ctx.pathParam("actor");
      if (!ACTOR.matcher(actor).matches()) {
        throw ApiException.badRequest("actor must be a CAMEO actor or country code, not \"" + actor + "\"");
      }
      int limit = intParam(ctx, "limit", 50, 1, 1000);
      ctx.json(items(stores.read(s -> new Queries(s).partners(actor, limit))));
    });
  }

  private void get(String path, io.javalin.http.Handler handler) {
    routes.add(new Route("get", path));
    app.get(path, handler);
  }

  private void post(String path, io.javalin.http.Handler handler) {
    routes.add(new Route("post", path));
    app.post(path, handler);
  }

  private void authorize(Context ctx) {
    String token = settings.token();
    if (token == null) {
      if (!loopback) {
        throw new ApiException(403, "posting is off: the server listens beyond loopback without --token");
      }
      return;
    }
    String header = ctx.header("Authorization");
    String given = header != null && header.startsWith("Bearer ") ? header.substring(7).strip() : "";
    if (!MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new ApiException(401, "posting needs the header Authorization: Bearer <token>");
    }
  }

  private void ingest(Context ctx) {
    List<Extraction> extractions = new ArrayList<>();
    for (Read.Ok posted : readArticles(ctx)) {
      extractions.add(posted.extractedBy(extractor));
    }
    List<Store.Outcome> outcomes = stores.write(s -> {
      List<Store.Outcome> o = s.put(extractions);
      if (o.contains(Store.Outcome.STORED)) {
        search.caughtUp(s);
        s.collapseStories(Stories.DEFAULT_WINDOW_DAYS);
      }
      return o;
    });
    List<Map<String, Object>> results = new ArrayList<>();
    for (int i = 0; i < extractions.size(); i++) {
      Extraction x = extractions.get(i);
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("id", x.id());
      r.put("outcome", outcomes.get(i).name().toLowerCase(Locale.ROOT));
      r.put("entities", x.entities().size());
      r.put("quotes", x.quotes().size());
      r.put("events", x.events().size());
      results.add(r);
    }
    ctx.status(outcomes.contains(Store.Outcome.STORED) ? 201 : 200).json(Map.of("items", results));
  }

  /**
   * The documents of a request, made by the reader as {@code dyad ingest} makes them: a JSON object or an array
   * of objects each read as a line of JSON Lines is, or one plain-text article read as a text file is. An
   * article without an id is named by its text ({@link TextHash#id}: {@code api-} and 16 hex digits).
   */
  private List<Read.Ok> readArticles(Context ctx) {
    String body = body(ctx);
    String type = String.valueOf(ctx.contentType()).toLowerCase(Locale.ROOT);
    DocumentReader reader = new DocumentReader(null, LocalDate.now());
    String origin = "http:" + ctx.path();
    if (type.startsWith("text/plain")) {
      if (body.isBlank()) {
        throw ApiException.badRequest("the article is empty");
      }
      return List.of(accepted(reader.text(origin, TextHash.id("api-", body), body)));
    }
    if (!type.startsWith("application/json")) {
      throw new ApiException(415, "send application/json ({\"text\": ...}) or text/plain");
    }
    JsonNode node;
    try {
      node = json.readTree(body);
    } catch (IOException e) {
      throw ApiException.badRequest("malformed JSON");
    }
    List<JsonNode> articles = new ArrayList<>();
    if (node != null && node.isArray()) {
      node.forEach(articles::add);
    } else {
      articles.add(node);
    }
    if (articles.isEmpty()) {
      throw ApiException.badRequest("no article in the request");
    }
    List<Read.Ok> out = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      JsonNode n = checked(articles.get(i));
      String where = articles.size() == 1 ? origin : origin + "#" + (i + 1);
      out.add(accepted(reader.jsonRecord(where, n, TextHash.id("api-", n.get("text").asText()))));
    }
    return out;
  }

  /** A posted article as the API describes it ({@code Article} in openapi.json), or a 400 saying what is wrong. */
  private static JsonNode checked(@Nullable JsonNode n) {
    if (n == null || !n.isObject()) {
      throw ApiException.badRequest("an article is a JSON object with a \"text\"");
    }
    JsonNode text = n.get("text");
    if (text == null || !text.isTextual() || text.asText().isBlank()) {
      throw ApiException.badRequest("an article needs a non-empty \"text\" string");
    }
    for (String name : List.of("id", "title", "date", "credit")) {
      JsonNode v = n.get(name);
      if (v != null && !v.isNull() && !v.isTextual()) {
        throw ApiException.badRequest("\"" + name + "\" must be a string");
      }
    }
    JsonNode id = n.get("id");
    if (id != null && id.isTextual() && (id.asText().isBlank() || id.asText().length() > 200)) {
      throw ApiException.badRequest("an id is 1 to 200 characters");
    }
    JsonNode date = n.get("date");
    if (date != null && date.isTextual() && DocumentReader.parseDate(date.asText()) == null) {
      throw ApiException.badRequest("date must be a date YYYY-MM-DD, not \"" + date.asText() + "\"");
    }
    return n;
  }

  private static Read.Ok accepted(Read read) {
    if (read instanceof Read.Failed f) {
      throw ApiException.badRequest(f.message());
    }
    return (Read.Ok) read;
  }

  /** The body as strict UTF-8, read up to the limit (a body sent without a length is cut off there too). */
  private String body(Context ctx) {
    byte[] bytes;
    try (InputStream in = ctx.req().getInputStream()) {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, settings.maxBody() + 1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (bytes.length > settings.maxBody()) {
      throw tooLarge();
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw ApiException.badRequest("the body is not UTF-8");
    }
  }

  private ApiException tooLarge() {
    return new ApiException(413, "the body is over the limit of " + settings.maxBody() + " bytes");
  }

  private static void error(Context ctx, int status, String message) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("error", message);
    out.put("status", status);
    ctx.status(status).json(out);
  }

  private static List<Map<String, @Nullable Object>> rows(Table t) {
    List<Map<String, @Nullable Object>> out = new ArrayList<>();
    for (List<@Nullable Object> row : t.rows()) {
      Map<String, @Nullable Object> m = new LinkedHashMap<>();
      for (int i = 0; i < t.columns().size(); i++) {
        m.put(t.columns().get(i), row.get(i));
      }
      out.add(m);
    }
    return out;
  }

  private static Map<String, Object> items(Table t) {
    return Map.of("items", rows(t));
  }

  private static @Nullable String text(Context ctx, String name, int longest) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    if (v.length() > longest) {
      throw ApiException.badRequest(name + " is longer than " + longest + " characters");
    }
    return v.strip();
  }

  private static @Nullable String code(Context ctx, String name, Pattern form) {
    String v = text(ctx, name, 20);
    if (v != null && !form.matcher(v).matches()) {
      throw ApiException.badRequest(name + " \"" + v + "\" is not a valid code");
    }
    return v;
  }

  private static String country(Context ctx, String name) {
    String v = ctx.pathParam(name);
    if (!COUNTRY.matcher(v).matches()) {
      throw ApiException.badRequest("a dyad is two ISO 3166-1 alpha-3 country codes (JPN, KOR), not \"" + v + "\"");
    }
    return v.toUpperCase(Locale.ROOT);
  }

  private static @Nullable LocalDate date(Context ctx, String name) {
    String v = text(ctx, name, 10);
    return v == null ? null : parseDate(v, name);
  }

  private static LocalDate parseDate(String v, String name) {
    try {
      return LocalDate.parse(v.strip());
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest(name + " must be a date YYYY-MM-DD, not \"" + v + "\"");
    }
  }

  private static LocalDate required(@Nullable LocalDate d, String name) {
    if (d == null) {
      throw ApiException.badRequest(name + " is required");
    }
    return d;
  }

  private static int intParam(Context ctx, String name, int fallback, int least, int most) {
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

  private static boolean isLoopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /** Stops listening and closes the store connections. */
  @Override
  public void close() {
    app.stop();
    search.close();
    stores.close();
  }
}
