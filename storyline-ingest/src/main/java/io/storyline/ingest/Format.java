package io.storyline.ingest;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The document formats read, chosen by file extension or, failing that, by content. */
enum Format {
  JSON_LINES, HTML, TEXT;

  private static final int SNIFF_BYTES = 1024;
  private static final Pattern HTML_START = Pattern.compile(
      "<(!doctype\\s+html|html|head|body|meta|title|article|div|p)[\\s/>]", Pattern.CASE_INSENSITIVE);

  /** The format of a file: by its extension when known, else by its first bytes. */
  static Format of(String fileName, byte[] bytes) {
    return byExtension(fileName).orElseGet(() -> sniff(bytes));
  }

  static Optional<Format> byExtension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    return switch (extension) {
      case "jsonl", "ndjson", "json" -> Optional.of(JSON_LINES);
      case "html", "htm", "xhtml" -> Optional.of(HTML);
      case "txt", "text", "md" -> Optional.of(TEXT);
      default -> Optional.empty();
    };
  }

  /** JSON Lines when the first visible character is '{', HTML when the input opens with an HTML tag, else text. */
  static Format sniff(byte[] bytes) {
    String head = TextDecoder.head(bytes, SNIFF_BYTES).stripLeading();
    if (head.startsWith("{")) {
      return JSON_LINES;
    }
    if (head.startsWith("<") && HTML_START.matcher(head).find()) {
      return HTML;
    }
    return TEXT;
  }
}
