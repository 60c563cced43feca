package io.storyline.entities.registry;

import io.storyline.entities.log.JsonlFile;
import java.nio.file.Path;
import java.util.List;

/**
 * The registry's log, {@code entities.jsonl} in a directory: one event per line, each batch written and fsynced in
 * one go, replayed at open ({@link JsonlFile}).
 */
public final class JsonlRegistryLog implements RegistryLog {
  public static final String FILE_NAME = "entities.jsonl";

  private final JsonlFile<RegistryEvent> file;

  /** Opens (creating if needed) the log in {@code directory}. */
  public JsonlRegistryLog(Path directory) {
    this.file = new JsonlFile<>(directory.resolve(FILE_NAME), RegistryEvent.class);
  }

  @Override
  public List<RegistryEvent> replay() {
    return file.replay();
  }

  @Override
  public void append(List<RegistryEvent> batch) {
    file.append(batch);
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
