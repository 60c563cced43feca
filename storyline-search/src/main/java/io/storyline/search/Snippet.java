package io.storyline.search;

import java.util.List;

/**
 * A passage of an article's clean text around the matches, with the matched ranges. Offsets are
 * into the article's original text ({@code start} is where {@code text} begins there); highlight
 * ranges are relative to {@code text}.
 */
public record Snippet(int start, String text, List<Range> highlights) {
  /** A matched stretch {@code [start, end)} of the snippet's text. */
  public record Range(int start, int end) {}

  /** Characters of the opening shown when nothing is highlighted. */
  private static final int OPENING = 240;

  public Snippet {
    highlights = List.copyOf(highlights);
  }

  /** The start of an article's clean text (about 240 characters, cut at a space): the snippet when nothing matched. */
  public static Snippet opening(String clean) {
    String text = clean == null ? "" : clean;
    int start = 0;
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    int end = Math.min(text.length(), start + OPENING);
    if (end < text.length()) {
      int space = text.lastIndexOf(' ', end);
      end = space > start ? space : end;
    }
    return new Snippet(start, text.substring(start, end), List.of());
  }

  /** The snippet as HTML: the text escaped, matches in {@code <mark>}. */
  public String html() {
    StringBuilder out = new StringBuilder();
    int at = 0;
    for (Range r : highlights) {
      escape(text.substring(at, r.start()), out);
      out.append("<mark>");
      escape(text.substring(r.start(), r.end()), out);
      out.append("</mark>");
      at = r.end();
    }
    escape(text.substring(at), out);
    return out.toString();
  }

  private static void escape(String s, StringBuilder out) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
  }
}
