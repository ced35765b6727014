package org.dyad.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Semaphore;
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

  /** The time a request body has to arrive whole, and a connection may stay silent. */
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);

  /** Request line and headers up to 8 KiB; more is refused with 431. */
  static final int MAX_HEADERS = 8 * 1024;

  /** Bodies read at once; a post beyond them is refused at once (503), so that slow bodies hold few threads. */
  static final int MAX_UPLOADS = 32;

  /**
   * How the server runs.
   *
   * @param host the address to listen on ({@code 127.0.0.1} keeps it on this machine)
   * @param port the port, 0 for any free one
   * @param token the bearer token that posting needs, or null for none (allowed on loopback only)
   * @param maxBody the largest request body accepted, in bytes
   * @param connections store connections for concurrent requests
   * @param cors the origins ({@code https://example.org}) whose pages may read the API across sites (CORS); none
   *     by default, when no CORS header is ever sent
   * @param readTimeout the time a request body has to arrive whole (a slow body is cut then, 408) and a
   *     connection may stay silent before it is closed
   */
  public record Settings(String host, int port, @Nullable String token, long maxBody, int connections,
      List<String> cors, Duration readTimeout) {
    public Settings {
      if (maxBody < 1 || connections < 1 || port < 0 || port > 65535 || readTimeout.toMillis() < 1) {
        throw new IllegalArgumentException("bad server settings: port " + port + ", max body " + maxBody
            + ", connections " + connections + ", read timeout " + readTimeout);
      }
      cors = List.copyOf(cors);
      for (String origin : cors) {
        if (!ORIGIN.matcher(origin).matches()) {
          throw new IllegalArgumentException("a CORS origin is http(s)://host[:port], not \"" + origin + "\"");
        }
      }
    }

    /** Settings with the default read timeout. */
    public Settings(String host, int port, @Nullable String token, long maxBody, int connections,
        List<String> cors) {
      this(host, port, token, maxBody, connections, cors, DEFAULT_READ_TIMEOUT);
    }

    /** Settings without CORS. */
    public Settings(String host, int port, @Nullable String token, long maxBody, int connections) {
      this(host, port, token, maxBody, connections, List.of());
    }
  }

  private static final Pattern ORIGIN = Pattern.compile("https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?|https?://\\[[0-9a-fA-F:]+\\](:[0-9]{1,5})?");

  /** A route of the API, as the OpenAPI document lists it. */
  record Route(String method, String path) {}

  /** The version of the Swagger UI WebJar on the classpath, whose files {@code /webjars/swagger-ui/} serves. */
  private static final String SWAGGER_UI = webJarVersion("swagger-ui");
  private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
      + " connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

  private final Settings settings;
  private final StorePool stores;
  private final Extractions extractions;
  private final Function<Document, Extraction> extractor;
  private final IndexedSearch search;
  private final ObjectMapper json = Json.mapper();
  private final boolean loopback;
  private final CrossSite crossSite;
  private final List<Route> routes = new ArrayList<>();
  private final Semaphore uploads = new Semaphore(MAX_UPLOADS);
  private final Javalin app;

  private Server(Settings settings, StorePool stores, IndexedSearch search, Function<Document, Extraction> extractor) {
    this.settings = settings;
    this.stores = stores;
    this.extractor = extractor;
    this.extractions = new Extractions(extractor, Math.max(1, Runtime.getRuntime().availableProcessors() / 2));
    this.search = search;
    this.loopback = isLoopback(settings.host());
    this.crossSite = new CrossSite(loopback);
    this.app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
      config.jetty.modifyHttpConfiguration(http -> {
        http.setIdleTimeout(settings.readTimeout().toMillis());
        http.setRequestHeaderSize(MAX_HEADERS);
      });
      config.http.maxRequestSize = settings.maxBody();
      config.http.prefer405over404 = true;
      config.staticFiles.enableWebjars();
      if (!settings.cors().isEmpty()) {
        config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> settings.cors().forEach(rule::allowHost)));
      }
      config.requestLogger.http((ctx, ms) -> System.err.printf(Locale.ROOT, "dyad serve: %s %s%s %d %.0f ms%n",
          ctx.method(), ctx.path(), ctx.queryString() == null ? "" : "?" + ctx.queryString(), ctx.statusCode(), ms));
      config.jsonMapper(new JavalinJackson(json, false));
      config.staticFiles.add(files -> {
        files.hostedPath = "/";
        files.directory = "/org/dyad/server/web";
        files.location = Location.CLASSPATH;
        files.headers = Map.of("Content-Security-Policy", CSP, "X-Content-Type-Options", "nosniff",
            "Cache-Control", "no-cache");
      });
      wire(config.routes);
    });
  }

  /** Opens {@code connections} connections to the store at {@code target} and starts listening. */
  public static Server start(Settings settings, String target, Function<Document, Extraction> extractor) {
    return start(settings, target, false, extractor);
  }

  /**
   * {@link #start}, the store opened read-only when {@code readOnly} (then other processes may read a DuckDB
   * file at the same time, and posting documents is refused).
   */
  public static Server start(Settings settings, String target, boolean readOnly,
      Function<Document, Extraction> extractor) {
    return start(settings, target, readOnly, null, extractor);
  }

  /**
   * {@link #start}, searching with the index in the folder {@code index} (created and caught up with the store
   * unless {@code readOnly}), or with the one beside a DuckDB file when null.
   */
  public static Server start(Settings settings, String target, boolean readOnly, @Nullable Path index,
      Function<Document, Extraction> extractor) {
    StorePool pool = new StorePool(target, settings.connections(), readOnly);
    IndexedSearch search = null;
    try {
      search = IndexedSearch.open(target, index, pool);
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

  private void wire(RoutesConfig api) {
    api.before(ctx -> {
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
    api.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
    api.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
    api.exception(Exception.class, (e, ctx) -> {
      System.err.println("dyad serve: " + ctx.method() + " " + ctx.path() + " failed: " + e);
      error(ctx, 500, "internal error");
    });
    api.error(404, ctx -> {
      if (!ctx.res().isCommitted() && !"application/json".equals(ctx.res().getContentType())) {
        error(ctx, 404, "no such page: " + ctx.path());
      }
    });

    get(api, "/health", ctx -> {
      long documents = stores.read(s -> new Queries(s)
          .documents(new Queries.DocumentFilter(null, null, null, null), 0, 0).total());
      ctx.json(Map.of("status", "ok", "documents", documents, "posting",
          postingIsOpen() ? "open" : settings.token() != null ? "token" : "closed", "extractions_waiting",
          extractions.waiting(), "models", extractor instanceof LazyExtractor l && !l.loaded() ? "not loaded"
          : "loaded"));
    });
    get(api, "/openapi.json", ctx -> ctx.contentType("application/json").result(resource("openapi.json")));
    get(api, "/api/docs", ctx -> {
      ctx.header("Content-Security-Policy", CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"));
      ctx.html(new String(resource("web/api-docs.html"), StandardCharsets.UTF_8)
          .replace("SWAGGER_UI", "/webjars/swagger-ui/" + SWAGGER_UI));
    });
    post(api, "/api/extract", ctx -> ctx.json(extractions.run(List.of(readArticles(ctx).get(0))).get(0)));
    post(api, "/api/documents", this::ingest);
    get(api, "/api/documents", ctx -> {
      Params.Paging at = Params.paging(ctx, 20, 100);
      Queries.DocumentFilter filter = new Queries.DocumentFilter(Params.text(ctx, "q", 200),
          Params.date(ctx, "from"), Params.date(ctx, "to"), Params.text(ctx, "actor", 100));
      Map<String, Object> found = search.page(filter.text(), filter.from(), filter.to(), filter.actor(), at);
      if (found != null) {
        ctx.json(found);
        return;
      }
      ctx.json(page(at, stores.read(s -> new Queries(s).documents(filter, at.offset(), at.limit()))));
    });
    get(api, "/api/documents/{id}", ctx -> {
      String id = ctx.pathParam("id");
      Extraction x = stores.read(s -> new Queries(s).document(id))
          .orElseThrow(() -> new ApiException(404, "no document " + id));
      ctx.json(x);
    });
    get(api, "/api/events", ctx -> {
      Queries.EventFilter filter = new Queries.EventFilter(Params.code(ctx, "source", Params.ACTOR),
          Params.code(ctx, "target", Params.ACTOR), Params.code(ctx, "actor", Params.ACTOR),
          Params.code(ctx, "partner", Params.ACTOR), Params.code(ctx, "code", Params.CODE),
          Params.code(ctx, "root", Params.ROOT), Params.date(ctx, "from"), Params.date(ctx, "to"));
      if (filter.partner() != null && filter.actor() == null) {
        throw ApiException.badRequest("partner needs actor");
      }
      Params.Paging at = Params.paging(ctx, 200, 1000);
      ctx.json(page(at, stores.read(s -> new Queries(s).events(filter, at.offset(), at.limit()))));
    });
    get(api, "/api/quotes", ctx -> {
      String speaker = Params.text(ctx, "speaker", 100);
      String actor = Params.code(ctx, "actor", Params.ACTOR);
      Params.Paging at = Params.paging(ctx, 100, 1000);
      ctx.json(page(at, stores.read(s -> new Queries(s).speakerQuotes(speaker, actor, at.offset(), at.limit()))));
    });
    get(api, "/api/dyads/{a}/{b}/timeline", ctx -> ctx.json(Timelines.answer(ctx, stores)));
    get(api, "/api/dyads/{a}/{b}/events", ctx -> {
      String a = Params.country(ctx, "a");
      String b = Params.country(ctx, "b");
      LocalDate from = Params.required(Params.date(ctx, "from"), "from");
      LocalDate to = Params.required(Params.date(ctx, "to"), "to");
      Params.Paging at = Params.paging(ctx, 200, 1000);
      ctx.json(page(at, stores.read(s -> new Queries(s).dyadEvents(a, b, from, to, at.offset(), at.limit()))));
    });
    get(api, "/api/actors/top", ctx -> {
      Params.Paging at = Params.paging(ctx, 50, 1000);
      ctx.json(page(at, stores.read(s -> new Queries(s).actors(at.offset(), at.limit()))));
    });
    get(api, "/api/actors/{actor}", ctx -> {
      String actor = Params.actor(ctx);
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("actor", actor);
      out.put("names", rows(stores.read(s -> new Queries(s).actorNames(actor))));
      ctx.json(out);
    });
    get(api, "/api/actors/{actor}/partners", ctx -> {
      String actor = Params.actor(ctx);
      Params.Paging at = Params.paging(ctx, 50, 1000);
      ctx.json(page(at, stores.read(s -> new Queries(s).partners(actor, at.offset(), at.limit()))));
    });
  }

  private void get(RoutesConfig api, String path, io.javalin.http.Handler handler) {
    routes.add(new Route("get", path));
    api.get(path, handler);
  }

  private void post(RoutesConfig api, String path, io.javalin.http.Handler handler) {
    routes.add(new Route("post", path));
    api.post(path, handler);
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
    if (stores.readOnly()) {
      throw new ApiException(403, "this server reads its store only (dyad serve --read-only): post documents to"
          + " one that writes it");
    }
    List<Extraction> extractions = this.extractions.run(readArticles(ctx));
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

  /**
   * The body as strict UTF-8, read up to the limit (a body sent without a length is cut off there too), whole
   * within the read timeout (408 otherwise), by one of at most {@link #MAX_UPLOADS} requests at once (503).
   */
  private String body(Context ctx) {
    if (!uploads.tryAcquire()) {
      throw new ApiException(503, "too many bodies are being sent at once; try again");
    }
    byte[] bytes;
    try (InputStream in = ctx.req().getInputStream()) {
      bytes = readWithin(in, settings.maxBody() + 1, System.nanoTime() + settings.readTimeout().toNanos());
    } catch (IOException e) {
      throw slow(); // Jetty's idle timeout: no byte came for the read timeout
    } finally {
      uploads.release();
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

  /** Up to {@code max} bytes of {@code in}, or a 408 when they have not all come by {@code deadline}. */
  private byte[] readWithin(InputStream in, long max, long deadline) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    int n;
    while (out.size() < max && (n = in.read(buffer, 0, (int) Math.min(buffer.length, max - out.size()))) != -1) {
      out.write(buffer, 0, n);
      if (System.nanoTime() - deadline > 0) {
        throw slow();
      }
    }
    return out.toByteArray();
  }

  private ApiException slow() {
    return new ApiException(408, "the body did not arrive within " + settings.readTimeout().toSeconds() + " s");
  }

  private ApiException tooLarge() {
    return new ApiException(413, "the body is over the limit of " + settings.maxBody() + " bytes");
  }

  private static void error(Context ctx, int status, String message) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("error", message);
    out.put("status", status);
    if (JsonErrorHandler.retryLater(status)) {
      ctx.header("Retry-After", JsonErrorHandler.RETRY_AFTER);
    }
    ctx.status(status).json(out);
  }

  static List<Map<String, @Nullable Object>> rows(Table t) {
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

  /** A page of a list as the API answers it: the total, where the page starts, its length and its rows. */
  private static Map<String, Object> page(Params.Paging at, Queries.Page p) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("total", p.total());
    out.put("offset", at.offset());
    out.put("limit", at.limit());
    out.put("items", rows(p.rows()));
    return out;
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = Server.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the classpath");
      }
      return in.readAllBytes();
    }
  }

  private static String webJarVersion(String name) {
    try (InputStream in = Server.class.getResourceAsStream("/META-INF/maven/org.webjars/" + name + "/pom.properties")) {
      java.util.Properties p = new java.util.Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "missing");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
    extractions.close();
    search.close();
    stores.close();
  }
}
