package io.storyline.ingest;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;

/**
 * Splits a JSON Lines stream into lines, one at a time, so inputs of any length work and one bad line never costs
 * the others. Text in UTF-16 or UTF-32 ({@link TextDecoder#wideCharset}) is decoded before it is split, since its
 * line breaks are not the byte 0x0A; other text is split on 0x0A and each line decoded on its own (UTF-8, else
 * detected). A line holding a NUL or mostly control characters is rejected as binary; the size limit applies to
 * each line.
 */
final class JsonLinesSplitter {

  /** What the splitter finds, line by line (numbered from 1). */
  interface Lines {
    void line(long number, String text, String charset);

    void reject(long number, String reason);
  }

  static final String BINARY_LINE = "binary data (a NUL byte or control characters), not a JSON object";

  private final long maxBytes;

  JsonLinesSplitter(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** @param head the first bytes of {@code in} (still to be read from it), which tell the encoding */
  void split(BufferedInputStream in, byte[] head, Lines lines) throws IOException {
    var wide = TextDecoder.wideCharset(head);
    if (wide.isPresent()) {
      splitDecoded(in, wide.get(), lines);
    } else {
      splitBytes(in, lines);
    }
  }

  private void splitBytes(BufferedInputStream in, Lines lines) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    long number = 0;
    boolean tooLong = false;
    int b;
    do {
      b = in.read();
      if (b == '\n' || b == -1) {
        number++;
        if (tooLong) {
          lines.reject(number, overLimit());
        } else if (line.size() > 0) {
          byte[] bytes = line.toByteArray();
          if (TextDecoder.looksBinary(bytes)) {
            lines.reject(number, BINARY_LINE);
          } else {
            TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
            lines.line(number, decoded.text(), decoded.charset());
          }
        }
        line.reset();
        tooLong = false;
      } else if (!tooLong) {
        line.write(b);
        if (line.size() > maxBytes) {
          tooLong = true;
          line.reset();
        }
      }
    } while (b != -1);
  }

  private void splitDecoded(BufferedInputStream in, Charset charset, Lines lines) throws IOException {
    Reader reader = new BufferedReader(new InputStreamReader(in, charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE)));
    int bytesPerChar = charset.name().startsWith("UTF-32") ? 4 : 2;
    StringBuilder line = new StringBuilder();
    long number = 0;
    boolean tooLong = false;
    int c;
    do {
      c = reader.read();
      if (c == '\n' || c == -1) {
        number++;
        if (tooLong) {
          lines.reject(number, overLimit());
        } else if (!line.isEmpty()) {
          String text = number == 1 && line.charAt(0) == '\uFEFF' ? line.substring(1) : line.toString();
          if (text.indexOf('\0') >= 0) {
            lines.reject(number, BINARY_LINE);
          } else {
            lines.line(number, text, charset.name());
          }
        }
        line.setLength(0);
        tooLong = false;
      } else if (!tooLong) {
        line.append((char) c);
        if ((long) line.length() * bytesPerChar > maxBytes) {
          tooLong = true;
          line.setLength(0);
        }
      }
    } while (c != -1);
  }

  private String overLimit() {
    return "line is over the limit of " + maxBytes + " bytes (set --max-size)";
  }
}
