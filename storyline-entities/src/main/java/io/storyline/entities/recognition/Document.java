package io.storyline.entities.recognition;

import io.storyline.entities.lexicon.LanguageData;
import io.storyline.entities.text.Token;
import io.storyline.entities.text.Tokenizer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One text being analysed, with the document-level facts the passes consult: its tokens, its language's data, whether
 * its capitals say anything, and the words it writes capitalised, in lower case and alone. Built once per text and
 * not changed by the passes.
 */
final class Document {
  /** Letters of the shortest stem compared with the words a document writes in lower case. */
  private static final int MIN_STEM = 5;

  final String text;
  final String language;
  final List<Token> tokens;
  final LanguageData data;
  final boolean caseless;
  final Set<String> lowerWords = new HashSet<>();
  final Set<String> capitalisedWords = new HashSet<>();
  /** Capitalised words the document also writes alone, between words that are not capitalised, folded. */
  final Set<String> aloneWords = new HashSet<>();
  /** Every prefix of five letters or more of the words the document writes in lower case. */
  final Set<String> lowerPrefixes = new HashSet<>();

  /** The facts of {@code text} written in {@code language} (ISO 639-1). */
  static Document of(String text, String language) {
    return new Document(text, language, Tokenizer.tokenize(text), LanguageData.of(language));
  }

  private Document(String text, String language, List<Token> tokens, LanguageData data) {
    this.text = text;
    this.language = language;
    this.tokens = tokens;
    this.data = data;
    int upper = 0;
    int lower = 0;
    int uncased = 0;
    for (Token t : tokens) {
      if (!t.word()) {
        continue;
      }
      if (t.capitalised()) {
        capitalisedWords.add(t.text());
      } else if (Character.isLetter(t.text().charAt(0))) {
        if (lowerWords.add(t.norm())) {
          for (int n = MIN_STEM; n <= t.norm().length(); n++) {
            lowerPrefixes.add(t.norm().substring(0, n));
          }
        }
      }
      for (int i = 0; i < t.text().length(); i++) {
        char c = t.text().charAt(i);
        if (Character.isUpperCase(c)) {
          upper++;
        } else if (Character.isLowerCase(c)) {
          lower++;
        } else if (Character.isLetter(c)) {
          uncased++;
        }
      }
    }
    int letters = upper + lower;
    // all capitals or none, or mostly a script without capitals (Arabic, Chinese): capitals say nothing
    this.caseless = letters >= 40 && (upper > 0.6 * letters || upper < 0.002 * letters) || uncased > letters;
    for (int k = 0; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      if (t.word() && t.capitalised() && !t.sentenceStart() && (k == 0 || !isCapitalisedWord(tokens.get(k - 1)))
          && (k + 1 == tokens.size() || !isCapitalisedWord(tokens.get(k + 1)))) {
        aloneWords.add(t.norm());
      }
    }
  }

  private static boolean isCapitalisedWord(Token t) {
    return t.word() && t.capitalised();
  }

  /**
   * Whether the document also writes this word in lower case, allowing for inflection: its stem (all but the
   * last three letters, at least five) begins a lower-case word ({@code Brexitu} after {@code brexit}).
   */
  boolean writesInLowerCase(Token t) {
    String norm = t.norm();
    return norm.length() >= MIN_STEM && lowerPrefixes.contains(norm.substring(0, Math.max(MIN_STEM, norm.length() - 3)));
  }
}
