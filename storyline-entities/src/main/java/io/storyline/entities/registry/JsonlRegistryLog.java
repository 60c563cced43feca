package io.storyline.entities.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * An append-only JSON Lines log, {@code entities.jsonl} in a directory: one event per line, each batch written
 * and fsynced in one go, replayed at open. A line torn by a crash is skipped and cut off before the next append.
 */
public final class JsonlRegistryLog implements RegistryLog {
  public static final String FILE_NAME = "entities.jsonl";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;
  private final FileChannel channel;

  /** Opens (creating if needed) the log in {@code directory}. */
  public JsonlRegistryLog(Path directory) {
    try {
      Files.createDirectories(directory);
      this.file = directory.resolve(FILE_NAME);
      this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the entity registry log in " + directory, e);
    }
  }

  @Override
  public List<RegistryEvent> replay() {
    List<RegistryEvent> events = new ArrayList<>();
    long good = 0;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line; (line = r.readLine()) != null; ) {
        try {
          events.add(JSON.readValue(line, RegistryEvent.class));
          good += line.getBytes(StandardCharsets.UTF_8).length + 1;
        } catch (JsonProcessingException torn) {
          break;
        }
      }
      channel.truncate(good);
      channel.position(good);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the entity registry log " + file, e);
    }
    return events;
  }

  @Override
  public void append(List<RegistryEvent> batch) {
    if (batch.isEmpty()) {
      return;
    }
    StringBuilder sb = new StringBuilder();
    try {
      for (RegistryEvent e : batch) {
        sb.append(JSON.writerFor(RegistryEvent.class).writeValueAsString(e)).append('\n');
      }
      ByteBuffer bytes = ByteBuffer.wrap(sb.toString().getBytes(StandardCharsets.UTF_8));
      channel.position(channel.size());
      while (bytes.hasRemaining()) {
        channel.write(bytes);
      }
      channel.force(false);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to the entity registry log " + file, e);
    }
  }

  /** Size of the log in bytes. */
  public long sizeBytes() {
    try {
      return channel.size();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the entity registry log " + file, e);
    }
  }
}
