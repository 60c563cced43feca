package io.storyline.core;

import java.util.Optional;

/**
 * Where an article says what happened: its title line and the lead, the first {@value #PARAGRAPHS}
 * prose paragraphs after it. Offsets into the article's text.
 *
 * @param titleStart start of the title line
 * @param titleEnd   end of the title line
 * @param leadEnd    end of the lead (the lead runs from {@code titleEnd} to here)
 */
public record Lead(int titleStart, int titleEnd, int leadEnd) {
  /** Prose paragraphs in a lead. */
  public static final int PARAGRAPHS = 2;
  /** Characters a line needs to count as a prose paragraph. */
  public static final int MIN_PARAGRAPH = 60;

  public Lead {
    if (titleStart < 0 || titleEnd < titleStart || leadEnd < titleEnd) {
      throw new IllegalArgumentException("bad lead offsets " + titleStart + ", " + titleEnd + ", " + leadEnd);
    }
  }

  /**
   * The title is the cleanup stage's title span, else the first non-blank line of {@code clean} (the
   * article's clean view, {@link TextMask#clean}).
   */
  public static Lead of(Article article, String clean) {
    Optional<TextSpan> title = article.get(Layers.TITLE);
    int start;
    int end;
    if (title.isPresent()) {
      start = title.get().start();
      end = title.get().end();
    } else {
      start = 0;
      while (start < clean.length() && Character.isWhitespace(clean.charAt(start))) {
        start++;
      }
      int newline = clean.indexOf('\n', start);
      end = newline < 0 ? clean.length() : newline;
    }
    return new Lead(start, end, leadEnd(clean, end));
  }

  private static int leadEnd(String clean, int titleEnd) {
    int at = titleEnd;
    int paragraphs = 0;
    while (at < clean.length() && paragraphs < PARAGRAPHS) {
      int next = clean.indexOf('\n', at + 1);
      int end = next < 0 ? clean.length() : next;
      if (clean.substring(at, end).strip().length() >= MIN_PARAGRAPH) {
        paragraphs++;
      }
      at = end;
    }
    return at;
  }
}
