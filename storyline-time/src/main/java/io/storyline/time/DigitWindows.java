package io.storyline.time;

import java.util.Arrays;

/**
 * The stretches of a text where a match holding a digit can start: from {@value #WORDS} words before each run of
 * digits to its end, overlapping stretches joined. Built in one pass over the text, so the rules that need a digit
 * ("8 kwietnia", "2023", "13:30") are run only there instead of over the whole text.
 *
 * <p>A word here is a run of characters other than the regex {@code \s} ones, as the rules separate their words by
 * {@code \s}. Every rule needing a digit holds at most a few lexicon phrases of at most three words before its
 * first digit ("el pasado día 8", "March of 2020"), and a whole match spans at most {@value #SPAN_WORDS} words (the
 * longest, "8 - 9 de septiembre , de 2020 de nuestra era", 11); both bounds leave a margin.
 */
final class DigitWindows {
  /** Words looked at before a run of digits for the start of a match. */
  static final int WORDS = 8;

  /** Words a match may span: a window is scanned this far past its end for the ends of the matches it starts. */
  static final int SPAN_WORDS = 16;

  private static final DigitWindows NONE = new DigitWindows(new int[0], 0);

  private final int[] bounds;
  private final int count;

  private DigitWindows(int[] bounds, int count) {
    this.bounds = bounds;
    this.count = count;
  }

  /** The windows of {@code text}, ordered and apart; none when it holds no ASCII digit. */
  static DigitWindows of(String text) {
    int[] bounds = new int[8];
    int count = 0;
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        i++;
        continue;
      }
      int runEnd = i + 1;
      while (runEnd < n && text.charAt(runEnd) >= '0' && text.charAt(runEnd) <= '9') {
        runEnd++;
      }
      int from = wordsBefore(text, i, WORDS);
      int to = runEnd;
      if (count > 0 && from <= bounds[2 * count - 1]) {
        bounds[2 * count - 1] = Math.max(bounds[2 * count - 1], to);
      } else {
        if (2 * count + 2 > bounds.length) {
          bounds = Arrays.copyOf(bounds, bounds.length * 2);
        }
        bounds[2 * count] = from;
        bounds[2 * count + 1] = to;
        count++;
      }
      i = runEnd;
    }
    return count == 0 ? NONE : new DigitWindows(bounds, count);
  }

  int size() {
    return count;
  }

  int start(int window) {
    return bounds[2 * window];
  }

  int end(int window) {
    return bounds[2 * window + 1];
  }

  /** A regex {@code \s} character (without {@code UNICODE_CHARACTER_CLASS}). */
  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  /** The start of the {@code words}-th word before {@code at} (the word holding {@code at} counts as the first). */
  static int wordsBefore(String text, int at, int words) {
    int i = at;
    for (int w = 0; w < words && i > 0; w++) {
      while (i > 0 && isSpace(text.charAt(i - 1))) {
        i--;
      }
      while (i > 0 && !isSpace(text.charAt(i - 1))) {
        i--;
      }
    }
    return i;
  }

  /** The end of the {@code words}-th word after {@code at} (the word holding {@code at} counts as the first). */
  static int wordsAfter(String text, int at, int words) {
    int i = at;
    int n = text.length();
    for (int w = 0; w < words && i < n; w++) {
      while (i < n && !isSpace(text.charAt(i))) {
        i++;
      }
      while (i < n && isSpace(text.charAt(i))) {
        i++;
      }
    }
    return i;
  }
}
