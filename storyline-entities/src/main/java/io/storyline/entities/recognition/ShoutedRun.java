package io.storyline.entities.recognition;

import io.storyline.entities.lexicon.LanguageData;
import io.storyline.entities.text.Token;
import java.util.List;

/**
 * A run of words all in capitals that holds a function word of the language ("HLAJENJE PO BRITANSKO", "PISMO IZ
 * AMERIKE", "ЗА ПІДТРИМКИ", "ASIA BIBI ZWOLNIONA PO 8 LATACH"): a shouted headline, a banner or a site's interface
 * line, not a name. Names are written in capitals too, but as acronyms and short names without prepositions and
 * conjunctions between them ("NATO", "BBC NEWS"); a name written inside such a run is only kept when the
 * gazetteer knows its word alone. Stateless.
 */
final class ShoutedRun {
  /** Least words of a shouted run. */
  static final int MIN_WORDS = 2;

  private ShoutedRun() {}

  /** Whether the words {@code [from, to)} are a shouted run (punctuation between words is allowed). */
  static boolean is(List<Token> tokens, int from, int to, LanguageData data) {
    int words = 0;
    boolean function = false;
    boolean longWord = false;
    for (int k = from; k < to; k++) {
      Token t = tokens.get(k);
      if (!t.word()) {
        continue;
      }
      boolean letters = t.text().codePoints().anyMatch(Character::isLetter);
      if (!letters) {
        continue; // "8" in "PO 8 LATACH"
      }
      if (!allCapitals(t.text())) {
        return false;
      }
      words++;
      function |= data.isStopword(t.norm()) && !data.isConnector(t.norm());
      longWord |= t.text().codePoints().filter(Character::isLetter).count() > 4;
    }
    return words >= MIN_WORDS && function && longWord;
  }

  private static boolean allCapitals(String word) {
    return word.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
  }
}
