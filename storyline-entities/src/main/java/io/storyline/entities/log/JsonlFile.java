package io.storyline.entities.log;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.Closeable;
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
 * An append-only JSON Lines file of records of one type (Jackson-mapped): each batch written and fsynced in one
 * go, replayed at open. A line torn by a crash is skipped and cut off before the next append. The entity
 * registry's log and the chronicle's profile and correction logs are such files. Not thread-safe: one writer.
 */
public final class JsonlFile<T> implements Closeable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;
  private final Class<T> type;
  private final FileChannel channel;

  /** Opens (creating it and its directory if needed) {@code file} of records of {@code type}. */
  public JsonlFile(Path file, Class<T> type) {
    this.file = file;
    this.type = type;
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the log " + file, e);
    }
  }

  /** Every record appended so far, in order. */
  public List<T> replay() {
    List<T> records = new ArrayList<>();
    long good = 0;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line; (line = r.readLine()) != null; ) {
        try {
          records.add(JSON.readValue(line, type));
          good += line.getBytes(StandardCharsets.UTF_8).length + 1;
        } catch (JsonProcessingException torn) {
          break;
        }
      }
      channel.truncate(good);
      channel.position(good);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the log " + file, e);
    }
    return records;
  }

  /** Appends a batch and makes it durable before returning. */
  public void append(List<? extends T> batch) {
    if (batch.isEmpty()) {
      return;
    }
    StringBuilder sb = new StringBuilder();
    try {
      for (T record : batch) {
        sb.append(JSON.writerFor(type).writeValueAsString(record)).append('\n');
      }
      ByteBuffer bytes = ByteBuffer.wrap(sb.toString().getBytes(StandardCharsets.UTF_8));
      channel.position(channel.size());
      while (bytes.hasRemaining()) {
        channel.write(bytes);
      }
      channel.force(false);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to the log " + file, e);
    }
  }

  /** Size of the file in bytes. */
  public long sizeBytes() {
    try {
      return channel.size();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the size of the log " + file, e);
    }
  }

  @Override
  public void close() {
    try {
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the log " + file, e);
    }
  }
}
