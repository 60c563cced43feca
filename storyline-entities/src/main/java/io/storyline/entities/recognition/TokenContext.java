package io.storyline.entities.recognition;

import io.storyline.entities.text.Token;
import java.util.List;
import java.util.Set;

/**
 * Questions about a token in its context that several passes ask: its shape (a name's start, digits, a quote), what
 * stands around it (quotes, a line break, a date or count after a number) and the script of a segment. Stateless.
 */
final class TokenContext {
  private static final Set<String> CYRILLIC_LANGUAGES = Set.of("ru", "uk", "bg", "be", "sr", "mk");

  private TokenContext() {}

  /** The letters of a word, not its digits or hyphens ("COVID-19" has five). */
  static int letters(String word) {
    int n = 0;
    for (int i = 0; i < word.length(); i++) {
      if (Character.isLetter(word.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  static boolean startsName(Token t) {
    return t.capitalised() && Character.isLetter(t.text().charAt(0));
  }

  static boolean isQuote(Token t) {
    return !t.word() && t.text().length() == 1 && "\"„“”«»‚‘’".indexOf(t.text().charAt(0)) >= 0;
  }

  /** Whether the segment stands alone between quotes, allowing one small word inside the opening quote ("The"). */
  static boolean isQuoted(Document doc, int from, int to) {
    int before = from - 1;
    if (before >= 0 && doc.tokens.get(before).word() && doc.data.isStopword(doc.tokens.get(before).norm())) {
      before--;
    }
    return before >= 0 && to < doc.tokens.size() && isQuote(doc.tokens.get(before)) && isQuote(doc.tokens.get(to));
  }

  /**
   * Whether a Cyrillic-script text writes the segment in Latin letters: such names are brands, media and
   * companies, since Cyrillic-script news transliterates people's names.
   */
  static boolean isForeignScript(Document doc, int from, int to) {
    if (!CYRILLIC_LANGUAGES.contains(doc.language)) {
      return false;
    }
    for (int k = from; k < to; k++) {
      String w = doc.tokens.get(k).text();
      for (int i = 0; i < w.length(); i++) {
        char c = w.charAt(i);
        if (Character.isLetter(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Whether token {@code k} is an English article opening a Latin-script name in a Cyrillic text ("The Guardian",
   * "The Hill"): part of the name, as the title is written.
   */
  static boolean isForeignArticle(Document doc, int k, int to) {
    Token t = doc.tokens.get(k);
    return k + 1 < to && t.text().equals("The") && isForeignScript(doc, k, k + 2)
        && doc.tokens.get(k + 1).capitalised();
  }

  static boolean isDigitsAfterName(Token t) {
    return Character.isDigit(t.text().charAt(0)) && t.text().length() <= 2;
  }

  static boolean endsWithDigit(Token t) {
    return Character.isDigit(t.text().charAt(t.text().length() - 1));
  }

  /**
   * True when the number at {@code j} belongs to a date or a count rather than to the name before it: a month name
   * follows, after an optional period ({@code Ryanair 28 сентября}, {@code Trump 26. septembra}); a period and more
   * digits ({@code Brexitu 23.06.}); a period and a lower-case word (an ordinal: {@code 26. listopadu}); a connector,
   * dash or comma and another number ({@code Ryanair 25 и 26 июля}); or the word for a thousand, million or billion
   * ({@code Biontech 2 мільйонам}); or a unit in the form the number takes ({@code Ryanair 10 лет}, {@code Boeing 737
   * lat}, but not {@code Boeing 737 lata}, flies); a per cent sign ({@code Байдену 33%}). {@code Nord Stream 2 jest}
   * and {@code Nord Stream 2.} keep their number.
   */
  static boolean isDateOrCount(Document doc, int j) {
    List<Token> tokens = doc.tokens;
    int k = j + 1;
    if (k >= tokens.size()) {
      return false;
    }
    Token next = tokens.get(k);
    if (next.text().equals("%") || next.text().equals("‰")) {
      return true;
    }
    if (next.text().equals(".") && !next.spaceBefore() && k + 1 < tokens.size()) {
      Token after = tokens.get(k + 1);
      return Character.isDigit(after.text().charAt(0))
          || after.word() && (Character.isLowerCase(after.text().codePointAt(0)) || doc.data.isMonth(after.norm()));
    }
    if (next.word()) {
      if (doc.data.isMonth(next.norm()) || doc.data.isCountWord(next.norm())
          || tokens.get(j).text().chars().allMatch(Character::isDigit)
          && doc.data.isUnitAfter(Long.parseLong(tokens.get(j).text()), next.norm())) {
        return true;
      }
      if (!doc.data.isConnector(next.norm()) && !doc.data.isStopword(next.norm())) {
        return false;
      }
    } else if (!"-–—,".contains(next.text())) {
      return false;
    }
    return k + 1 < tokens.size() && Character.isDigit(tokens.get(k + 1).text().charAt(0));
  }

  static boolean isLineBreak(Document doc, int j) {
    int from = doc.tokens.get(j - 1).end();
    int to = doc.tokens.get(j).start();
    return doc.text.substring(from, to).indexOf('\n') >= 0;
  }

  static boolean allNameLike(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      if (tokens.get(k).acronym() || !tokens.get(k).capitalised()) {
        return false;
      }
    }
    return true;
  }
}
