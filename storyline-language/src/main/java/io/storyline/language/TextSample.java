package io.storyline.language;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The part of a text the detector looks at: its prose lines, longest first, up to a letter budget.
 *
 * <p>Lines of fewer than {@value #MIN_WORDS} words (a lone {@code RU} switcher, {@code vorig jaar},
 * a channel link) are left out when the other lines hold at least {@value #ENOUGH_LETTERS} letters,
 * so they cannot flip the language of the whole text. The budget keeps detection time flat on long
 * articles. Chosen lines keep their original order.
 */
final class TextSample {
  /** Lines with fewer words than this are ignored when there is enough other text. */
  static final int MIN_WORDS = 4;

  /** Letters the long lines must hold together before the short ones are ignored. */
  static final int ENOUGH_LETTERS = 100;

  /** A line is not cut to fewer letters than this: the sample ends instead. */
  private static final int MIN_PIECE_LETTERS = 20;

  private TextSample() {}

  /** The sample of {@code text}: at most about {@code maxLetters} letters, empty when it has none. */
  static String of(CharSequence text, int maxLetters) {
    List<Line> lines = new ArrayList<>();
    for (String line : text.toString().split("\\R")) {
      Line l = Line.of(line.strip(), lines.size());
      if (l.letters() > 0) {
        lines.add(l);
      }
    }
    List<Line> prose = lines.stream().filter(l -> l.words() >= MIN_WORDS).toList();
    List<Line> candidates = prose.stream().mapToInt(Line::letters).sum() >= ENOUGH_LETTERS ? prose : lines;

    List<Line> chosen = new ArrayList<>();
    int budget = maxLetters;
    for (Line l : candidates.stream().sorted(Comparator.comparingInt(Line::letters).reversed()).toList()) {
      if (budget < MIN_PIECE_LETTERS) {
        break;
      }
      Line taken = l.letters() <= budget ? l : l.cut(budget);
      chosen.add(taken);
      budget -= taken.letters();
    }
    chosen.sort(Comparator.comparingInt(Line::index));
    return String.join("\n", chosen.stream().map(Line::text).toList());
  }

  /** One non-empty line with its letter and word counts and its position in the text. */
  private record Line(String text, int letters, int words, int index) {

    static Line of(String text, int index) {
      int letters = 0;
      int words = 0;
      boolean inWord = false;
      for (int i = 0; i < text.length(); ) {
        int c = text.codePointAt(i);
        i += Character.charCount(c);
        if (Character.isLetter(c)) {
          letters++;
          if (isLogogram(c)) {
            words++;
          } else if (!inWord) {
            words++;
            inWord = true;
          }
        } else if (Character.isWhitespace(c)) {
          inWord = false;
        }
      }
      return new Line(text, letters, words, index);
    }

    /** The start of this line holding about {@code maxLetters} letters, cut after a whole word when possible. */
    Line cut(int maxLetters) {
      int letters = 0;
      int end = 0;
      while (end < text.length() && letters < maxLetters) {
        int c = text.codePointAt(end);
        end += Character.charCount(c);
        if (Character.isLetter(c)) {
          letters++;
        }
      }
      int space = text.lastIndexOf(' ', end);
      String head = space > end / 2 ? text.substring(0, space) : text.substring(0, end);
      return of(head, index);
    }

    /** Han, kana: scripts written without spaces, where each character counts as a word (as Lingua does). */
    private static boolean isLogogram(int c) {
      Character.UnicodeScript script = Character.UnicodeScript.of(c);
      return script == Character.UnicodeScript.HAN
          || script == Character.UnicodeScript.HIRAGANA
          || script == Character.UnicodeScript.KATAKANA;
    }
  }
}
