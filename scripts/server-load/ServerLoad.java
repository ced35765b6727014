// A bounded mixed load on dyad serve (issue 13, item 5): C clients for S seconds, each sending one request at a
// time, each request drawn at random (seeded) among POST /api/extract (an article of ARTICLES), a dyad timeline
// (GET /api/dyads/A/B/timeline by month or week) and an article search (GET /api/documents?q=...). A client honours
// the server's Retry-After: an answer 503 or 429 with it is a retry (the same request sent again after the seconds
// it asks, up to --retries times), counted apart from errors; a 503 or 429 without it, any other answer than 200,
// or a request still refused after its retries is an error. It prints every error (the first 20 in full, then
// counts by status), per route the requests, the retries, the requests answered only after a retry, the errors,
// and p50, p99 and max latency (from the first try to the answer, the waits included), and the server's resident
// memory (VmRSS of PID) at the start, the middle and the end, with the peak seen.
//
// Usage (Java 17, no build needed; scripts/server-load/run.sh starts the server and calls it):
//   java scripts/server-load/ServerLoad.java --url http://127.0.0.1:8080 --pid PID --articles ARTICLES.jsonl
//        [--clients 50] [--seconds 60] [--extract 0.1] [--seed 13] [--retries 60]
// ARTICLES is JSON Lines with "text" or "body" (and "title"); --extract is the share of extraction requests, the
// rest split evenly between timelines and searches. Loopback only; not a benchmark: the figures depend on the load
// of the machine, say so with them. GPL-3.0-or-later, part of dyad.

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class ServerLoad {
  static final List<String> PAIRS = List.of("USA/JPN", "USA/GBR", "JPN/KOR", "USA/BRA", "GBR/FRA", "USA/DEU",
      "USA/IRN", "IRQ/IRN", "USA/CAN", "USA/SAU");
  static final List<String> QUERIES = List.of("tariff", "\"trade deficit\"", "yen", "oil prices", "coffee", "strike",
      "\"central bank\"", "wheat OR maize", "talks", "minister");
  static final String[] ROUTES = {"extract", "timeline", "search"};

  record Sample(String route, long nanos, int retries) {}

  public static void main(String[] args) throws Exception {
    String url = "http://127.0.0.1:8080";
    long pid = -1;
    Path articles = null;
    int clients = 50;
    int seconds = 60;
    double extractShare = 0.1;
    long seed = 13;
    int maxRetries = 60;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--url" -> url = args[i + 1];
        case "--pid" -> pid = Long.parseLong(args[i + 1]);
        case "--articles" -> articles = Path.of(args[i + 1]);
        case "--clients" -> clients = Integer.parseInt(args[i + 1]);
        case "--seconds" -> seconds = Integer.parseInt(args[i + 1]);
        case "--extract" -> extractShare = Double.parseDouble(args[i + 1]);
        case "--seed" -> seed = Long.parseLong(args[i + 1]);
        case "--retries" -> maxRetries = Integer.parseInt(args[i + 1]);
        default -> {
          System.err.println("server-load: unknown argument " + args[i] + " (see the head of ServerLoad.java)");
          System.exit(2);
        }
      }
    }
    if (articles == null || pid < 0) {
      System.err.println("server-load: --articles and --pid are needed (see the head of ServerLoad.java)");
      System.exit(2);
    }
    List<String> bodies = bodies(articles);
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    String base = url;
    final long server = pid;
    final double share = extractShare;
    final int retries = maxRetries;

    List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
    Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    Map<String, AtomicLong> errorsByRoute = new ConcurrentHashMap<>();
    AtomicInteger shown = new AtomicInteger();
    long[] rss = new long[3];
    AtomicLong peak = new AtomicLong();
    rss[0] = rss(server);
    long t0 = System.nanoTime();
    long end = t0 + seconds * 1_000_000_000L;
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      Random random = new Random(seed * 1000 + c);
      Thread t = new Thread(() -> {
        while (System.nanoTime() < end) {
          double draw = random.nextDouble();
          String route = draw < share ? "extract" : draw < share + (1 - share) / 2 ? "timeline" : "search";
          HttpRequest request = switch (route) {
            case "extract" -> HttpRequest.newBuilder(URI.create(base + "/api/extract"))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(300))
                .POST(HttpRequest.BodyPublishers.ofString(bodies.get(random.nextInt(bodies.size())))).build();
            case "timeline" -> HttpRequest.newBuilder(URI.create(base + "/api/dyads/"
                + PAIRS.get(random.nextInt(PAIRS.size())) + "/timeline?by=" + (random.nextBoolean() ? "month" : "week")
                + "&from=1987-01-01&to=1987-12-31")).timeout(Duration.ofSeconds(120)).build();
            default -> HttpRequest.newBuilder(URI.create(base + "/api/documents?limit=20&q="
                + URLEncoder.encode(QUERIES.get(random.nextInt(QUERIES.size())), StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(120)).build();
          };
          long start = System.nanoTime();
          String error = null;
          int tried = 0;
          try {
            while (true) {
              HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
              if (r.statusCode() == 200) {
                break;
              }
              error = r.statusCode() + " " + r.body().replaceAll("\\s+", " ");
              long wait = r.statusCode() == 503 || r.statusCode() == 429 ? retryAfterMillis(r) : -1;
              if (wait < 0) {
                error += wait == -2 ? " (with no Retry-After)" : "";
                break;
              }
              if (tried == retries) {
                error += " (still after " + retries + " retries)";
                break;
              }
              tried++;
              // what the server asks, and up to a second more, so that the refused clients do not all come back
              // at the same instant
              Thread.sleep(wait + random.nextInt(1000));
              error = null;
            }
          } catch (Exception e) {
            error = e.toString();
          }
          samples.add(new Sample(route, System.nanoTime() - start, tried));
          if (error != null) {
            errorsByRoute.computeIfAbsent(route, k -> new AtomicLong()).incrementAndGet();
            errors.computeIfAbsent(route + " " + error.replaceFirst("^(\\S+).*", "$1"), k -> new AtomicLong())
                .incrementAndGet();
            if (shown.incrementAndGet() <= 20) {
              System.out.println("server-load: error: " + route + ": "
                  + error.substring(0, Math.min(300, error.length())));
            }
          }
        }
      });
      t.start();
      threads.add(t);
    }
    // the server's memory every second; the middle one kept
    while (System.nanoTime() < end) {
      Thread.sleep(1000);
      long now = rss(server);
      peak.accumulateAndGet(now, Math::max);
      if (rss[1] == 0 && System.nanoTime() - t0 >= seconds * 500_000_000L) {
        rss[1] = now;
      }
    }
    for (Thread t : threads) {
      t.join();
    }
    double took = (System.nanoTime() - t0) / 1e9;
    rss[2] = rss(server);
    peak.accumulateAndGet(rss[2], Math::max);

    long retried;
    synchronized (samples) {
      retried = samples.stream().mapToLong(Sample::retries).sum();
    }
    System.out.printf(Locale.ROOT, "server-load: %d clients for %.1f s (the last retries included), %d requests"
        + " (%.1f/s), %d retries after Retry-After, %d errors%n", clients, took, samples.size(), samples.size() / took,
        retried, errorsByRoute.values().stream().mapToLong(AtomicLong::get).sum());
    System.out.printf(Locale.ROOT, "%-9s %9s %8s %8s %7s %9s %9s %9s%n", "route", "requests", "retries", "retried",
        "errors", "p50 ms", "p99 ms", "max ms");
    for (String route : ROUTES) {
      List<Sample> of;
      synchronized (samples) {
        of = samples.stream().filter(s -> s.route().equals(route)).toList();
      }
      if (of.isEmpty()) {
        continue;
      }
      long[] nanos = of.stream().mapToLong(Sample::nanos).sorted().toArray();
      System.out.printf(Locale.ROOT, "%-9s %9d %8d %8d %7d %9.1f %9.1f %9.1f%n", route, nanos.length,
          of.stream().mapToLong(Sample::retries).sum(), of.stream().filter(s -> s.retries() > 0).count(),
          errorsByRoute.getOrDefault(route, new AtomicLong()).get(), ms(nanos, 0.50), ms(nanos, 0.99),
          nanos[nanos.length - 1] / 1e6);
    }
    if (!errors.isEmpty()) {
      System.out.println("errors by route and status: " + new TreeMap<>(errors));
    }
    System.out.printf(Locale.ROOT, "server RSS MB: start %.0f, middle %.0f, end %.0f, peak %.0f; machine load %.2f"
        + " (%d cores)%n", rss[0] / 1024.0, rss[1] / 1024.0, rss[2] / 1024.0, peak.get() / 1024.0,
        ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class).getSystemLoadAverage(),
        Runtime.getRuntime().availableProcessors());
    System.exit(errorsByRoute.isEmpty() ? 0 : 1);
  }

  /** The articles as /api/extract bodies: {"title", "text"} from "text" or "body". */
  static List<String> bodies(Path file) throws Exception {
    Pattern field = Pattern.compile("\"(title|text|body)\"\\s*:\\s*(\"(?:[^\"\\\\]++|\\\\.)*+\")");
    List<String> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String title = null;
      String text = null;
      Matcher m = field.matcher(line);
      while (m.find()) {
        if (m.group(1).equals("title")) {
          title = m.group(2);
        } else if (text == null || m.group(1).equals("text")) {
          text = m.group(2);
        }
      }
      if (text != null && text.length() > 40) {
        out.add("{" + (title == null ? "" : "\"title\": " + title + ", ") + "\"text\": " + text + "}");
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException(file + " holds no article with a \"text\" or \"body\"");
    }
    return out;
  }

  /**
   * The wait a 503 or 429 asks for in its Retry-After (seconds, or an HTTP date), in milliseconds; -2 when it has
   * none or one that cannot be read.
   */
  static long retryAfterMillis(HttpResponse<?> r) {
    String value = r.headers().firstValue("Retry-After").orElse("").strip();
    if (value.matches("[0-9]{1,6}")) {
      return Long.parseLong(value) * 1000;
    }
    try {
      return Math.max(0, Duration.between(java.time.ZonedDateTime.now(),
          java.time.ZonedDateTime.parse(value, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME)).toMillis());
    } catch (java.time.format.DateTimeParseException e) {
      return -2;
    }
  }

  /** VmRSS of a process in KiB, from /proc (Linux), or 0 when it cannot be read. */
  static long rss(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (Exception e) {
      // gone, or not Linux
    }
    return 0;
  }

  static double ms(long[] sorted, double quantile) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
  }
}
