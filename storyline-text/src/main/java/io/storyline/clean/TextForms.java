package io.storyline.clean;

import io.storyline.text.Chars;
import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.text.Normalizer;

/** Character classes and the normal forms the cleanup rules compare lines and phrases in. */
final class TextForms {
  private static final String BULLETS = "•·▪▫◦‣►▸▹*";
  private static final String LEADING_JUNK = BULLETS + "»›>|-–—([{";
  private static final String CLOSERS = "\"'”’»›)]}*";
  private static final String OPENERS = "\"'„“”«»‚‘’‹›—–";

  private TextForms() {}

  /** Letters that carry meaning; modifier letters such as the Ukrainian apostrophe U+02BC are not counted. */
  static boolean isLetter(int cp) {
    return Character.isLetter(cp) && Character.getType(cp) != Character.MODIFIER_LETTER;
  }

  static boolean isBullet(int cp) {
    return BULLETS.indexOf(cp) >= 0;
  }

  /** Quotes and dialogue dashes that open a quoted or spoken paragraph. */
  static boolean isOpener(int cp) {
    return OPENERS.indexOf(cp) >= 0;
  }

  /** Closing quotes and brackets that may follow the punctuation ending a sentence. */
  static boolean isCloser(int cp) {
    return CLOSERS.indexOf(cp) >= 0;
  }

  static boolean isSentenceEnd(int cp) {
    // Unicode's Sentence_Terminal covers every script's full stop (። । ۔ 。 ...); the ellipsis is not one.
    return cp == '…' || UCharacter.hasBinaryProperty(cp, UProperty.S_TERM);
  }

  /** Lower-case letters and digits only, after NFC: "Зв'язку, 2023!" becomes "звязку2023". Finds near-duplicates. */
  static String key(String s) {
    String nfc = Normalizer.normalize(s, Normalizer.Form.NFC);
    StringBuilder b = new StringBuilder(nfc.length());
    nfc.codePoints()
        .filter(cp -> isLetter(cp) || Character.isDigit(cp))
        .forEach(cp -> b.appendCodePoint(Character.toLowerCase(cp)));
    return b.toString();
  }

  /** Lower-case runs of letters and digits joined by single spaces: "— Reklama —" becomes "reklama". */
  static String words(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean gap = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (isLetter(cp) || Character.isDigit(cp)) {
        if (gap && !b.isEmpty()) {
          b.append(' ');
        }
        b.appendCodePoint(Character.toLowerCase(cp));
        gap = false;
      } else {
        gap = true;
      }
    }
    return b.toString();
  }

  /**
   * The form phrases are matched in: lower case, runs of white space as one space, typographic apostrophes
   * folded to {@code '}, no space before a colon ("Photo :" is "photo:"), leading bullets and brackets dropped.
   */
  static String phrase(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    boolean leading = true;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (Chars.isSpace(cp)) {
        space = !b.isEmpty();
        continue;
      }
      if (leading && LEADING_JUNK.indexOf(cp) >= 0) {
        continue;
      }
      leading = false;
      if (space && cp != ':') {
        b.append(' ');
      }
      space = false;
      b.appendCodePoint(Character.toLowerCase(foldApostrophe(cp)));
    }
    return b.toString();
  }

  private static int foldApostrophe(int cp) {
    return switch (cp) {
      case '’', '‘', 'ʼ', '`', '´', '′' -> '\'';
      default -> cp;
    };
  }
}
