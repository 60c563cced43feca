package io.storyline.ingest.web;

import crawlercommons.robots.BaseRobotRules;
import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import okhttp3.CookieJar;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * An HTTP client that behaves: a clear User-Agent, robots.txt obeyed, one or two requests at a time
 * per host and a delay between them, time limits per request and per fetch, bounded retries with
 * exponential back-off and jitter (honouring {@code Retry-After}), a redirect limit, size limits
 * before and after decompression, no cookies, and no address inside the local network (see
 * {@link AddressGuard}). Conditional requests send ETag and Last-Modified back.
 *
 * <p>{@link #fetch} never throws: every problem is a {@link FetchResult.Failure} naming the URL and
 * the cause. Thread-safe; one instance serves a whole run.
 */
public final class Fetcher implements Closeable {

  private static final String ACCEPT = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
      + "application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5";
  private static final long ROBOTS_MAX_BYTES = 512 * 1024;

  private final FetchPolicy policy;
  private final AddressGuard guard;
  private final OkHttpClient client;
  private final HostGate hosts;
  private final BodyReader bodies;
  private final RobotsRules robots;

  public Fetcher(FetchPolicy policy) {
    this.policy = policy;
    this.guard = new AddressGuard(policy.allowLoopback());
    this.client = new OkHttpClient.Builder()
        .dns(guard)
        .proxy(Proxy.NO_PROXY) // a proxy would resolve names itself, past the guard
        .followRedirects(false)
        .followSslRedirects(false)
        .retryOnConnectionFailure(false)
        .cookieJar(CookieJar.NO_COOKIES)
        .connectTimeout(policy.connectTimeout())
        .readTimeout(policy.requestTimeout())
        .callTimeout(policy.requestTimeout())
        .build();
    this.hosts = new HostGate(policy.hostConnections());
    this.bodies = new BodyReader(policy.maxBytes(), policy.maxDecodedBytes());
    this.robots = new RobotsRules(url -> fetch(url, Validators.NONE, false));
  }

  public FetchPolicy policy() {
    return policy;
  }

  /** Fetches a URL, following redirects and retrying what may pass; see the class description. */
  public FetchResult fetch(String url, Validators validators) {
    return fetch(url, validators, policy.respectRobots());
  }

  private FetchResult fetch(String url, Validators validators, boolean obeyRobots) {
    long deadline = System.nanoTime() + policy.totalTimeout().toNanos();
    HttpUrl current;
    try {
      current = AddressGuard.parse(url);
      guard.checkUrl(current);
    } catch (AddressGuard.Refused e) {
      return new FetchResult.Failure(url, e.getMessage(), false, null);
    }
    List<String> redirects = new ArrayList<>();
    int attempt = 0;
    String lastProblem = "no attempt made";
    while (true) {
      if (System.nanoTime() - deadline > 0) {
        return new FetchResult.Failure(url, "gave up after " + policy.totalTimeout().toSeconds() + " s: " + lastProblem, true, null);
      }
      Duration delay = policy.hostDelay();
      if (obeyRobots) {
        BaseRobotRules rules = robots.forSite(current);
        if (!rules.isAllowed(current.toString())) {
          return new FetchResult.Failure(url, current + " is disallowed by robots.txt for " + FetchPolicy.ROBOT_NAME, false, null);
        }
        Duration crawlDelay = RobotsRules.crawlDelay(rules);
        delay = crawlDelay.compareTo(delay) > 0 ? crawlDelay : delay;
      }
      Attempt outcome;
      try {
        if (!hosts.acquire(current.host(), delay, deadline)) {
          return new FetchResult.Failure(url, "no turn at " + current.host() + " within " + policy.totalTimeout().toSeconds()
              + " s: " + lastProblem, true, null);
        }
        try {
          outcome = once(url, current, validators, redirects, obeyRobots ? policy.maxBytes() : ROBOTS_MAX_BYTES);
        } finally {
          hosts.release(current.host());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new FetchResult.Failure(url, "interrupted", true, null);
      }
      switch (outcome) {
        case Attempt.Done done -> {
          return done.result();
        }
        case Attempt.Redirect redirect -> {
          if (redirects.size() >= policy.maxRedirects()) {
            return new FetchResult.Failure(url, "more than " + policy.maxRedirects() + " redirects (last to " + redirect.to() + ")", false, null);
          }
          try {
            guard.checkUrl(redirect.to());
          } catch (AddressGuard.Refused e) {
            return new FetchResult.Failure(url, "redirected to " + redirect.to() + ": " + e.getMessage(), false, null);
          }
          redirects.add(redirect.to().toString());
          current = redirect.to();
        }
        case Attempt.Retry retry -> {
          lastProblem = retry.problem();
          if (attempt >= policy.maxRetries()) {
            return new FetchResult.Failure(url, retry.problem() + (attempt > 0 ? " (after " + (attempt + 1) + " attempts)" : ""),
                true, retry.retryAfter());
          }
          Duration wait = retry.retryAfter() != null ? retry.retryAfter() : backoff(attempt);
          if (retry.retryAfter() != null && retry.retryAfter().compareTo(policy.maxRetryAfter()) > 0) {
            return new FetchResult.Failure(url, retry.problem() + "; Retry-After " + retry.retryAfter().toSeconds()
                + " s is longer than the " + policy.maxRetryAfter().toSeconds() + " s waited", true, retry.retryAfter());
          }
          if (System.nanoTime() + wait.toNanos() - deadline > 0) {
            return new FetchResult.Failure(url, retry.problem() + " (no time left to retry within "
                + policy.totalTimeout().toSeconds() + " s)", true, retry.retryAfter());
          }
          attempt++;
          try {
            TimeUnit.NANOSECONDS.sleep(wait.toNanos());
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new FetchResult.Failure(url, "interrupted", true, null);
          }
        }
      }
    }
  }

  private sealed interface Attempt {
    record Done(FetchResult result) implements Attempt {
    }

    record Redirect(HttpUrl to) implements Attempt {
    }

    record Retry(String problem, Duration retryAfter) implements Attempt {
    }
  }

  private Attempt once(String url, HttpUrl current, Validators validators, List<String> redirects, long maxBytes) {
    Request.Builder request = new Request.Builder().url(current)
        .header("User-Agent", policy.userAgent())
        .header("Accept", ACCEPT)
        .header("Accept-Encoding", "gzip, deflate"); // set here, so OkHttp leaves decompression (and its limit) to us
    if (validators.etag() != null) {
      request.header("If-None-Match", validators.etag());
    }
    if (validators.lastModified() != null) {
      request.header("If-Modified-Since", validators.lastModified());
    }
    try (Response response = client.newCall(request.build()).execute()) {
      int status = response.code();
      String statusText = "HTTP " + status + (response.message().isBlank() ? "" : " " + response.message());
      if (status == 304) {
        return new Attempt.Done(new FetchResult.NotModified(url));
      }
      if (status >= 300 && status < 400 && status != 304) {
        String location = response.header("Location");
        HttpUrl to = location == null ? null : current.resolve(location);
        if (to == null) {
          return new Attempt.Done(new FetchResult.Failure(url, statusText + " without a usable Location"
              + (location == null ? "" : " (" + location + ")"), false, null));
        }
        return new Attempt.Redirect(to);
      }
      if (status == 429 || status == 500 || status == 502 || status == 503 || status == 504) {
        return new Attempt.Retry(statusText + " from " + current, retryAfter(response.header("Retry-After")));
      }
      if (status < 200 || status >= 300) {
        return new Attempt.Done(new FetchResult.Failure(url, statusText + " from " + current, false, null));
      }
      ResponseBody body = response.body();
      if (body == null) {
        return new Attempt.Done(new FetchResult.Failure(url, statusText + " without a body", false, null));
      }
      long declared = body.contentLength();
      if (declared > maxBytes) {
        return new Attempt.Done(new FetchResult.Failure(url, "response is " + declared + " bytes, over the limit of "
            + maxBytes + " bytes", false, null));
      }
      byte[] bytes = (maxBytes == policy.maxBytes() ? bodies : new BodyReader(maxBytes, maxBytes))
          .read(body.byteStream(), response.header("Content-Encoding"));
      MediaType type = body.contentType();
      String contentType = type == null ? "" : (type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT);
      String charset = type == null ? null : type.parameter("charset");
      return new Attempt.Done(new FetchResult.Body(url, current.toString(), redirects, status, bytes, contentType, charset,
          response.header("ETag"), response.header("Last-Modified")));
    } catch (AddressGuard.Refused e) {
      return new Attempt.Done(new FetchResult.Failure(url, redirects.isEmpty() ? e.getMessage() : "redirected to " + current + ": " + e.getMessage(), false, null));
    } catch (BodyReader.TooLarge e) {
      return new Attempt.Done(new FetchResult.Failure(url, e.getMessage() + " from " + current, false, null));
    } catch (InterruptedIOException e) {
      return new Attempt.Retry("timed out after " + policy.requestTimeout().toMillis() + " ms reading " + current, null);
    } catch (IOException e) {
      return new Attempt.Retry(describe(e) + " reading " + current, null);
    }
  }

  private static String describe(IOException e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
  }

  /** A Retry-After header as a duration: delay-seconds or an HTTP date; null when absent or unreadable. */
  static Duration retryAfter(String header) {
    if (header == null || header.isBlank()) {
      return null;
    }
    String value = header.strip();
    if (value.matches("\\d{1,9}")) {
      return Duration.ofSeconds(Long.parseLong(value));
    }
    try {
      Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration wait = Duration.between(Instant.now(), at);
      return wait.isNegative() ? Duration.ZERO : wait;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Jitter: a random wait between half and all of base × 2^attempt. */
  private Duration backoff(int attempt) {
    long ceiling = policy.retryBase().toMillis() << Math.min(attempt, 16);
    return Duration.ofMillis(ceiling <= 0 ? 0 : ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1));
  }

  @Override
  public void close() {
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }
}
