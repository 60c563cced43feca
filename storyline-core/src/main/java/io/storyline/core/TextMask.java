package io.storyline.core;

import java.util.List;

/**
 * The clean view of an article's text with offsets unchanged: every character of a removed span is
 * replaced by a space (line breaks are kept), so an offset into the clean view is an offset into the
 * original text.
 */
public final class TextMask {
  private TextMask() {}

  /** The text with debris blanked out; the original text when the article has no removed spans. */
  public static String clean(Article article) {
    return blank(article.text(), article.removed());
  }

  /** Blanks out {@code spans} in {@code text}, keeping line breaks. */
  public static String blank(String text, List<? extends Span> spans) {
    if (spans.isEmpty()) {
      return text;
    }
    char[] chars = text.toCharArray();
    for (Span s : spans) {
      for (int i = s.start(); i < s.end(); i++) {
        if (chars[i] != '\n' && chars[i] != '\r') {
          chars[i] = ' ';
        }
      }
    }
    return new String(chars);
  }

  /**
   * The text a reader sees: removed spans cut out, trailing spaces dropped, and runs of blank lines
   * reduced to one. Offsets do not carry over; use {@link #clean} when they must.
   */
  public static String readable(Article article) {
    String blanked = clean(article);
    StringBuilder out = new StringBuilder(blanked.length());
    boolean lastBlank = true;
    for (String line : blanked.split("\n", -1)) {
      String stripped = line.strip();
      if (stripped.isEmpty()) {
        if (!lastBlank) {
          out.append('\n');
        }
        lastBlank = true;
      } else {
        out.append(stripped.replaceAll("\\s{2,}", " ")).append('\n');
        lastBlank = false;
      }
    }
    return out.toString().strip();
  }
}
