package io.storyline.entities.log;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32C;

/**
 * The first {@code bytes} bytes of a log, identified by their CRC-32C: what a snapshot of state built from a log was
 * taken after. The log still {@link #begins begins} with them when it only grew since; a log cut back (after a kill)
 * or written again (a reprocess) no longer does.
 */
public record LogPrefix(long bytes, long checksum) implements Serializable {

  /** The first {@code bytes} bytes of {@code file} (of nothing when it does not exist). */
  public static LogPrefix of(Path file, long bytes) throws IOException {
    return new LogPrefix(bytes, checksum(file, bytes));
  }

  /** The whole of {@code file} as it is now (nothing when it does not exist). */
  public static LogPrefix whole(Path file) throws IOException {
    return of(file, Files.exists(file) ? Files.size(file) : 0);
  }

  /** Whether {@code file} begins with these bytes and they lie within its first {@code limit} bytes. */
  public boolean begins(Path file, long limit) throws IOException {
    long size = Files.exists(file) ? Files.size(file) : 0;
    return bytes <= Math.min(limit, size) && checksum == checksum(file, bytes);
  }

  /** The CRC-32C of the first {@code length} bytes of {@code file}; -1 when it is shorter. */
  private static long checksum(Path file, long length) throws IOException {
    CRC32C crc = new CRC32C();
    if (length > 0) {
      try (InputStream in = Files.newInputStream(file)) {
        byte[] buffer = new byte[1 << 16];
        for (long left = length; left > 0; ) {
          int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
          if (n < 0) {
            return -1;
          }
          crc.update(buffer, 0, n);
          left -= n;
        }
      }
    }
    return crc.getValue();
  }
}
