package io.storyline.ingest;

/** Normalises decoded plain text without changing its content. */
final class PlainText {

  private PlainText() {
  }

  /** Drops a leading byte order mark and turns {@code \r\n} and lone {@code \r} into {@code \n}. */
  static String normalise(String text) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return body.indexOf('\r') < 0 ? body : body.replace("\r\n", "\n").replace('\r', '\n');
  }
}
