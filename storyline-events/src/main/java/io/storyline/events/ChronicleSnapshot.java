package io.storyline.events;

import io.storyline.entities.log.BuildFingerprint;
import io.storyline.entities.log.LogPrefix;
import io.storyline.entities.log.SnapshotFile;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.Optional;

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
  private static final int FORMAT = 2;
  private static final System.Logger LOG = System.getLogger(ChronicleSnapshot.class.getName());

  /** What a snapshot was taken of: checked against the logs before its state is read. */
  record Header(int format, String code, String options, LogPrefix profiles, LogPrefix corrections)
      implements Serializable {}

  /** A snapshot's state, and the length of the profile log it covers. */
  record State(EventClusterer clusterer, StorylineBuilder storylines, long nextRebuild, long profileBytes) {}

  private ChronicleSnapshot() {}

  /**
   * The snapshot kept in {@code directory} when it agrees with the logs there within their first {@code profileLimit}
   * bytes and with {@code options}; empty when there is none or it is stale (a stale or unreadable one is logged).
   */
  static Optional<State> read(Path directory, String options, long profileLimit) {
    Path file = directory.resolve(FILE);
    return SnapshotFile.read(file, in -> {
      Header h = (Header) in.readObject();
      Path corrections = directory.resolve(Chronicle.CORRECTIONS);
      String stale = h.format() != FORMAT ? "another format"
          : !h.code().equals(code()) ? "another version of the code"
          : !h.options().equals(options) ? "other options"
          : !h.profiles().begins(directory.resolve(Chronicle.PROFILES), profileLimit)
              ? "another profile log, or a longer one than the committed one"
          : !h.corrections().equals(LogPrefix.whole(corrections)) ? "other corrections"
          : null;
      if (stale != null) {
        LOG.log(System.Logger.Level.INFO, "not using the chronicle snapshot {0}: it was taken of {1}; replaying the "
            + "profile log", file, stale);
        return null;
      }
      EventClusterer clusterer = (EventClusterer) in.readObject();
      StorylineBuilder storylines = (StorylineBuilder) in.readObject();
      return new State(clusterer, storylines, in.readLong(), h.profiles().bytes());
    });
  }

  /**
   * Writes the state of {@code clusterer} and {@code storylines} as of the first {@code profileBytes} bytes of the
   * profile log in {@code directory} (every profile they hold, and no other, is in those bytes). A failure is logged,
   * not thrown: the snapshot only saves work.
   */
  static void write(Path directory, String options, EventClusterer clusterer, StorylineBuilder storylines,
      long nextRebuild, long profileBytes) {
    SnapshotFile.write(directory.resolve(FILE), out -> {
      out.writeObject(new Header(FORMAT, code(), options, LogPrefix.of(directory.resolve(Chronicle.PROFILES),
          profileBytes), LogPrefix.whole(directory.resolve(Chronicle.CORRECTIONS))));
      out.writeObject(clusterer);
      out.writeObject(storylines);
      out.writeLong(nextRebuild);
    });
  }

  /**
   * What identifies the code that built the state: the checksum of this module's jar (or of its class files when
   * run from a build directory), so another build never reads a state its clustering might not have made.
   */
  static String code() {
    return BuildFingerprint.of(ChronicleSnapshot.class);
  }
}
