package org.dyad.server;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What keeps a web page the user happens to open from acting on a server that listens on loopback.
 *
 * <p>A page of another site can make the browser send a request to {@code 127.0.0.1}: a "simple" one (a form, or
 * a {@code text/plain} body) goes out without asking the server first, and a page whose name is re-bound to
 * 127.0.0.1 (DNS rebinding) even reads the answers. So a loopback server answers only requests addressed to a
 * loopback name with its own port ({@code Host}: {@code localhost}, {@code 127.x.x.x} or {@code [::1]}); a write
 * that says where it comes from ({@code Origin}) must come from the server's own pages; and a write from any
 * web page (one with an {@code Origin} or {@code Sec-Fetch-Site}) must be JSON, which a browser sends across
 * sites only after a CORS preflight this server never grants. {@code curl} and scripts send neither header, so
 * they keep posting {@code text/plain}. Beyond loopback writes need the token, which another site cannot send.
 */
final class CrossSite {
  private static final Pattern LOOPBACK_V4 = Pattern.compile("127(\\.(25[0-5]|2[0-4][0-9]|1?[0-9]{1,2})){3}");
  private static final Set<HandlerType> WRITES = Set.of(HandlerType.POST, HandlerType.PUT, HandlerType.DELETE,
      HandlerType.PATCH);

  private final boolean loopback;

  CrossSite(boolean loopback) {
    this.loopback = loopback;
  }

  /** Refuses a request a web page of another site could have made (403), or a body type only a form sends (415). */
  void check(Context ctx, int port) {
    String host = ctx.header("Host");
    if (loopback && !isLoopbackHost(host, port)) {
      throw new ApiException(403, "this server answers only requests to localhost, 127.0.0.1 or [::1] on port "
          + port + ", not to \"" + (host == null ? "" : host) + "\"");
    }
    if (!WRITES.contains(ctx.method())) {
      return;
    }
    String origin = ctx.header("Origin");
    if (loopback && origin != null && !origin.equalsIgnoreCase("http://" + host)) {
      throw new ApiException(403, "a write from another site (Origin " + origin + ") is refused");
    }
    if (origin != null || ctx.header("Sec-Fetch-Site") != null) {
      String type = String.valueOf(ctx.contentType()).toLowerCase(Locale.ROOT);
      if (!type.startsWith("application/json")) {
        throw new ApiException(415, "a web page writes application/json only, not \"" + ctx.contentType() + "\"");
      }
    }
  }

  /**
   * True for a {@code Host} header that names this machine's loopback by a name no DNS answer can change, with
   * {@code port} (a header without a port means 80).
   */
  static boolean isLoopbackHost(@Nullable String header, int port) {
    if (header == null) {
      return false;
    }
    String h = header.strip().toLowerCase(Locale.ROOT);
    String name;
    String portText;
    if (h.startsWith("[")) {
      int close = h.indexOf(']');
      if (close < 0) {
        return false;
      }
      name = h.substring(0, close + 1);
      portText = h.substring(close + 1);
    } else {
      int colon = h.indexOf(':');
      name = colon < 0 ? h : h.substring(0, colon);
      portText = colon < 0 ? "" : h.substring(colon);
    }
    if (!(name.equals("localhost") || name.equals("[::1]") || LOOPBACK_V4.matcher(name).matches())) {
      return false;
    }
    return portText.isEmpty() ? port == 80 : portText.equals(":" + port);
  }
}
