package io.storyline.sentence;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import io.storyline.core.TextSpan;
import io.storyline.text.Chars;
import java.util.List;

/**
 * Sentence segmentation for one language: ICU's sentence rules, then a repair pass that removes the breaks ICU
 * puts after abbreviations and initials ("np. Japonia", "J. Stoltenberg"). Immutable; the ICU iterator is a
 * prototype that is cloned for every call, since break iterators are not thread-safe.
 *
 * <p>The repair is done here rather than with ICU's {@code FilteredBreakIteratorBuilder} because the filter
 * matches suppressions as bare suffixes (a suppressed "r." also glues "Piotr. Potem") and cannot let an
 * abbreviation that may end a sentence keep the break before a capitalised word.
 */
final class Segmenter {
  /** Tokens longer than this are never abbreviations or initials. */
  private static final int MAX_TOKEN = 24;
  /** Sentences of at most this many words ending with an ambiguous abbreviation are fragments ("W 1999 r."). */
  private static final int FRAGMENT_WORDS = 3;

  private final BreakIterator prototype;
  private final Abbreviations abbreviations;

  Segmenter(ULocale locale, Abbreviations abbreviations) {
    this.prototype = BreakIterator.getSentenceInstance(locale);
    this.abbreviations = abbreviations;
  }

  /** Adds the trimmed, non-empty sentences of {@code text[from, to)}, a stretch without line breaks, to {@code out}. */
  void split(String text, int from, int to, List<TextSpan> out) {
    String s = text.substring(from, to);
    BreakIterator it = (BreakIterator) prototype.clone();
    it.setText(s);
    int start = 0;
    for (int b = it.next(); b != BreakIterator.DONE; b = it.next()) {
      if (b < s.length() && keepsTogether(s, start, b)) {
        continue;
      }
      emit(s, start, b, from, out);
      start = b;
    }
  }

  /** Whether the break at {@code b}, ending the sentence begun at {@code start}, follows an abbreviation. */
  private boolean keepsTogether(String s, int start, int b) {
    int end = skipSpaceBack(s, start, b);
    if (end == start || s.charAt(end - 1) != '.') {
      return false;
    }
    int tokenStart = tokenStart(s, start, end);
    if (tokenStart < 0) {
      return false;
    }
    String token = stripOpeners(s.substring(tokenStart, end));
    if (isInitial(token)) {
      return true;
    }
    Abbreviations.Kind kind = abbreviations.kindOf(token);
    if (kind == Abbreviations.Kind.NONE) {
      kind = abbreviations.kindOf(previousToken(s, start, tokenStart) + token);
    }
    return switch (kind) {
      case INNER -> true;
      case ENDING -> !nextIsCapital(s, b) || isFragment(s, start, end);
      case NONE -> false;
    };
  }

  /** A single capital letter and a period: "J.", "Й.". */
  private static boolean isInitial(String token) {
    int cp = token.codePointAt(0);
    return token.length() == Character.charCount(cp) + 1 && Character.isUpperCase(cp);
  }

  /** The token before {@code tokenStart} when it also ends with a period ("т." before "д."), else "". */
  private static String previousToken(String s, int start, int tokenStart) {
    int end = skipSpaceBack(s, start, tokenStart);
    if (end == tokenStart || end == start || s.charAt(end - 1) != '.') {
      return "";
    }
    int previousStart = tokenStart(s, start, end);
    return previousStart < 0 ? "" : stripOpeners(s.substring(previousStart, end));
  }

  /** At most {@value #FRAGMENT_WORDS} words between {@code start} and {@code end}. */
  private static boolean isFragment(String s, int start, int end) {
    int words = 0;
    int i = end;
    while (i > start && words <= FRAGMENT_WORDS) {
      int tokenStart = tokenStart(s, start, i);
      if (tokenStart < 0) {
        return false;
      }
      words++;
      i = skipSpaceBack(s, start, tokenStart);
    }
    return words <= FRAGMENT_WORDS;
  }

  private static boolean nextIsCapital(String s, int b) {
    int i = b;
    while (i < s.length() && (Chars.isSpace(s.codePointAt(i)) || isOpener(s.codePointAt(i)))) {
      i += Character.charCount(s.codePointAt(i));
    }
    return i < s.length() && (Character.isUpperCase(s.codePointAt(i)) || Character.isTitleCase(s.codePointAt(i)));
  }

  /** Start of the token ending at {@code end}, or -1 when it is longer than {@value #MAX_TOKEN} characters. */
  private static int tokenStart(String s, int start, int end) {
    int i = end;
    while (i > start && !Chars.isSpace(s.codePointBefore(i))) {
      i -= Character.charCount(s.codePointBefore(i));
      if (end - i > MAX_TOKEN) {
        return -1;
      }
    }
    return i;
  }

  private static int skipSpaceBack(String s, int start, int end) {
    int i = end;
    while (i > start && Chars.isSpace(s.codePointBefore(i))) {
      i -= Character.charCount(s.codePointBefore(i));
    }
    return i;
  }

  private static String stripOpeners(String token) {
    int i = 0;
    while (i < token.length() - 1 && isOpener(token.codePointAt(i))) {
      i += Character.charCount(token.codePointAt(i));
    }
    return token.substring(i);
  }

  private static void emit(String s, int start, int end, int offset, List<TextSpan> out) {
    int a = start;
    int z = skipSpaceBack(s, start, end);
    while (a < z && Chars.isSpace(s.codePointAt(a))) {
      a += Character.charCount(s.codePointAt(a));
    }
    if (a < z) {
      out.add(new TextSpan(offset + a, offset + z, SentenceStage.NAME));
    }
  }

  private static boolean isOpener(int cp) {
    return "\"'„“”«»‚‘’‹›([{".indexOf(cp) >= 0;
  }
}
