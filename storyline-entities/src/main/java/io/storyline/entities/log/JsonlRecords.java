package io.storyline.entities.log;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The complete records of a JSON Lines log, read byte-wise: a line counts once its line break is written, decodes
 * as strict UTF-8 and maps to one record. The first line that does not (a tail torn by a crash: cut inside a line
 * or a multi-byte character, or zeros a crash left) ends the log, and a warning names the file, the line and why.
 *
 * @param records the complete records, in order
 * @param end     the byte offset just after the last complete record: where the next append goes
 */
record JsonlRecords<T>(List<T> records, long end) {
  private static final System.Logger LOG = System.getLogger(JsonlFile.class.getName());

  static <T> JsonlRecords<T> read(Path file, Class<T> type, ObjectMapper json) {
    return read(file, type, json, Long.MAX_VALUE);
  }

  /** The complete records in the first {@code limit} bytes of {@code file}. */
  static <T> JsonlRecords<T> read(Path file, Class<T> type, ObjectMapper json, long limit) {
    return read(file, type, json, 0, limit);
  }

  /**
   * The complete records between byte {@code start} (where a record starts: an earlier {@link #end()}) and byte
   * {@code limit} of {@code file}; {@link #end()} counts from the file's start.
   */
  static <T> JsonlRecords<T> read(Path file, Class<T> type, ObjectMapper json, long start, long limit) {
    List<T> records = new ArrayList<>();
    long end = start;
    long size;
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    String torn = null;
    try (InputStream in = Files.newInputStream(file)) {
      size = Math.min(limit, Files.size(file));
      in.skipNBytes(Math.min(start, size));
      byte[] buffer = new byte[1 << 16];
      long left = size - Math.min(start, size);
      reading:
      for (int n; left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0; left -= n) {
        int from = 0;
        for (int i = 0; i < n; i++) {
          if (buffer[i] == '\n') {
            line.write(buffer, from, i - from);
            from = i + 1;
            byte[] bytes = line.toByteArray();
            line.reset();
            torn = problem(bytes, type, json, records);
            if (torn != null) {
              break reading;
            }
            end += bytes.length + 1;
          }
        }
        line.write(buffer, from, n - from);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the log " + file, e);
    }
    if (torn == null && end < size) {
      torn = "it has no line break";
    }
    if (torn != null) {
      LOG.log(System.Logger.Level.WARNING, "the log {0} ends in a torn record at byte {1} (line {2}: {3}); "
          + "skipped {4} bytes, cut off at the next append", file, end, records.size() + 1, torn, size - end);
    }
    return new JsonlRecords<>(List.copyOf(records), end);
  }

  /** Adds the record a line holds and returns null, or returns why the line is no record. */
  private static <T> String problem(byte[] line, Class<T> type, ObjectMapper json, List<T> records) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(line)).toString();
    } catch (CharacterCodingException e) {
      return "malformed UTF-8";
    }
    try {
      T record = json.readValue(text, type);
      if (record == null) {
        return "no JSON value";
      }
      records.add(record);
      return null;
    } catch (JsonProcessingException e) {
      return "not a record: " + e.getOriginalMessage().lines().findFirst().orElse("");
    }
  }
}
