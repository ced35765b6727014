// A bounded load on dyad serve's article search: C clients send N requests in all to GET /api/documents?q=...,
// one at a time each, and the latencies are printed (p50, p90, p99, max) with the throughput and the errors.
// A warm-up of W requests comes first and is not counted. Every query is asked in turn; each one's total is printed
// from its first answer, so that a run shows what was found as well as how fast.
//
// Usage (Java 17, no build needed):
//   java scripts/search-load/SearchLoad.java [--url http://127.0.0.1:8080] [--clients 20] [--requests 2000]
//        [--warmup 200] [--limit 20] [--query tariff]...   (default queries: tariff, "trade deficit", yen, ...)
// Start the server first, e.g. ./dyad serve --db /tmp/reuters.duckdb --port 8080, and measure on an idle machine.
// GPL-3.0-or-later, part of dyad.

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class SearchLoad {
  public static void main(String[] args) throws Exception {
    String url = "http://127.0.0.1:8080";
    int clients = 20;
    int requests = 2000;
    int warmup = 200;
    int limit = 20;
    List<String> queries = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : "";
      switch (args[i]) {
        case "--url" -> url = value;
        case "--clients" -> clients = Integer.parseInt(value);
        case "--requests" -> requests = Integer.parseInt(value);
        case "--warmup" -> warmup = Integer.parseInt(value);
        case "--limit" -> limit = Integer.parseInt(value);
        case "--query" -> queries.add(value);
        default -> {
          System.err.println("search-load: unknown argument " + args[i] + " (see the head of SearchLoad.java)");
          System.exit(2);
        }
      }
      i++;
    }
    if (queries.isEmpty()) {
      queries = List.of("tariff", "\"trade deficit\"", "yen", "oil prices", "\"interest rates\"", "coffee",
          "semiconductor", "\"central bank\"", "wheat OR maize", "strike");
    }
    List<URI> uris = new ArrayList<>();
    for (String q : queries) {
      uris.add(URI.create(url + "/api/documents?limit=" + limit + "&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)));
    }
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    Map<Integer, String> totals = new ConcurrentHashMap<>();
    run(http, uris, clients, warmup, new long[warmup], new AtomicLong(), totals);
    long[] nanos = new long[requests];
    AtomicLong errors = new AtomicLong();
    long t0 = System.nanoTime();
    run(http, uris, clients, requests, nanos, errors, totals);
    double seconds = (System.nanoTime() - t0) / 1e9;
    for (int i = 0; i < queries.size(); i++) {
      System.out.printf(Locale.ROOT, "%-22s total %s%n", queries.get(i), totals.getOrDefault(i, "?"));
    }
    Arrays.sort(nanos);
    System.out.printf(Locale.ROOT, "%d requests, %d clients, %d errors, %.1f s, %.1f requests/s%n", requests, clients,
        errors.get(), seconds, requests / seconds);
    System.out.printf(Locale.ROOT, "latency ms: p50 %.1f  p90 %.1f  p99 %.1f  max %.1f%n", ms(nanos, 0.50),
        ms(nanos, 0.90), ms(nanos, 0.99), nanos[nanos.length - 1] / 1e6);
    System.exit(errors.get() == 0 ? 0 : 1);
  }

  /** {@code n} requests from {@code clients} threads, the queries in turn; the time of request i in nanos[i]. */
  static void run(HttpClient http, List<URI> uris, int clients, int n, long[] nanos, AtomicLong errors,
      Map<Integer, String> totals) throws InterruptedException {
    AtomicInteger next = new AtomicInteger();
    Pattern total = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      Thread t = new Thread(() -> {
        for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
          int q = i % uris.size();
          long start = System.nanoTime();
          try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(uris.get(q)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
            nanos[i] = System.nanoTime() - start;
            if (r.statusCode() != 200) {
              errors.incrementAndGet();
              System.err.println("search-load: " + r.statusCode() + " " + r.body());
            } else if (!totals.containsKey(q)) {
              Matcher m = total.matcher(r.body());
              totals.put(q, m.find() ? m.group(1) : "?");
            }
          } catch (Exception e) {
            nanos[i] = System.nanoTime() - start;
            errors.incrementAndGet();
            System.err.println("search-load: " + e);
          }
        }
      });
      t.start();
      threads.add(t);
    }
    for (Thread t : threads) {
      t.join();
    }
  }

  static double ms(long[] sorted, double quantile) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
  }
}
