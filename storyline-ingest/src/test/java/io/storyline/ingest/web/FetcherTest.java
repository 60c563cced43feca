package io.storyline.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FetcherTest {

  static final byte[] PAGE = "<html><body><p>Hello</p></body></html>".getBytes(StandardCharsets.UTF_8);

  /** Short times, loopback allowed: what a local test server needs. */
  static FetchPolicy testPolicy() {
    return FetchPolicy.defaults().withLoopback(true)
        .withTimes(Duration.ofMillis(800), Duration.ofSeconds(10), Duration.ofMillis(50), Duration.ofSeconds(2), Duration.ZERO);
  }

  private final LocalSite site = new LocalSite();
  private Fetcher fetcher = new Fetcher(testPolicy());

  FetcherTest() throws IOException {
  }

  @AfterEach
  void close() {
    fetcher.close();
    site.close();
  }

  @Test
  void fetchesAPageWithAClearUserAgentAndNoCookiesCarried() {
    site.on("/cookie", ex -> {
      ex.getResponseHeaders().add("Set-Cookie", "session=secret; Path=/");
      LocalSite.send(ex, 200, "text/html; charset=utf-8", PAGE);
    });
    fetcher.fetch(site.url("/cookie"), Validators.NONE);
    FetchResult second = fetcher.fetch(site.url("/cookie"), Validators.NONE);

    assertThat(second).isInstanceOfSatisfying(FetchResult.Body.class, body -> {
      assertThat(body.bytes()).isEqualTo(PAGE);
      assertThat(body.charset()).isEqualTo("utf-8");
      assertThat(body.contentType()).isEqualTo("text/html");
    });
    LocalSite.Seen last = site.requests.get(site.requests.size() - 1);
    assertThat(last.header("User-Agent")).startsWith("Storyline/");
    assertThat(last.header("Cookie")).isNull();
  }

  @Test
  void obeysRobotsTxt() {
    site.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private\n".getBytes(StandardCharsets.US_ASCII));
    site.page("/private", "text/html", PAGE);

    FetchResult result = fetcher.fetch(site.url("/private"), Validators.NONE);

    assertThat(result).isInstanceOfSatisfying(FetchResult.Failure.class,
        f -> assertThat(f.reason()).contains("disallowed by robots.txt"));
    assertThat(site.count("/private")).isZero();
  }

  @Test
  void retriesA503WithRetryAfterAndThenSucceeds() {
    AtomicInteger calls = new AtomicInteger();
    site.on("/busy", ex -> {
      if (calls.incrementAndGet() < 3) {
        ex.getResponseHeaders().set("Retry-After", "1");
        LocalSite.send(ex, calls.get() == 1 ? 503 : 429, "text/plain", "busy".getBytes(StandardCharsets.US_ASCII));
      } else {
        LocalSite.send(ex, 200, "text/html", PAGE);
      }
    });
    long start = System.nanoTime();

    FetchResult result = fetcher.fetch(site.url("/busy"), Validators.NONE);

    assertThat(result).isInstanceOf(FetchResult.Body.class);
    assertThat(site.count("/busy")).isEqualTo(3);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void givesUpOnA500AfterTheBoundedNumberOfRetries() {
    site.on("/broken", ex -> LocalSite.send(ex, 500, "text/plain", "no".getBytes(StandardCharsets.US_ASCII)));

    FetchResult result = fetcher.fetch(site.url("/broken"), Validators.NONE);

    assertThat(result).isInstanceOfSatisfying(FetchResult.Failure.class, f -> {
      assertThat(f.reason()).contains("HTTP 500").contains("after 4 attempts");
      assertThat(f.temporary()).isTrue();
    });
    assertThat(site.count("/broken")).isEqualTo(testPolicy().maxRetries() + 1);
  }

  @Test
  void givesUpWhenRetryAfterIsLongerThanItWaits() {
    site.on("/later", ex -> {
      ex.getResponseHeaders().set("Retry-After", "3600");
      LocalSite.send(ex, 429, "text/plain", "slow down".getBytes(StandardCharsets.US_ASCII));
    });

    FetchResult result = fetcher.fetch(site.url("/later"), Validators.NONE);

    assertThat(result).isInstanceOfSatisfying(FetchResult.Failure.class, f -> {
      assertThat(f.reason()).contains("HTTP 429").contains("Retry-After 3600 s");
      assertThat(f.retryAfter()).isEqualTo(Duration.ofHours(1));
    });
    assertThat(site.count("/later")).isEqualTo(1);
  }

  @Test
  void timesOutASlowResponseWithinItsBounds() {
    site.on("/slow", ex -> {
      LocalSite.sleep(Duration.ofSeconds(3));
      LocalSite.send(ex, 200, "text/html", PAGE);
    });
    fetcher.close();
    fetcher = new Fetcher(new FetchPolicy(testPolicy().userAgent(), Duration.ofSeconds(1), Duration.ofMillis(300),
        Duration.ofSeconds(5), 1, Duration.ofMillis(10), Duration.ofSeconds(1), 5, 1 << 20, 1 << 20, 1, Duration.ZERO, true, true));
    long start = System.nanoTime();

    FetchResult result = fetcher.fetch(site.url("/slow"), Validators.NONE);

    assertThat(result).isInstanceOfSatisfying(FetchResult.Failure.class,
        f -> assertThat(f.reason()).contains("timed out after 300 ms"));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    assertThat(site.count("/slow")).isEqualTo(2);
  }

  @Test
  void refusesARedirectToAPrivateAddress() {
    site.on("/jump", ex -> {
      ex.getResponseHeaders().set("Location", "http://10.0.0.7/admin");
      LocalSite.send(ex, 302, null, new byte[0]);
    });

    FetchResult result = fetcher.fetch(site.url("/jump"), Validators.NONE);

    assertThat(result).isInstanceOfSatisfying(FetchResult.Failure.class, f -> {
      assertThat(f.reason()).contains("redirected to").contains("10.0.0.7").contains("private");
      assertThat(f.temporary()).isFalse();
    });
  }

  @Test
  void refusesLoopbackUnlessAllowed() {
    site.page("/here", "text/html", PAGE);
    try (Fetcher strict = new Fetcher(FetchPolicy.defaults())) {
      assertThat(strict.fetch(site.url("/here"), Validators.NONE)).isInstanceOfSatisfying(FetchResult.Failure.class,
          f -> assertThat(f.reason()).contains("loopback").contains("--allow-loopback"));
      assertThat(strict.fetch("http://localhost:" + site.port() + "/here", Validators.NONE))
          .isInstanceOfSatisfying(FetchResult.Failure.class, f -> assertThat(f.reason()).contains("loopback"));
    }
    assertThat(site.count("/here")).isZero();
  }

  @Test
  void refusesOtherSchemesAndLinkLocalAndCredentials() {
    assertThat(fetcher.fetch("file:///etc/passwd", Validators.NONE)).isInstanceOfSatisfying(FetchResult.Failure.class,
        f -> assertThat(f.reason()).contains("scheme file is not allowed (http, https)"));
    assertThat(fetcher.fetch("http://169.254.169.254/latest/meta-data/", Validators.NONE))
        .isInstanceOfSatisfying(FetchResult.Failure.class, f -> assertThat(f.reason()).contains("link-local"));
    assertThat(fetcher.fetch("http://[::ffff:192.168.1.1]/", Validators.NONE))
        .isInstanceOfSatisfying(FetchResult.Failure.class, f -> assertThat(f.reason()).contains("private"));
    assertThat(fetcher.fetch("http://user:pw@example.com/", Validators.NONE))
        .isInstanceOfSatisfying(FetchResult.Failure.class, f -> assertThat(f.reason()).contains("credentials"));
  }

  @Test
  void stopsARedirectLoopAtTheLimit() {
    site.on("/loop", ex -> {
      ex.getResponseHeaders().set("Location", "/loop");
      LocalSite.send(ex, 301, null, new byte[0]);
    });

    FetchResult result = fetcher.fetch(site.url("/loop"), Validators.NONE);

    assertThat(result).isInstanceOfSatisfying(FetchResult.Failure.class,
        f -> assertThat(f.reason()).contains("more than 5 redirects"));
    assertThat(site.count("/loop")).isEqualTo(6);
  }

  @Test
  void stopsAGzipBombAtTheDecompressedLimit() throws IOException {
    byte[] bomb = gzip(new byte[1 << 20], 64);
    site.on("/bomb", ex -> {
      ex.getResponseHeaders().set("Content-Encoding", "gzip");
      LocalSite.send(ex, 200, "text/html", bomb);
    });
    fetcher.close();
    fetcher = new Fetcher(testPolicy().withMaxBytes(1 << 20, 4 << 20));

    FetchResult result = fetcher.fetch(site.url("/bomb"), Validators.NONE);

    assertThat(bomb.length).isLessThan(1 << 20);
    assertThat(result).isInstanceOfSatisfying(FetchResult.Failure.class,
        f -> assertThat(f.reason()).contains("decompresses to more than the limit of 4194304 bytes"));
  }

  @Test
  void decompressesGzipWithinTheLimit() throws IOException {
    byte[] packed = gzip(PAGE, 1);
    site.on("/zipped", ex -> {
      ex.getResponseHeaders().set("Content-Encoding", "gzip");
      LocalSite.send(ex, 200, "text/html", packed);
    });

    assertThat(fetcher.fetch(site.url("/zipped"), Validators.NONE)).isInstanceOfSatisfying(FetchResult.Body.class,
        body -> assertThat(body.bytes()).isEqualTo(PAGE));
  }

  /** The bytes repeated {@code times}, gzipped. */
  static byte[] gzip(byte[] bytes, int times) throws IOException {
    ByteArrayOutputStream packed = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(packed)) {
      for (int i = 0; i < times; i++) {
        gzip.write(bytes);
      }
    }
    return packed.toByteArray();
  }

  @Test
  void stopsAnEndlessResponseAtTheSizeLimit() {
    site.on("/endless", ex -> {
      ex.getResponseHeaders().set("Content-Type", "text/html");
      ex.sendResponseHeaders(200, 0); // chunked, no length
      byte[] chunk = new byte[64 * 1024];
      try (OutputStream out = ex.getResponseBody()) {
        for (int i = 0; i < 100_000; i++) { // bounded: 6 GB, far more than any limit
          out.write(chunk);
        }
      }
    });
    fetcher.close();
    fetcher = new Fetcher(testPolicy().withMaxBytes(2 << 20, 2 << 20));

    FetchResult result = fetcher.fetch(site.url("/endless"), Validators.NONE);

    assertThat(result).isInstanceOfSatisfying(FetchResult.Failure.class,
        f -> assertThat(f.reason()).contains("over the limit of 2097152 bytes"));
  }

  @Test
  void sendsValidatorsBackAndReportsNotModified() {
    site.on("/feed", ex -> {
      if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
        LocalSite.send(ex, 304, null, new byte[0]);
      } else {
        ex.getResponseHeaders().set("ETag", "\"v1\"");
        ex.getResponseHeaders().set("Last-Modified", "Mon, 07 Dec 2026 10:00:00 GMT");
        LocalSite.send(ex, 200, "application/rss+xml", PAGE);
      }
    });

    FetchResult first = fetcher.fetch(site.url("/feed"), Validators.NONE);
    FetchResult.Body body = (FetchResult.Body) first;
    FetchResult second = fetcher.fetch(site.url("/feed"), new Validators(body.etag(), body.lastModified()));

    assertThat(body.etag()).isEqualTo("\"v1\"");
    assertThat(second).isInstanceOf(FetchResult.NotModified.class);
    assertThat(site.requests.get(site.requests.size() - 1).header("If-Modified-Since")).isEqualTo("Mon, 07 Dec 2026 10:00:00 GMT");
  }

  @Test
  void spacesRequestsToOneHostByTheDelay() {
    site.page("/polite", "text/html", PAGE);
    fetcher.close();
    fetcher = new Fetcher(testPolicy().withTimes(Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofMillis(10),
        Duration.ofSeconds(1), Duration.ofMillis(300)));

    fetcher.fetch(site.url("/polite"), Validators.NONE); // reads robots.txt first
    long start = System.nanoTime();
    for (int i = 0; i < 3; i++) {
      fetcher.fetch(site.url("/polite"), Validators.NONE);
    }

    assertThat(site.count("/polite")).isEqualTo(4);
    // four starts 300 ms apart: the last three begin at least 3 × 300 ms after the first began
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(600));
  }
}
