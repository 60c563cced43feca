package io.storyline.entities.text;

/**
 * A word or punctuation mark of the text.
 *
 * @param start          offset of the first character
 * @param end            offset after the last character
 * @param text           the characters as written
 * @param norm           lowercase text with homoglyphs mapped to the word's dominant script
 * @param word           true for words (letters or digits), false for punctuation
 * @param sentenceStart  true when the word opens a sentence or a line
 * @param spaceBefore    true when whitespace (not a line break) separates it from the previous token
 */
public record Token(int start, int end, String text, String norm, boolean word, boolean sentenceStart,
    boolean spaceBefore) {

  /** The index of the first of {@code tokens} (in text order) that starts at or after {@code offset}: a binary search. */
  public static int firstFrom(java.util.List<Token> tokens, int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** True when the first letter is upper case. */
  public boolean capitalised() {
    return word && Character.isUpperCase(text.codePointAt(0));
  }

  /** True for words of two or more letters that are all upper case (NATO, НАТО, ITPP). */
  public boolean acronym() {
    if (!word) {
      return false;
    }
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 2;
  }
}
