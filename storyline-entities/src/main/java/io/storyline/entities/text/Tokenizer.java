package io.storyline.entities.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into words and punctuation in one linear pass. A word keeps inner apostrophes, hyphens and
 * dots between letters ({@code Farage'a}, {@code NATO-csúcson}, {@code Yoon Suk-yeol}, {@code U.S.}).
 */
public final class Tokenizer {
  private Tokenizer() {}

  /** The tokens of {@code text}; words are capped at 64 characters so a garbage run stays cheap. */
  public static List<Token> tokenize(String text) {
    List<Token> tokens = new ArrayList<>();
    int n = text.length();
    int i = 0;
    boolean lineStart = true;
    boolean sentenceEnd = true;
    boolean space = false;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lineStart = true;
        space = false;
        i++;
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = true;
        i++;
        continue;
      }
      if (isWordChar(c)) {
        int start = i;
        i++;
        while (i < n && i - start < 64) {
          char d = text.charAt(i);
          if (isWordChar(d)) {
            i++;
          } else if (isElision(text, start, i)) {
            i++; // "l'Unione", "dell'Italia", "d'Allemagne": the article is a word of its own, the name the next
            break;
          } else if (isJoiner(d) && i + 1 < n && isWordChar(text.charAt(i + 1))) {
            i += 2;
          } else if (d == '.' && i + 1 < n && Character.isUpperCase(text.charAt(i + 1)) && i - start == 1
              && Character.isUpperCase(c) && i + 2 < n && text.charAt(i + 2) == '.') {
            i += 3; // U.S. / U.K. style abbreviations
          } else {
            break;
          }
        }
        if (i < n && text.charAt(i) == '.' && i - start >= 3 && text.charAt(i - 2) == '.') {
          i++; // keep the final dot of U.S.
        }
        String w = text.substring(start, i);
        if (hasUnspacedScript(w)) {
          segment(w, start, lineStart || sentenceEnd, space, tokens);
        } else {
          tokens.add(new Token(start, i, w, Homoglyphs.fold(w), true, lineStart || sentenceEnd, space));
        }
        lineStart = false;
        sentenceEnd = false;
      } else {
        String p = String.valueOf(c);
        tokens.add(new Token(i, i + 1, p, p, false, false, space));
        if (c == '.' && isInitial(tokens)) {
          sentenceEnd = false; // "J. Nowak", "Дж. Байден": the period of an initial ends no sentence
        } else if (c == '.' || c == '!' || c == '?' || c == '…' || c == ':' || c == ';' || c == '•') {
          sentenceEnd = true;
        } else if (c == '—' || c == '–' || c == '-') {
          sentenceEnd = sentenceEnd || lineStart;
        } else if (!isQuoteOrBracket(c)) {
          sentenceEnd = false;
        }
        i++;
      }
      space = false;
    }
    return tokens;
  }

  /** Whether the last token is a capital letter written as an initial ("J", "Дж") right before a period. */
  private static boolean isInitial(List<Token> tokens) {
    if (tokens.isEmpty()) {
      return false;
    }
    String w = tokens.getLast().text();
    return tokens.getLast().word() && (w.length() == 1 && Character.isUpperCase(w.charAt(0)) || w.equals("Дж"));
  }

  /** Scripts written without spaces between words. */
  private static final Set<Character.UnicodeScript> UNSPACED = Set.of(Character.UnicodeScript.HAN,
      Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.KATAKANA, Character.UnicodeScript.THAI,
      Character.UnicodeScript.LAO, Character.UnicodeScript.KHMER, Character.UnicodeScript.MYANMAR);
  /** ICU's word breaks, with its dictionaries for Chinese, Japanese, Thai and the others; cloned per use. */
  private static final BreakIterator WORDS = BreakIterator.getWordInstance(ULocale.ROOT);

  /**
   * The words of {@code text} when it is written in a script without spaces between words (Chinese, Japanese,
   * Thai...), by ICU's dictionaries; else {@code text} itself as one word.
   */
  public static List<String> words(String text) {
    if (!hasUnspacedScript(text)) {
      return List.of(text);
    }
    List<String> out = new ArrayList<>();
    BreakIterator words = (BreakIterator) WORDS.clone();
    words.setText(text);
    for (int from = words.first(), to = words.next(); to != BreakIterator.DONE; from = to, to = words.next()) {
      out.add(text.substring(from, to));
    }
    return out;
  }

  private static boolean hasUnspacedScript(String w) {
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      if (c >= 0x0E00 && UNSPACED.contains(Character.UnicodeScript.of(c))) {
        return true;
      }
    }
    return false;
  }

  /** Splits a run of letters written without spaces ({@code 日本与中国}) into ICU's words ({@code 日本 与 中国}). */
  private static void segment(String run, int offset, boolean sentenceStart, boolean space, List<Token> tokens) {
    int from = 0;
    for (String w : words(run)) {
      tokens.add(new Token(offset + from, offset + from + w.length(), w, Homoglyphs.fold(w), true,
          from == 0 && sentenceStart, from == 0 && space));
      from += w.length();
    }
  }

  /** Elided articles and prepositions of Italian and French that an apostrophe joins to the next word. */
  private static final Set<String> ELISIONS = Set.of("l", "d", "un", "dell", "dall", "nell", "sull", "all", "coll",
      "quell", "qu", "j", "n", "s", "c", "m", "t");

  /** Whether the apostrophe at {@code i} ends an elided article before a capitalised word ({@code l'Unione}). */
  private static boolean isElision(String text, int start, int i) {
    char d = text.charAt(i);
    return (d == '\'' || d == '’') && i + 1 < text.length() && Character.isUpperCase(text.charAt(i + 1))
        && i - start <= 5 && ELISIONS.contains(text.substring(start, i).toLowerCase(Locale.ROOT));
  }

  private static boolean isWordChar(char c) {
    int type = Character.getType(c);
    // vowel signs of Devanagari, Bengali, Tamil... are spacing marks: "जापान" is one word
    return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  private static boolean isJoiner(char c) {
    return c == '-' || c == '\'' || c == '’' || c == 'ʼ' || c == '‐';
  }

  private static boolean isQuoteOrBracket(char c) {
    return "\"'„“”«»‚‘’()[]".indexOf(c) >= 0;
  }
}
