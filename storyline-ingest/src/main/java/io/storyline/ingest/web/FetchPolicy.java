package io.storyline.ingest.web;

import java.time.Duration;

/**
 * How {@link Fetcher} behaves towards the sites it reads: time limits, retries, politeness, sizes and safety.
 *
 * @param userAgent          sent with every request and matched against robots.txt groups
 * @param connectTimeout     to open one connection
 * @param requestTimeout     for one request, from connecting to the last byte of the body
 * @param totalTimeout       for one fetch, with every retry and redirect
 * @param maxRetries         further attempts after a timeout, a lost connection, 429, 500, 502, 503 or 504
 * @param retryBase          the first back-off; each retry waits up to twice as long (full jitter)
 * @param maxRetryAfter      the longest {@code Retry-After} honoured; a longer one ends the fetch
 * @param maxRedirects       redirects followed per fetch
 * @param maxBytes           the largest body read off the wire
 * @param maxDecodedBytes    the largest body after gzip or deflate decompression
 * @param hostConnections    requests in flight to one host at a time
 * @param hostDelay          the least time between two requests to one host (robots.txt may ask for more)
 * @param allowLoopback      allow loopback addresses (127.0.0.0/8, ::1), for local use and tests
 * @param respectRobots      read and obey robots.txt
 */
public record FetchPolicy(String userAgent, Duration connectTimeout, Duration requestTimeout, Duration totalTimeout,
    int maxRetries, Duration retryBase, Duration maxRetryAfter, int maxRedirects, long maxBytes, long maxDecodedBytes,
    int hostConnections, Duration hostDelay, boolean allowLoopback, boolean respectRobots) {

  /** The product token matched against robots.txt user-agent lines. */
  public static final String ROBOT_NAME = "storyline";

  /** The longest delay between two requests to one host that a robots.txt Crawl-delay can impose. */
  public static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(30);

  public FetchPolicy {
    if (userAgent == null || userAgent.isBlank()) {
      throw new IllegalArgumentException("user agent must not be blank");
    }
    requirePositive("connect timeout", connectTimeout);
    requirePositive("request timeout", requestTimeout);
    requirePositive("total timeout", totalTimeout);
    if (maxRetries < 0 || maxRetries > 10) {
      throw new IllegalArgumentException("max retries must be between 0 and 10, got " + maxRetries);
    }
    if (maxRedirects < 0 || maxRedirects > 20) {
      throw new IllegalArgumentException("max redirects must be between 0 and 20, got " + maxRedirects);
    }
    if (maxBytes < 1 || maxDecodedBytes < 1 || maxDecodedBytes > Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException("size limits must be between 1 and " + (Integer.MAX_VALUE - 16)
          + " bytes, got " + maxBytes + " and " + maxDecodedBytes);
    }
    if (hostConnections < 1 || hostConnections > 2) {
      throw new IllegalArgumentException("connections per host must be 1 or 2, got " + hostConnections);
    }
    if (retryBase.isNegative() || maxRetryAfter.isNegative() || hostDelay.isNegative()) {
      throw new IllegalArgumentException("delays must not be negative");
    }
  }

  /** The defaults: 10 s to connect, 30 s per request, 2 minutes per fetch, 3 retries, 5 redirects, 10 MiB, 1 s between requests to a host. */
  public static FetchPolicy defaults() {
    return new FetchPolicy("Storyline/0.1 (+https://github.com/storyline/storyline; news reader)",
        Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofMinutes(2), 3, Duration.ofSeconds(1),
        Duration.ofSeconds(120), 5, 10L * 1024 * 1024, 10L * 1024 * 1024, 2, Duration.ofSeconds(1), false, true);
  }

  /** This policy with loopback addresses allowed or refused. */
  public FetchPolicy withLoopback(boolean allow) {
    return new FetchPolicy(userAgent, connectTimeout, requestTimeout, totalTimeout, maxRetries, retryBase,
        maxRetryAfter, maxRedirects, maxBytes, maxDecodedBytes, hostConnections, hostDelay, allow, respectRobots);
  }

  /** This policy with other size limits (raw and decompressed). */
  public FetchPolicy withMaxBytes(long raw, long decoded) {
    return new FetchPolicy(userAgent, connectTimeout, requestTimeout, totalTimeout, maxRetries, retryBase,
        maxRetryAfter, maxRedirects, raw, decoded, hostConnections, hostDelay, allowLoopback, respectRobots);
  }

  /** This policy with other time limits and pauses, as tests against a local server want them short. */
  public FetchPolicy withTimes(Duration request, Duration total, Duration retryBase, Duration maxRetryAfter, Duration hostDelay) {
    return new FetchPolicy(userAgent, connectTimeout, request, total, maxRetries, retryBase, maxRetryAfter,
        maxRedirects, maxBytes, maxDecodedBytes, hostConnections, hostDelay, allowLoopback, respectRobots);
  }

  private static void requirePositive(String what, Duration d) {
    if (d == null || d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(what + " must be positive, got " + d);
    }
  }
}
