package io.storyline.entities.registry;

import io.storyline.entities.log.JsonlFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The registry's log, {@code entities.jsonl} in a directory: one event per line, each batch written and fsynced in
 * one go, replayed at open ({@link JsonlFile}). Beside it, a {@link RegistrySnapshot} of the registry's state saves
 * opening the replay of the log's prefix it covers: written at a commit when the log has doubled since the last one
 * (from {@value #FIRST_SNAPSHOT_BYTES} bytes on), and at close when it grew by an eighth since (so a run that added
 * a few articles to a large registry does not rewrite its whole state).
 */
public final class JsonlRegistryLog implements RegistryLog {
  public static final String FILE_NAME = "entities.jsonl";
  /** The log's length at which a snapshot is first written at a commit (about 1,000 articles of news). */
  static final long FIRST_SNAPSHOT_BYTES = 4L << 20;
  /** At close, a snapshot is written when the log grew by at least this share of what the last one covered. */
  private static final int CLOSE_SNAPSHOT_SHARE = 8;

  private final JsonlFile<RegistryEvent> file;
  private final Path path;
  private final long firstSnapshotBytes;
  /** The length of the log the last snapshot (read or written) covers; 0 when there is none. */
  private long snapshotBytes;

  /** Opens (creating if needed) the log in {@code directory}. */
  public JsonlRegistryLog(Path directory) {
    this(directory, FIRST_SNAPSHOT_BYTES);
  }

  /** A log whose first snapshot is written once it is {@code firstSnapshotBytes} long (small ones in tests). */
  JsonlRegistryLog(Path directory, long firstSnapshotBytes) {
    this.path = directory.resolve(FILE_NAME);
    this.file = new JsonlFile<>(path, RegistryEvent.class);
    this.firstSnapshotBytes = firstSnapshotBytes;
  }

  /**
   * The log in {@code directory} as it was when it was {@code limit} bytes long (a length {@link #end()} gave, e.g.
   * recorded by a commit), read-only: from the snapshot when one covers a prefix of those bytes.
   */
  public static RegistryLog committed(Path directory, long limit) {
    Path log = directory.resolve(FILE_NAME);
    Optional<RegistrySnapshot.Saved> saved = RegistrySnapshot.read(log, limit);
    long from = saved.map(RegistrySnapshot.Saved::logBytes).orElse(0L);
    return RegistryLog.readOnly(new Opening(saved.map(RegistrySnapshot.Saved::state),
        JsonlFile.read(log, RegistryEvent.class, from, limit)));
  }

  @Override
  public List<RegistryEvent> replay() {
    return file.replay();
  }

  @Override
  public Opening opening() {
    Optional<RegistrySnapshot.Saved> saved = RegistrySnapshot.read(path, Long.MAX_VALUE);
    if (saved.isEmpty()) {
      return new Opening(Optional.empty(), replay());
    }
    snapshotBytes = saved.get().logBytes();
    return new Opening(Optional.of(saved.get().state()), file.replayFrom(snapshotBytes));
  }

  @Override
  public void append(List<RegistryEvent> batch) {
    file.append(batch);
  }

  @Override
  public void committed(Supplier<RegistryState> state, boolean closing) {
    long end = file.end();
    boolean due = closing ? end - snapshotBytes >= Math.max(1, snapshotBytes / CLOSE_SNAPSHOT_SHARE)
        : end >= Math.max(firstSnapshotBytes, 2 * snapshotBytes);
    if (due && RegistrySnapshot.writable()) {
      RegistrySnapshot.write(path, state.get(), end);
      snapshotBytes = end;
    }
  }

  /** Where the last complete record ends: the log's length as this object read or appended it. */
  public long end() {
    return file.end();
  }

  /** Size of the log in bytes. */
  public long sizeBytes() {
    return file.sizeBytes();
  }

  @Override
  public void close() {
    file.close();
  }
}
