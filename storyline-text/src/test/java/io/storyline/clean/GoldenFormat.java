package io.storyline.clean;

import io.storyline.core.Article;
import io.storyline.core.RemovedSpan;
import io.storyline.text.Chars;
import io.storyline.text.ResourceLines;
import java.util.ArrayList;
import java.util.List;

/**
 * The golden-file format of a cleaned article: one entry per non-blank line (a line of Unicode white space only is
 * blank), {@code KEEP <line>}, {@code DROP <reason> <line>} or {@code PART <reason> <line>} with the removed
 * stretch wrapped in ⟦ ⟧. Lines starting with {@code #} in a golden file are comments.
 */
final class GoldenFormat {
  private GoldenFormat() {}

  /** The expected entries of {@code golden/clean/<seed>.golden}. */
  static List<String> read(String seed) {
    return ResourceLines.read(GoldenFormat.class, "/golden/clean/" + seed + ".golden").stream()
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .toList();
  }

  /** The entries describing what cleanup removed from {@code cleaned}. */
  static List<String> render(Article cleaned) {
    String text = cleaned.text();
    List<String> entries = new ArrayList<>();
    int start = 0;
    for (String line : text.split("\r\n|\r|\n", -1)) {
      int end = start + line.length();
      if (!isBlank(line)) {
        entries.add(entry(line, start, removedIn(cleaned.removed(), start, end)));
      }
      start = end + lineBreakLength(text, end);
    }
    return entries;
  }

  static boolean isBlank(String line) {
    return line.codePoints().allMatch(Chars::isSpace);
  }

  private static String entry(String line, int start, List<RemovedSpan> spans) {
    if (spans.isEmpty()) {
      return "KEEP " + line;
    }
    String reason = spans.get(0).reason();
    boolean[] removed = new boolean[line.length()];
    for (RemovedSpan s : spans) {
      for (int i = Math.max(s.start(), start); i < Math.min(s.end(), start + line.length()); i++) {
        removed[i - start] = true;
      }
    }
    boolean whole = true;
    for (int i = 0; i < line.length(); i++) {
      whole &= removed[i] || Chars.isSpace(line.charAt(i));
    }
    return whole ? "DROP " + reason + " " + line : "PART " + reason + " " + bracketed(line, removed);
  }

  private static String bracketed(String line, boolean[] removed) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < line.length(); i++) {
      if (removed[i] && (i == 0 || !removed[i - 1])) {
        b.append('⟦');
      }
      b.append(line.charAt(i));
      if (removed[i] && (i == line.length() - 1 || !removed[i + 1])) {
        b.append('⟧');
      }
    }
    return b.toString();
  }

  private static List<RemovedSpan> removedIn(List<RemovedSpan> spans, int start, int end) {
    return spans.stream().filter(s -> s.start() < end && s.end() > start).toList();
  }

  private static int lineBreakLength(String text, int at) {
    if (at >= text.length()) {
      return 0;
    }
    return text.startsWith("\r\n", at) ? 2 : 1;
  }
}
