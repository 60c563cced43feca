package io.storyline.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Set;

/**
 * The security rules every request passes: strict headers on every response, only loopback host
 * names when bound to loopback (against DNS rebinding), and for writes no cross-site origin and
 * the token when one is configured.
 */
final class RequestGuard {
  static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
  /** The one write that takes documents (JSON Lines, text, HTML, uploads) rather than JSON; it checks their types. */
  private static final String INGEST = "/api/ingest";
  private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");

  private final String token;
  private final boolean loopbackOnly;

  RequestGuard(String token, boolean loopbackOnly) {
    this.token = token;
    this.loopbackOnly = loopbackOnly;
  }

  /** Whether write requests must carry the token. */
  boolean writeNeedsToken() {
    return token != null;
  }

  void headers(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    ctx.header("Cross-Origin-Resource-Policy", "same-origin");
    ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
  }

  void checkHost(Context ctx) {
    if (!loopbackOnly) {
      return;
    }
    String host = ctx.host() == null ? "" : ctx.host().toLowerCase(Locale.ROOT);
    String name = host.startsWith("[") ? host.substring(0, host.indexOf(']') + 1) : host.replaceFirst(":\\d+$", "");
    if (!LOOPBACK_NAMES.contains(name)) {
      throw new ApiException(403, "forbidden-host", "host '" + host + "' is not allowed; this server answers to "
          + String.join(", ", LOOPBACK_NAMES));
    }
  }

  /**
   * A write passes when it comes from no browser page or from this server's own: an {@code Origin} header, when sent,
   * must be this server's ({@code null}, sent by sandboxed frames and local files, is refused too), Fetch Metadata
   * must not say cross-site, and every write but an ingest must be JSON, which a page of another site cannot send
   * without the browser asking first. The token is checked when one is configured.
   */
  void checkWrite(Context ctx) {
    String origin = ctx.header("Origin");
    if (origin != null && !origin.equalsIgnoreCase(ctx.scheme() + "://" + ctx.host())) {
      throw new ApiException(403, "cross-origin", "writes from origin '" + origin + "' are refused; use this server's own pages");
    }
    if ("cross-site".equals(ctx.header("Sec-Fetch-Site"))) {
      throw new ApiException(403, "cross-origin", "cross-site writes are refused");
    }
    String type = ctx.contentType() == null ? "" : ctx.contentType().split(";")[0].strip().toLowerCase(Locale.ROOT);
    if (!INGEST.equals(ctx.path()) && !type.equals("application/json")) {
      throw new ApiException(415, "unsupported-media-type", "content type '" + type + "' is not accepted for "
          + ctx.path() + "; send application/json");
    }
    if (token != null && !matches(ctx.header("Authorization"))) {
      throw new ApiException(401, "unauthorized", "this write needs the server's token: send 'Authorization: Bearer <token>'");
    }
  }

  private boolean matches(String authorization) {
    String given = authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7).strip() : "";
    return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
  }
}
