package io.storyline.events;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.net.URISyntaxException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.CodeSource;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * The chronicle's clustering state as it stood when its profile log was a given length, kept in {@value #FILE} so
 * opening a data directory places only the profiles logged after it instead of replaying every one.
 *
 * <p>A snapshot is used only when it agrees with the logs as they are now: the profile log still begins with the
 * exact bytes it was taken after (length and checksum), the corrections log is the one it was taken with, and the
 * chronicle's options and the code of this module are the same. Anything else (a log cut back to the store's
 * commit after a kill, a reprocess, another version) makes it stale, and the chronicle replays its log from the
 * start, as without a snapshot. So a snapshot never decides anything the logs do not: it only saves the replay of
 * a prefix of them. It is written to a temporary file and moved into place, so a kill leaves the old one or the new
 * one.
 */
final class ChronicleSnapshot {
  /** The snapshot's file, beside the profile log. */
  static final String FILE = "chronicle.snapshot";
  private static final int FORMAT = 1;
  private static final System.Logger LOG = System.getLogger(ChronicleSnapshot.class.getName());
  /** Only the chronicle's own state, collections, boxed values and arrays of them may be read back. */
  private static final ObjectInputFilter CLASSES = ObjectInputFilter.Config.createFilter(
      "io.storyline.**;java.util.**;java.lang.**;!*");
  private static volatile String code;

  /** What a snapshot was taken of: checked against the logs before its state is read. */
  record Header(int format, String code, String options, long profileBytes, long profileChecksum,
      long correctionBytes, long correctionChecksum) implements Serializable {}

  /** A snapshot's state, and the length of the profile log it covers. */
  record State(EventClusterer clusterer, StorylineBuilder storylines, long nextRebuild, long profileBytes) {}

  private ChronicleSnapshot() {}

  /**
   * The snapshot kept in {@code directory} when it agrees with the logs there within their first {@code profileLimit}
   * bytes and with {@code options}; empty when there is none or it is stale (a stale or unreadable one is logged).
   */
  static Optional<State> read(Path directory, String options, long profileLimit) {
    Path file = directory.resolve(FILE);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try (ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      in.setObjectInputFilter(CLASSES);
      Header h = (Header) in.readObject();
      Path profiles = directory.resolve(Chronicle.PROFILES);
      Path corrections = directory.resolve(Chronicle.CORRECTIONS);
      String stale = h.format() != FORMAT ? "another format"
          : !h.code().equals(code()) ? "another version of the code"
          : !h.options().equals(options) ? "other options"
          : h.profileBytes() > Math.min(profileLimit, size(profiles)) ? "a longer profile log than the committed one"
          : h.profileChecksum() != checksum(profiles, h.profileBytes()) ? "another profile log"
          : h.correctionBytes() != size(corrections)
              || h.correctionChecksum() != checksum(corrections, h.correctionBytes()) ? "other corrections"
          : null;
      if (stale != null) {
        LOG.log(System.Logger.Level.INFO, "not using the chronicle snapshot {0}: it was taken of {1}; replaying the "
            + "profile log", file, stale);
        return Optional.empty();
      }
      EventClusterer clusterer = (EventClusterer) in.readObject();
      StorylineBuilder storylines = (StorylineBuilder) in.readObject();
      return Optional.of(new State(clusterer, storylines, in.readLong(), h.profileBytes()));
    } catch (IOException | ClassNotFoundException | ClassCastException e) {
      LOG.log(System.Logger.Level.WARNING, "cannot read the chronicle snapshot {0} ({1}); replaying the profile log",
          file, e.toString());
      return Optional.empty();
    }
  }

  /**
   * Writes the state of {@code clusterer} and {@code storylines} as of the first {@code profileBytes} bytes of the
   * profile log in {@code directory} (every profile they hold, and no other, is in those bytes). A failure is logged,
   * not thrown: the snapshot only saves work.
   */
  static void write(Path directory, String options, EventClusterer clusterer, StorylineBuilder storylines,
      long nextRebuild, long profileBytes) {
    Path file = directory.resolve(FILE);
    Path temporary = directory.resolve(FILE + ".tmp");
    Path corrections = directory.resolve(Chronicle.CORRECTIONS);
    try {
      long correctionBytes = size(corrections);
      Header h = new Header(FORMAT, code(), options, profileBytes,
          checksum(directory.resolve(Chronicle.PROFILES), profileBytes), correctionBytes,
          checksum(corrections, correctionBytes));
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
          StandardOpenOption.TRUNCATE_EXISTING);
          ObjectOutputStream out = new ObjectOutputStream(new BufferedOutputStream(
              java.nio.channels.Channels.newOutputStream(channel), 1 << 16))) {
        out.writeObject(h);
        out.writeObject(clusterer);
        out.writeObject(storylines);
        out.writeLong(nextRebuild);
        out.flush();
        channel.force(false);
      }
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      // only a saving: the logs hold everything, and the next open replays what no snapshot covers
      LOG.log(System.Logger.Level.WARNING, "cannot write the chronicle snapshot {0} ({1}); the next open replays the "
          + "profile log", file, e.toString());
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException ignored) {
        // the next write truncates it
      }
    }
  }

  private static long size(Path file) throws IOException {
    return Files.exists(file) ? Files.size(file) : 0;
  }

  /** The CRC-32C of the first {@code length} bytes of {@code file} (of nothing when it does not exist). */
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

  /**
   * What identifies the code that built the state: the checksum of this module's jar (or of its class files when
   * run from a build directory), so another build never reads a state its clustering might not have made.
   */
  static String code() {
    String c = code;
    if (c == null) {
      c = fingerprint();
      code = c;
    }
    return c;
  }

  private static String fingerprint() {
    CodeSource source = ChronicleSnapshot.class.getProtectionDomain().getCodeSource();
    if (source == null) {
      return "unknown";
    }
    try {
      Path where = Path.of(source.getLocation().toURI());
      CRC32C crc = new CRC32C();
      if (Files.isDirectory(where)) {
        try (Stream<Path> files = Files.walk(where)) {
          for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
            crc.update(where.relativize(p).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            crc.update(Files.readAllBytes(p));
          }
        }
      } else {
        crc.update(Files.readAllBytes(where));
      }
      return where.getFileName() + ":" + Long.toHexString(crc.getValue());
    } catch (IOException | URISyntaxException | IllegalArgumentException e) {
      return "unknown";
    }
  }
}
