package io.storyline.ingest.web;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Reads a response body within two limits: bytes off the wire, and bytes after gzip or deflate
 * decompression (a small "gzip bomb" that inflates to gigabytes stops at the second).
 */
final class BodyReader {

  /** The body broke a limit; the message says which. */
  static final class TooLarge extends IOException {
    TooLarge(String message) {
      super(message);
    }
  }

  private final long maxBytes;
  private final long maxDecodedBytes;

  BodyReader(long maxBytes, long maxDecodedBytes) {
    this.maxBytes = maxBytes;
    this.maxDecodedBytes = maxDecodedBytes;
  }

  /**
   * Reads the whole body.
   *
   * @param contentEncoding the Content-Encoding header, or null
   * @throws TooLarge when a limit is passed; nothing past the limit is read
   */
  byte[] read(InputStream wire, String contentEncoding) throws IOException {
    InputStream raw = new Limited(wire, maxBytes, "response is over the limit of " + maxBytes + " bytes");
    String encoding = contentEncoding == null ? "identity" : contentEncoding.strip().toLowerCase(Locale.ROOT);
    InputStream decoded = switch (encoding) {
      case "gzip", "x-gzip" -> new GZIPInputStream(raw, 8192);
      case "deflate" -> inflate(raw);
      case "identity", "" -> raw;
      default -> throw new IOException("unsupported Content-Encoding " + contentEncoding + " (gzip, deflate, identity)");
    };
    byte[] bytes = decoded.readNBytes(Math.toIntExact(maxDecodedBytes + 1));
    if (bytes.length > maxDecodedBytes) {
      throw new TooLarge("response decompresses to more than the limit of " + maxDecodedBytes + " bytes");
    }
    return bytes;
  }

  /** "deflate" is zlib-wrapped by the standard and raw by some servers; the first byte tells. */
  private static InputStream inflate(InputStream raw) throws IOException {
    BufferedInputStream in = new BufferedInputStream(raw);
    in.mark(2);
    int first = in.read();
    in.reset();
    boolean zlib = (first & 0x0F) == 8 && first >= 0;
    return new InflaterInputStream(in, new Inflater(!zlib), 8192);
  }

  /** Fails once more than {@code limit} bytes have been read. */
  private static final class Limited extends FilterInputStream {
    private final long limit;
    private final String message;
    private long count;

    Limited(InputStream in, long limit, String message) {
      super(in);
      this.limit = limit;
      this.message = message;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, (int) Math.min(len, limit - count + 1));
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws TooLarge {
      count += n;
      if (count > limit) {
        throw new TooLarge(message);
      }
    }
  }
}
