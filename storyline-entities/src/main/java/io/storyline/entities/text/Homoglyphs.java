package io.storyline.entities.text;

import java.util.Locale;

/**
 * Maps Latin look-alike letters inside Cyrillic words to Cyrillic and Cyrillic look-alikes inside Latin words
 * to Latin, so a word typed with a stray "i" or "о" of the other script still matches.
 */
public final class Homoglyphs {
  private static final String LATIN = "aceopxyiјsABCEHKMOPTXIS";
  private static final String CYRILLIC = "асеорхуіјѕАВСЕНКМОРТХІЅ";

  private Homoglyphs() {}

  /** The script most letters of {@code word} belong to. */
  public static Script dominantScript(CharSequence word) {
    int latin = 0;
    int cyrillic = 0;
    int other = 0;
    for (int i = 0; i < word.length(); i++) {
      Character.UnicodeScript s = scriptOf(word.charAt(i));
      if (s == Character.UnicodeScript.LATIN) {
        latin++;
      } else if (s == Character.UnicodeScript.CYRILLIC) {
        cyrillic++;
      } else if (s != Character.UnicodeScript.COMMON && s != Character.UnicodeScript.INHERITED) {
        other++;
      }
    }
    if (cyrillic > latin && cyrillic >= other) {
      return Script.CYRILLIC;
    }
    if (latin >= other && latin > 0) {
      return Script.LATIN;
    }
    return other > 0 ? Script.OTHER : Script.NONE;
  }

  /** The word with look-alike letters mapped to its dominant script. */
  public static String normalise(String word) {
    Script script = dominantScript(word);
    String from = script == Script.CYRILLIC ? LATIN : script == Script.LATIN ? CYRILLIC : null;
    String to = script == Script.CYRILLIC ? CYRILLIC : LATIN;
    if (from == null) {
      return word;
    }
    StringBuilder out = null;
    for (int i = 0; i < word.length(); i++) {
      int k = from.indexOf(word.charAt(i));
      if (k >= 0) {
        if (out == null) {
          out = new StringBuilder(word);
        }
        out.setCharAt(i, to.charAt(k));
      }
    }
    return out == null ? word : out.toString();
  }

  /** Lowercase, homoglyph-normalised form used for every lookup. */
  public static String fold(String word) {
    return normalise(word).toLowerCase(Locale.ROOT).replace('ё', 'е').replace('’', '\'').replace('ʼ', '\'');
  }

  private static Character.UnicodeScript scriptOf(char c) {
    return Character.isLetter(c) ? Character.UnicodeScript.of(c) : Character.UnicodeScript.COMMON;
  }

  /** Writing systems told apart for names. */
  public enum Script { LATIN, CYRILLIC, OTHER, NONE }
}
