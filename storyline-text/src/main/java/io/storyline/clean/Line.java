package io.storyline.clean;

import io.storyline.text.Chars;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of an article (without its line break) and the surface features the cleanup rules look at.
 *
 * @param index          the line's number in the article, from 0
 * @param start          offset of the line's first character in the article text
 * @param end            offset just after the line's last character (the line break is not part of the line)
 * @param contentStart   offset of the first non-space character ({@code end} for a blank line)
 * @param content        the line without surrounding white space
 * @param words          tokens (separated by white space) holding a letter or a digit
 * @param letterWords    tokens holding a letter
 * @param letters        letters in the line
 * @param digits         digits in the line
 * @param sentenceBreaks places inside the line where a sentence ends and a capitalised one begins
 * @param urls           web addresses in the line (counted on lines of at most {@value #PHRASE_WORDS} words)
 * @param wordsBesideUrls words outside web addresses
 * @param key            letters and digits only, lower case: equal keys mean (near-)duplicate lines
 * @param phrase         the {@link TextForms#phrase phrase form}; empty for lines longer than {@value #PHRASE_WORDS} words
 * @param wordForm       the {@link TextForms#words word form}; empty for lines longer than {@value #PHRASE_WORDS} words
 */
record Line(int index, int start, int end, int contentStart, String content, int words, int letterWords, int letters,
    int digits, int sentenceBreaks, int urls, int wordsBesideUrls, String key, String phrase, String wordForm) {

  /** Lines with more words than this are prose to every phrase rule: no phrase forms are computed for them. */
  static final int PHRASE_WORDS = 40;

  private static final Pattern URL = Pattern.compile("(?i)(?:https?://|www\\.|t\\.me/)\\S+");

  /** Splits {@code text} at {@code \n}, {@code \r\n} and {@code \r}. */
  static List<Line> split(String text) {
    List<Line> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(of(text, lines.size(), start, i));
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    lines.add(of(text, lines.size(), start, text.length()));
    return lines;
  }

  /** The line made of {@code text[start, end)}. */
  static Line of(String text, int index, int start, int end) {
    int from = start;
    int to = end;
    while (from < to && Chars.isSpace(text.codePointAt(from))) {
      from += Character.charCount(text.codePointAt(from));
    }
    while (to > from && Chars.isSpace(text.codePointBefore(to))) {
      to -= Character.charCount(text.codePointBefore(to));
    }
    String content = text.substring(from, to);
    Counts counts = Counts.of(content);
    boolean phraseSized = counts.words <= PHRASE_WORDS;
    int urls = 0;
    int besideUrls = counts.words;
    if (phraseSized) {
      Matcher m = URL.matcher(content);
      while (m.find()) {
        urls++;
      }
      besideUrls = urls == 0 ? counts.words : Counts.of(URL.matcher(content).replaceAll(" ")).words;
    }
    return new Line(index, start, end, from, content, counts.words, counts.letterWords, counts.letters, counts.digits,
        sentenceBreaks(content), urls, besideUrls, TextForms.key(content),
        phraseSized ? TextForms.phrase(content) : "", phraseSized ? TextForms.words(content) : "");
  }

  boolean blank() {
    return content.isEmpty();
  }

  /** Offset just after the last non-space character. */
  int contentEnd() {
    return contentStart + content.length();
  }

  /** Ends with sentence punctuation (. ! ? …), possibly followed by closing quotes or brackets. */
  boolean endsSentence() {
    return TextForms.isSentenceEnd(lastMark());
  }

  /** Ends like a line that goes on: with a comma, semicolon, colon or dash. */
  boolean endsOpen() {
    return ",;:-–—".indexOf(lastMark()) >= 0;
  }

  /** A paragraph of running text: a sentence of eight words or more, or any line of over forty words. */
  boolean prose() {
    return endsSentence() && words >= 8 || words > PHRASE_WORDS;
  }

  /** Opens with a quotation mark or a dialogue dash. */
  boolean opensQuote() {
    return !blank() && TextForms.isOpener(content.codePointAt(0));
  }

  boolean startsWithBullet() {
    return !blank() && TextForms.isBullet(content.codePointAt(0));
  }

  boolean hasComma() {
    return content.indexOf(',') >= 0;
  }

  /** Short enough to be a headline: some letters, at most 25 words, not ending with a full stop (of any script) , ; or : */
  boolean headlineLike() {
    int last = lastMark();
    boolean fullStop = TextForms.isSentenceEnd(last) && "!?！？‼".indexOf(last) < 0;
    return letters > 0 && words <= 25 && content.length() <= 300 && !fullStop && ",;:".indexOf(last) < 0;
  }

  /** The last character that is not a closing quote or bracket, or -1. */
  private int lastMark() {
    int i = content.length();
    while (i > 0) {
      int cp = content.codePointBefore(i);
      if (!TextForms.isCloser(cp)) {
        return cp;
      }
      i -= Character.charCount(cp);
    }
    return -1;
  }

  private static int sentenceBreaks(String s) {
    int breaks = 0;
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (TextForms.isSentenceEnd(cp) && startsSentence(s, i)) {
        breaks++;
      }
    }
    return breaks;
  }

  /** Whether white space and then a capital letter (maybe after an opening quote) follow position {@code i}. */
  private static boolean startsSentence(String s, int i) {
    while (i < s.length() && TextForms.isCloser(s.codePointAt(i))) {
      i += Character.charCount(s.codePointAt(i));
    }
    int spaces = 0;
    while (i < s.length() && Chars.isSpace(s.codePointAt(i))) {
      i += Character.charCount(s.codePointAt(i));
      spaces++;
    }
    while (i < s.length() && TextForms.isOpener(s.codePointAt(i))) {
      i += Character.charCount(s.codePointAt(i));
    }
    return spaces > 0 && i < s.length() && Character.isUpperCase(s.codePointAt(i));
  }

  /** Word, letter and digit counts of a string. */
  private record Counts(int words, int letterWords, int letters, int digits) {
    static Counts of(String s) {
      int words = 0;
      int letterWords = 0;
      int letters = 0;
      int digits = 0;
      boolean tokenHasLetter = false;
      boolean tokenHasDigit = false;
      for (int i = 0; i <= s.length(); ) {
        int cp = i < s.length() ? s.codePointAt(i) : ' ';
        i += i < s.length() ? Character.charCount(cp) : 1;
        if (Chars.isSpace(cp)) {
          words += tokenHasLetter || tokenHasDigit ? 1 : 0;
          letterWords += tokenHasLetter ? 1 : 0;
          tokenHasLetter = false;
          tokenHasDigit = false;
        } else if (TextForms.isLetter(cp)) {
          letters++;
          tokenHasLetter = true;
        } else if (Character.isDigit(cp)) {
          digits++;
          tokenHasDigit = true;
        }
      }
      return new Counts(words, letterWords, letters, digits);
    }
  }
}
