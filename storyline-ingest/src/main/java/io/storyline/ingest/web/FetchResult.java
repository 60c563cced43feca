package io.storyline.ingest.web;

import java.time.Duration;
import java.util.List;

/** What one {@link Fetcher#fetch} got: a body, "not modified", or a failure with its reason. */
public sealed interface FetchResult {

  /** The address asked for. */
  String url();

  /**
   * A 2xx response, decompressed.
   *
   * @param finalUrl      the address after redirects
   * @param redirects     the addresses redirected through, in order (empty when none)
   * @param contentType   the media type without parameters, lower case, or empty
   * @param charset       the charset the Content-Type header names, or null
   * @param etag          the ETag header, or null
   * @param lastModified  the Last-Modified header, or null
   */
  record Body(String url, String finalUrl, List<String> redirects, int status, byte[] bytes, String contentType,
      String charset, String etag, String lastModified) implements FetchResult {
    public Body {
      redirects = List.copyOf(redirects);
    }
  }

  /** A 304 answer to a conditional request: nothing new since the validators were given. */
  record NotModified(String url) implements FetchResult {
  }

  /**
   * The fetch failed.
   *
   * @param reason     one line naming the URL's problem, e.g. {@code HTTP 404 Not Found}
   * @param temporary  whether asking again later may work (timeouts, 429, 5xx) rather than never (404, refused address)
   * @param retryAfter how long the server asked to wait, or null
   */
  record Failure(String url, String reason, boolean temporary, Duration retryAfter) implements FetchResult {
  }
}
