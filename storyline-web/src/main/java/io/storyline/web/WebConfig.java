package io.storyline.web;

/**
 * Limits and secrets of the web server.
 *
 * @param token         the token write requests must carry ({@code Authorization: Bearer <token>}), or
 *                      {@code null}; required when the server binds to anything but loopback
 * @param maxJsonBytes  the largest JSON request body (corrections)
 * @param maxIngestBytes the largest ingest request body or upload
 */
public record WebConfig(String token, long maxJsonBytes, long maxIngestBytes) {
  public static final long DEFAULT_MAX_JSON_BYTES = 64 * 1024;
  public static final long DEFAULT_MAX_INGEST_BYTES = 32L * 1024 * 1024;

  public WebConfig {
    if (token != null && token.strip().length() < 16) {
      throw new IllegalArgumentException("the write token must be at least 16 characters, found " + token.strip().length());
    }
    if (maxJsonBytes < 1024 || maxIngestBytes < 1024) {
      throw new IllegalArgumentException("request size limits must be at least 1024 bytes, found json="
          + maxJsonBytes + " ingest=" + maxIngestBytes);
    }
  }

  /** No token, default limits: fine for loopback. */
  public static WebConfig defaults() {
    return new WebConfig(null, DEFAULT_MAX_JSON_BYTES, DEFAULT_MAX_INGEST_BYTES);
  }

  public WebConfig withToken(String newToken) {
    return new WebConfig(newToken, maxJsonBytes, maxIngestBytes);
  }

  public WebConfig withLimits(long json, long ingest) {
    return new WebConfig(token, json, ingest);
  }
}
