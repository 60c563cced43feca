package io.storyline.web;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Streams an export for {@code GET /api/export}. {@link #NONE} refuses; the application plugs in the real one.
 */
public interface ExportHandler {
  /** No export configured: every request is answered 503. */
  ExportHandler NONE = new ExportHandler() {
    @Override
    public boolean available() {
      return false;
    }

    @Override
    public Stream open(String what, String format) {
      throw new IllegalStateException("export is not configured on this server");
    }
  };

  default boolean available() {
    return true;
  }

  /**
   * Checks the request and prepares the export.
   *
   * @param what   {@code articles}, {@code entities}, {@code events} or {@code storylines}
   * @param format {@code jsonl}, {@code csv} or {@code jsonld}
   * @throws IllegalArgumentException naming a bad value and the valid ones
   */
  Stream open(String what, String format);

  /** A prepared export: its media type and file name, written on demand. */
  interface Stream {
    String mediaType();

    String fileName();

    /** Writes the whole export, as UTF-8, record by record. */
    void writeTo(OutputStream out) throws IOException;
  }
}
