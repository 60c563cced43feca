package io.storyline.entities.registry;

import io.storyline.entities.log.BuildFingerprint;
import io.storyline.entities.log.LogPrefix;
import io.storyline.entities.log.SnapshotFile;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The registry's state as it stood when its log was a given length, kept in {@value #FILE} beside the log, so
 * opening a data directory applies only the events logged after it instead of replaying every one.
 *
 * <p>A snapshot is used only when the log still begins with the exact bytes it was taken after (length and
 * CRC-32C) within the length the reader may read, and the code of this module is the same build. Corrections are
 * events of the same log, so one made after the snapshot is applied after it, and a log cut back to the store's
 * commit after a kill, or written again by a reprocess, no longer begins with those bytes: the snapshot is then
 * stale and the log is replayed from the start, as without one. So a snapshot never decides anything the log does
 * not; it only saves the replay of a prefix of it.
 */
final class RegistrySnapshot {
  /** The snapshot's file, beside the registry's log. */
  static final String FILE = "registry.snapshot";
  private static final int FORMAT = 1;
  private static final System.Logger LOG = System.getLogger(RegistrySnapshot.class.getName());

  /** What a snapshot was taken of: checked against the log before its state is read. */
  record Header(int format, String code, LogPrefix log) implements Serializable {}

  /** A snapshot's state, and the length of the log it covers. */
  record Saved(RegistryState state, long logBytes) {}

  private RegistrySnapshot() {}

  /**
   * The snapshot beside {@code log} when the log begins with the bytes it was taken after, within its first
   * {@code limit} bytes; empty when there is none or it is stale (logged).
   */
  static Optional<Saved> read(Path log, long limit) {
    Path file = log.resolveSibling(FILE);
    return SnapshotFile.read(file, in -> {
      Header h = (Header) in.readObject();
      String stale = h.format() != FORMAT ? "another format"
          : !h.code().equals(code()) ? "another version of the code"
          : !h.log().begins(log, limit) ? "another log, or a longer one than the committed one"
          : null;
      if (stale != null) {
        LOG.log(System.Logger.Level.INFO, "not using the registry snapshot {0}: it was taken of {1}; replaying the "
            + "log", file, stale);
        return null;
      }
      return new Saved((RegistryState) in.readObject(), h.log().bytes());
    });
  }

  /** Writes {@code state} as the state after the first {@code logBytes} bytes of {@code log}; failures are logged. */
  static void write(Path log, RegistryState state, long logBytes) {
    if (!writable()) {
      return;
    }
    SnapshotFile.write(log.resolveSibling(FILE), out -> {
      out.writeObject(new Header(FORMAT, code(), LogPrefix.of(log, logBytes)));
      out.writeObject(state);
    });
  }

  /** Whether this build can be identified, so that a snapshot it writes is never read by another. */
  static boolean writable() {
    return !code().equals(BuildFingerprint.UNKNOWN);
  }

  /** The build of this module: another build may link the same log into another state. */
  private static String code() {
    return BuildFingerprint.of(RegistrySnapshot.class);
  }
}
