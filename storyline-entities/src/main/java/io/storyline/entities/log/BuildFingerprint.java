package io.storyline.entities.log;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * What identifies the build of the code a class comes from: the checksum of its module's jar (or of its class
 * files when run from a build directory). A snapshot of state records it, so another build, whose rules may build
 * other state from the same log, never reads it.
 */
public final class BuildFingerprint {
  /** The fingerprint when the code's location cannot be read: a snapshot is then never written. */
  public static final String UNKNOWN = "unknown";
  private static final Map<Path, String> BY_LOCATION = new ConcurrentHashMap<>();

  private BuildFingerprint() {}

  /** The fingerprint of the jar or class directory {@code type} was loaded from; {@link #UNKNOWN} when unreadable. */
  public static String of(Class<?> type) {
    CodeSource source = type.getProtectionDomain().getCodeSource();
    if (source == null) {
      return UNKNOWN;
    }
    try {
      return BY_LOCATION.computeIfAbsent(Path.of(source.getLocation().toURI()), BuildFingerprint::fingerprint);
    } catch (URISyntaxException | IllegalArgumentException e) {
      return UNKNOWN;
    }
  }

  private static String fingerprint(Path where) {
    try {
      CRC32C crc = new CRC32C();
      if (Files.isDirectory(where)) {
        try (Stream<Path> files = Files.walk(where)) {
          for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
            crc.update(where.relativize(p).toString().getBytes(StandardCharsets.UTF_8));
            crc.update(Files.readAllBytes(p));
          }
        }
      } else {
        crc.update(Files.readAllBytes(where));
      }
      return where.getFileName() + ":" + Long.toHexString(crc.getValue());
    } catch (IOException e) {
      return UNKNOWN;
    }
  }
}
