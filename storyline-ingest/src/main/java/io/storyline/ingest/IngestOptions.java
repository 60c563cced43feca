package io.storyline.ingest;

/**
 * Limits for reading inputs.
 *
 * @param maxBytes the largest input read, in bytes; larger files are rejected, not truncated
 */
public record IngestOptions(long maxBytes) {

  /** The default limit: 10 MiB. */
  public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

  /** The highest limit there can be: an input is read into one byte array. */
  public static final long MAX_BYTES_CEILING = Integer.MAX_VALUE - 16;

  public IngestOptions {
    if (maxBytes < 1 || maxBytes > MAX_BYTES_CEILING) {
      throw new IllegalArgumentException(
          "max size must be between 1 and " + MAX_BYTES_CEILING + " bytes, got " + maxBytes);
    }
  }

  /** Options with the default limit. */
  public static IngestOptions defaults() {
    return new IngestOptions(DEFAULT_MAX_BYTES);
  }
}
