package io.storyline.entities.log;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * An append-only JSON Lines file of records of one type (Jackson-mapped): each batch written and fsynced in one
 * go, replayed at open. A record is complete with its line break. A tail torn by a crash (a line cut anywhere,
 * inside a multi-byte character too, or left without its line break: see {@link JsonlRecords}) is skipped with a warning and cut off at the next append, where its bytes are kept in
 * {@code <file>.cut}; reading never changes the file. The entity registry's log and the chronicle's profile and
 * correction logs are such files. Not thread-safe: one writer.
 */
public final class JsonlFile<T> implements Closeable {
  private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final System.Logger LOG = System.getLogger(JsonlFile.class.getName());

  private final Path file;
  private final Class<T> type;
  private final FileChannel channel;
  /** Where the last complete record ends, once read: appends go there; -1 before. */
  private long end = -1;

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

  /**
   * Every complete record of {@code file} (of {@code type}), in order, without opening it for writing: empty when
   * there is no such file; a torn tail is skipped with a warning.
   */
  public static <R> List<R> read(Path file, Class<R> type) {
    if (!Files.exists(file)) {
      return List.of();
    }
    return JsonlRecords.read(file, type, JSON).records();
  }

  /**
   * The complete records of {@code file} that lie within its first {@code limit} bytes (a length an earlier
   * {@link #end()} gave), read as {@link #read(Path, Class)} does: the log as it was when it was that long.
   */
  public static <R> List<R> read(Path file, Class<R> type, long limit) {
    if (!Files.exists(file)) {
      return List.of();
    }
    return JsonlRecords.read(file, type, JSON, limit).records();
  }

  /**
   * The complete records of {@code file} between byte {@code from} (an earlier {@link #end()}) and byte
   * {@code limit}: what was appended after the log was {@code from} bytes long, up to that limit.
   */
  public static <R> List<R> read(Path file, Class<R> type, long from, long limit) {
    if (!Files.exists(file)) {
      return List.of();
    }
    return JsonlRecords.read(file, type, JSON, from, limit).records();
  }

  /**
   * Cuts {@code file} back to its first {@code length} bytes, the bytes after them kept in {@code <file>.cut}
   * (records appended after a commit point that a crash kept from being reached); nothing when it is no longer.
   */
  public static void cutAt(Path file, long length) {
    if (!Files.exists(file)) {
      return;
    }
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      cut(file, channel, length, "records after the last commit point");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot cut the log " + file + " back to " + length + " bytes", e);
    }
  }

  /** Where the last complete record ends: the length of the log as read or appended by this object. */
  public long end() {
    if (end < 0) {
      end = JsonlRecords.read(file, type, JSON).end();
    }
    return end;
  }

  /** Every complete record appended so far, in order; a torn tail is skipped with a warning. */
  public List<T> replay() {
    JsonlRecords<T> read = JsonlRecords.read(file, type, JSON);
    end = read.end();
    return read.records();
  }

  /**
   * The complete records appended after the log was {@code from} bytes long (an earlier {@link #end()}), in order;
   * a torn tail is skipped with a warning.
   */
  public List<T> replayFrom(long from) {
    JsonlRecords<T> read = JsonlRecords.read(file, type, JSON, from, Long.MAX_VALUE);
    end = read.end();
    return read.records();
  }

  /** Appends a batch and makes it durable before returning; a torn tail is cut off first. */
  public void append(List<? extends T> batch) {
    if (batch.isEmpty()) {
      return;
    }
    StringBuilder sb = new StringBuilder();
    try {
      if (end < 0) {
        end = JsonlRecords.read(file, type, JSON).end();
      }
      cutTornTail();
      for (T record : batch) {
        sb.append(JSON.writerFor(type).writeValueAsString(record)).append('\n');
      }
      ByteBuffer bytes = ByteBuffer.wrap(sb.toString().getBytes(StandardCharsets.UTF_8));
      channel.position(end);
      while (bytes.hasRemaining()) {
        channel.write(bytes);
      }
      channel.force(false);
      end = channel.position();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to the log " + file, e);
    }
  }

  /** Moves the bytes after the last complete record (a torn tail) to {@code <file>.cut} and truncates there. */
  private void cutTornTail() throws IOException {
    cut(file, channel, end, "a torn tail");
  }

  private static void cut(Path file, FileChannel channel, long end, String what) throws IOException {
    long size = channel.size();
    if (size <= end) {
      return;
    }
    Path cut = file.resolveSibling(file.getFileName() + ".cut");
    try (FileChannel out = FileChannel.open(cut, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.APPEND)) {
      for (long at = end; at < size; ) {
        at += channel.transferTo(at, size - at, out);
      }
      out.force(false);
    }
    channel.truncate(end);
    channel.force(false);
    LOG.log(System.Logger.Level.WARNING, "cut {4} off the log {0} ({1} bytes from byte {2}), kept in {3}",
        file, size - end, end, cut, what);
  }

  /** The log's file. */
  public Path file() {
    return file;
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
