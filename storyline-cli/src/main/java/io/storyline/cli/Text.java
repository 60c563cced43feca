package io.storyline.cli;

import io.storyline.core.Article;
import io.storyline.core.TextMask;
import io.storyline.time.PublicationDate;
import io.storyline.time.TimeLayers;

/** Small text helpers for terminal output. */
final class Text {
  private Text() {}

  static String clip(String s, int max) {
    if (s == null) {
      return "";
    }
    String one = s.replaceAll("\\s+", " ").strip();
    return one.length() <= max ? one : one.substring(0, max - 1) + "…";
  }

  /** The publication date's value, or {@code -}. */
  static String published(Article a) {
    return a.get(TimeLayers.PUBLISHED).map(PublicationDate::value).orElse("-");
  }

  /** The title, or the first words of the clean text when the article has none. */
  static String headline(Article a) {
    String title = a.displayTitle();
    return title != null ? title : clip(TextMask.readable(a), 80);
  }
}
