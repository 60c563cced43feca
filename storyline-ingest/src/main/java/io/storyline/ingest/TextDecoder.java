package io.storyline.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the bytes of a document into text and names the charset it used.
 *
 * <p>In order: a byte order mark (UTF-8, UTF-16, UTF-32) decides and is dropped; bytes that are
 * valid UTF-8 are UTF-8; for HTML a declared charset ({@code <meta charset>}, {@code http-equiv},
 * XML declaration) is used when the bytes decode in it without error; lines that are UTF-8 among lines that are
 * not (two files in different charsets joined) are kept, the others decoded in the charset found for them alone;
 * otherwise ICU4J's {@link CharsetDetector} guesses. Two corrections follow the web's practice: ISO-8859-1 and ASCII
 * become windows-1252 (a superset for text), and KOI8-R becomes KOI8-U, since ICU reports KOI8-R
 * for all KOI8 text and KOI8-U adds the Ukrainian letters і ї є ґ.
 *
 * <p>Known limit: ISO-8859-2 and windows-1250 share most letters. ICU reports windows-1250 only
 * when bytes 0x80-0x9F occur (such as Polish ś and ź, or „quotes”); text without them, as most
 * Hungarian text, is reported as ISO-8859-2. Such text decodes to the same characters in both, so
 * only the charset name can differ from the one the file was written in.
 */
public final class TextDecoder {

  /** A decoded document. @param charset the name of the charset used, e.g. {@code UTF-8} */
  public record Decoded(String text, String charset) {
  }

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Charset KOI8_U = Charset.forName("KOI8-U");
  private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
  private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

  /** Bytes looked at to tell binary from text. */
  private static final int SNIFF_BYTES = 8192;
  /** ICU's detector only reads this much of its input. */
  private static final int DETECTOR_BYTES = 8000;
  /** Bytes searched for an HTML charset declaration. */
  private static final int DECLARATION_BYTES = 4096;
  private static final Pattern DECLARED_CHARSET = Pattern.compile(
      "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([a-z0-9_.:-]+)|<\\?xml[^>]*?encoding\\s*=\\s*[\"']([a-z0-9_.:-]+)",
      Pattern.CASE_INSENSITIVE);

  private TextDecoder() {
  }

  /** Decodes plain text or JSON Lines. */
  public static Decoded decode(byte[] bytes) {
    return decode(bytes, false);
  }

  /** Decodes an HTML page, honouring the charset it declares when the bytes fit it. */
  public static Decoded decodeHtml(byte[] bytes) {
    return decode(bytes, true);
  }

  /**
   * Whether the bytes look binary rather than text: a NUL byte or more than one control character
   * in twenty in the first 8 KB. Text with a UTF-16 or UTF-32 byte order mark is never binary.
   */
  public static boolean looksBinary(byte[] bytes) {
    return byteOrderMark(bytes).isEmpty() && (hasNul(bytes) || mostlyControls(bytes));
  }

  /**
   * Whether the bytes are binary even when a few NUL bytes are forgiven: more than one control character (NUL
   * included) in twenty in the first 8 KB. JSON Lines is judged so as a whole, and each line on its own.
   */
  static boolean mostlyBinary(byte[] bytes) {
    return byteOrderMark(bytes).isEmpty() && mostlyControls(bytes);
  }

  private static boolean hasNul(byte[] bytes) {
    int length = Math.min(bytes.length, SNIFF_BYTES);
    for (int i = 0; i < length; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean mostlyControls(byte[] bytes) {
    int length = Math.min(bytes.length, SNIFF_BYTES);
    int controls = 0;
    for (int i = 0; i < length; i++) {
      int b = bytes[i] & 0xFF;
      boolean control = b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B;
      if (control || b == 0x7F) {
        controls++;
      }
    }
    return controls * 20 > length;
  }

  /**
   * The charset of text whose line breaks are not the byte 0x0A, so that it must be decoded before it is split
   * into lines: UTF-16 or UTF-32 by its byte order mark, or UTF-16 without one when it opens with '{' or '['
   * and a zero byte (JSON in UTF-16LE) or the reverse (UTF-16BE).
   */
  static Optional<Charset> wideCharset(byte[] head) {
    Optional<Bom> bom = byteOrderMark(head);
    if (bom.isPresent()) {
      Charset charset = bom.get().charset();
      return charset.equals(StandardCharsets.UTF_8) ? Optional.empty() : Optional.of(charset);
    }
    if (head.length >= 2 && (head[0] == '{' || head[0] == '[') && head[1] == 0) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    if (head.length >= 2 && head[0] == 0 && (head[1] == '{' || head[1] == '[')) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    return Optional.empty();
  }

  /** The start of the bytes as text, for sniffing the format: by the byte order mark, else as Latin-1. */
  static String head(byte[] bytes, int maxBytes) {
    byte[] start = Arrays.copyOf(bytes, Math.min(bytes.length, maxBytes));
    return byteOrderMark(start)
        .map(bom -> new String(start, bom.length(), start.length - bom.length(), bom.charset()))
        .orElseGet(() -> new String(start, StandardCharsets.ISO_8859_1));
  }

  private static Decoded decode(byte[] bytes, boolean html) {
    Optional<Bom> bom = byteOrderMark(bytes);
    if (bom.isPresent()) {
      Charset charset = bom.get().charset();
      return new Decoded(new String(bytes, bom.get().length(), bytes.length - bom.get().length(), charset), charset.name());
    }
    Optional<String> utf8 = decodeStrictly(bytes, StandardCharsets.UTF_8);
    if (utf8.isPresent()) {
      return new Decoded(utf8.get(), StandardCharsets.UTF_8.name());
    }
    if (html) {
      Optional<Charset> declared = declaredCharset(bytes);
      Optional<String> text = declared.flatMap(charset -> decodeStrictly(bytes, charset));
      if (text.isPresent()) {
        return new Decoded(text.get(), declared.get().name());
      }
    }
    Optional<Decoded> mixed = mixedWithUtf8(bytes, html);
    if (mixed.isPresent()) {
      return mixed.get();
    }
    Charset detected = detect(bytes, html);
    return new Decoded(new String(bytes, detected), detected.name());
  }

  /**
   * Text whose lines are partly UTF-8 (holding at least one multi-byte character) and partly not, as when files in
   * two encodings were concatenated: the UTF-8 lines are kept, the others decoded in the charset detected on them
   * alone, and the charset named as both ("UTF-8 and windows-1251"). Empty when no line is UTF-8 beyond ASCII.
   */
  private static Optional<Decoded> mixedWithUtf8(byte[] bytes, boolean html) {
    List<byte[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == '\n') {
        lines.add(Arrays.copyOfRange(bytes, start, Math.min(i + 1, bytes.length)));
        start = i + 1;
      }
    }
    List<String> utf8 = new ArrayList<>();
    ByteArrayOutputStream other = new ByteArrayOutputStream();
    boolean wideUtf8 = false;
    for (byte[] line : lines) {
      Optional<String> text = decodeStrictly(line, StandardCharsets.UTF_8);
      utf8.add(text.orElse(null));
      wideUtf8 |= text.isPresent() && text.get().length() < line.length;
      if (text.isEmpty()) {
        other.writeBytes(line);
      }
    }
    if (!wideUtf8) {
      return Optional.empty();
    }
    Charset detected = detect(other.toByteArray(), html);
    StringBuilder text = new StringBuilder(bytes.length);
    for (int i = 0; i < lines.size(); i++) {
      text.append(utf8.get(i) != null ? utf8.get(i) : new String(lines.get(i), detected));
    }
    return Optional.of(new Decoded(text.toString(), "UTF-8 and " + detected.name()));
  }

  private record Bom(Charset charset, int length) {
  }

  private static Optional<Bom> byteOrderMark(byte[] b) {
    if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) {
      return Optional.of(new Bom(UTF_32BE, 4));
    }
    if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
      return Optional.of(new Bom(UTF_32LE, 4));
    }
    if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
      return Optional.of(new Bom(StandardCharsets.UTF_8, 3));
    }
    if (startsWith(b, 0xFE, 0xFF)) {
      return Optional.of(new Bom(StandardCharsets.UTF_16BE, 2));
    }
    if (startsWith(b, 0xFF, 0xFE)) {
      return Optional.of(new Bom(StandardCharsets.UTF_16LE, 2));
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static Optional<String> decodeStrictly(byte[] bytes, Charset charset) {
    try {
      return Optional.of(charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static Optional<Charset> declaredCharset(byte[] bytes) {
    String start = new String(bytes, 0, Math.min(bytes.length, DECLARATION_BYTES), StandardCharsets.ISO_8859_1);
    Matcher m = DECLARED_CHARSET.matcher(start);
    if (!m.find()) {
      return Optional.empty();
    }
    // A declaration readable as ASCII cannot be in UTF-16 or UTF-32; browsers ignore such claims too.
    return supported(m.group(1) != null ? m.group(1) : m.group(2))
        .filter(charset -> !charset.name().startsWith("UTF-16") && !charset.name().startsWith("UTF-32"));
  }

  private static Charset detect(byte[] bytes, boolean html) {
    CharsetDetector detector = new CharsetDetector();
    detector.enableInputFilter(html);
    detector.setText(detectionSample(bytes));
    CharsetMatch[] matches = detector.detectAll();
    for (CharsetMatch match : matches) {
      Optional<Charset> charset = supported(match.getName());
      if (charset.isPresent()) {
        return charset.get();
      }
    }
    return WINDOWS_1252;
  }

  /**
   * ICU reads only the first 8000 bytes, which in a web page are often all markup and script. For
   * longer input it gets the words that hold non-ASCII bytes, from the whole input, instead; input
   * that is not UTF-8 always has some.
   */
  private static byte[] detectionSample(byte[] bytes) {
    if (bytes.length <= DETECTOR_BYTES) {
      return bytes;
    }
    ByteArrayOutputStream sample = new ByteArrayOutputStream(DETECTOR_BYTES + 1);
    int wordStart = 0;
    boolean nonAscii = false;
    for (int i = 0; i <= bytes.length && sample.size() < DETECTOR_BYTES; i++) {
      if (i < bytes.length && !isWordBreak(bytes[i])) {
        nonAscii |= bytes[i] < 0;
        continue;
      }
      if (nonAscii) {
        sample.write(bytes, wordStart, Math.min(i - wordStart, DETECTOR_BYTES - sample.size()));
        sample.write(' ');
      }
      wordStart = i + 1;
      nonAscii = false;
    }
    return sample.toByteArray();
  }

  private static boolean isWordBreak(byte b) {
    return b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == '<' || b == '>';
  }

  /** The charset by that name, with the web's substitutions, if Java supports it. */
  private static Optional<Charset> supported(String name) {
    switch (name.toLowerCase(Locale.ROOT)) {
      case "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii" -> {
        return Optional.of(WINDOWS_1252);
      }
      case "koi8-r", "koi8r", "koi8" -> {
        return Optional.of(KOI8_U);
      }
      default -> {
        try {
          return Optional.of(Charset.forName(name));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
          return Optional.empty();
        }
      }
    }
  }
}
