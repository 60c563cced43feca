package io.storyline.entities.recognition;

import static io.storyline.entities.recognition.TokenContext.endsWithDigit;
import static io.storyline.entities.recognition.TokenContext.isDateOrCount;
import static io.storyline.entities.recognition.TokenContext.isDigitsAfterName;

import com.ibm.icu.util.Currency;
import io.storyline.entities.EntityType;
import io.storyline.entities.text.Token;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The cues that type a name no lexicon knows, read in the words around it: a cue noun before it ("koncern
 * Gazprom"), a person trigger before or after it, a head word shared with or written before an adjective, a number
 * after a noun, a numeral or currency, an acronym written in title case. Stateless.
 */
final class TypingCues {
  private static final int TRIGGER_WINDOW = 4;

  /** Lower-case vowels of the Latin-script languages, with their accented forms. */
  private static final String VOWELS = "aeiouyáàâäãåæéèêëěíìîïóòôöõøœőúùûüűůýÿąęėįųūā";

  private TypingCues() {}

  /**
   * The kind of name announced by a lower-case noun right before token {@code from} ({@code koncern Gazprom},
   * {@code штата Мичиган}), or null; not at a sentence start.
   */
  static EntityType cueBefore(Document doc, int from) {
    if (from == 0 || doc.tokens.get(from).sentenceStart()) {
      return null;
    }
    Token before = doc.tokens.get(from - 1);
    // a cue word is written in lower case, or capitalised as the first word of a sentence ("Firma Moderna ...")
    return before.word() && (Character.isLowerCase(before.text().codePointAt(0)) || before.sentenceStart())
        ? doc.data.cueType(before.norm()) : null;
  }

  static boolean personTriggerBefore(Document doc, int from) {
    if (from > 0 && doc.data.isConnector(doc.tokens.get(from - 1).norm())) {
      return false;
    }
    int words = 0;
    for (int k = from - 1; k >= 0 && words < TRIGGER_WINDOW; k--) {
      Token t = doc.tokens.get(k);
      if (!t.word()) {
        if (t.text().equals("-") || t.text().equals("'")) {
          continue;
        }
        return false;
      }
      words++;
      if (doc.data.isPersonBefore(t.norm())) {
        return true;
      }
      if (t.sentenceStart()) {
        return false;
      }
    }
    return false;
  }

  static boolean personTriggerAfter(Document doc, int to) {
    int words = 0;
    for (int k = to; k < doc.tokens.size() && words < TRIGGER_WINDOW; k++) {
      Token t = doc.tokens.get(k);
      if (!t.word()) {
        if (t.text().equals(",") && words == 0) {
          continue;
        }
        return false;
      }
      words++;
      if (doc.data.isPersonAfter(t.norm())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The type of the head word that a capitalised adjective ending at {@code to} shares with a second one after a
   * short function word ("Демократической и Республиканской партий", "Demokratycznej i Republikańskiej Partii"), or
   * null.
   */
  static EntityType sharedHeadType(Document doc, int to) {
    if (to + 2 >= doc.tokens.size()) {
      return null;
    }
    Token and = doc.tokens.get(to);
    Token second = doc.tokens.get(to + 1);
    if (!and.word() || !doc.data.isStopword(and.norm()) || and.text().length() > 3 || !second.capitalised()
        || !doc.data.looksAdjectival(second.norm())) {
      return null;
    }
    Token head = doc.tokens.get(to + 2);
    return head.word() && !doc.data.isConnector(head.norm()) ? doc.data.inflectedHeadType(head.norm()) : null;
  }

  /**
   * The type of a lower-case head word among the five tokens before {@code from} in the same sentence ("двух
   * партий — Демократической"), or null.
   */
  static EntityType headWordBefore(Document doc, int from) {
    for (int k = from - 1; k >= Math.max(0, from - 5); k--) {
      Token t = doc.tokens.get(k);
      if (t.word() && Character.isLowerCase(t.text().codePointAt(0))) {
        EntityType type = doc.data.inflectedHeadType(t.norm());
        if (type != null && !doc.data.isConnector(t.norm())) {
          return type;
        }
      }
      if (t.sentenceStart()) {
        break;
      }
    }
    return null;
  }

  /**
   * The end of a lower-case noun at {@code k} and the number of one or two digits that goes with it ({@code поток-2},
   * {@code поток 2}, {@code потока — 2}), else 0.
   */
  static int nounAndNumberAfter(Document doc, int k) {
    List<Token> tokens = doc.tokens;
    if (k >= tokens.size() || !tokens.get(k).word() || !Character.isLowerCase(tokens.get(k).text().codePointAt(0))
        || doc.data.isStopword(tokens.get(k).norm())) {
      return 0;
    }
    Token noun = tokens.get(k);
    if (endsWithDigit(noun) && Character.isLetter(noun.text().charAt(0))) {
      return k + 1;
    }
    int n = k + 1;
    if (n + 1 < tokens.size() && "—–-".contains(tokens.get(n).text())) {
      n++;
    }
    return n < tokens.size() && isDigitsAfterName(tokens.get(n)) && !isDateOrCount(doc, n) ? n + 1 : 0;
  }

  /** Currencies in use since this date count: ICU keeps the codes of withdrawn ones too. */
  private static final Date CURRENCIES_SINCE = new Date(1_577_836_800_000L); // 2020-01-01

  /** Roman numerals of the kind news write (centuries, ordinals: II, XIX, XXI), not DC, CD or MI. */
  private static final Pattern ROMAN_NUMERAL = Pattern.compile("(?:X{0,3}L?X{0,3})(?:IX|IV|V?I{0,3})");

  /**
   * Whether an acronym alone is a number or an amount's unit rather than a name: a Roman numeral ("XXI wieku",
   * "II wojny") or the ISO 4217 code of a currency in use ("USD", "EUR", "PLN"; not the peseta's "ESP", which
   * sports tables write for Spain).
   */
  static boolean isNumeralOrCurrency(String word) {
    return word.length() >= 2 && ROMAN_NUMERAL.matcher(word).matches()
        || word.length() == 3 && word.chars().allMatch(c -> c >= 'A' && c <= 'Z')
        && Currency.isAvailable(word, CURRENCIES_SINCE, null);
  }

  /**
   * Whether the word at {@code k} is a title-case Latin word of two to five letters without a vowel ("Cgil" has one,
   * but "Csc", "Pd", "Sdr" do not): no word or name is so written, so it is an acronym. Not an abbreviation ("Sgt.
   * Rossi": a period that ends no sentence).
   */
  static boolean isVowelless(Document doc, int k) {
    String w = doc.tokens.get(k).text();
    if (w.length() < 2 || w.length() > 5 || isAbbreviation(doc, k)) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN || !Character.isLetter(c)
          || i > 0 && !Character.isLowerCase(c) || VOWELS.indexOf(Character.toLowerCase(c)) >= 0) {
        return false;
      }
    }
    return true;
  }

  /** Whether the word at {@code k} is followed by a period that ends no sentence ("Sgt. Rossi", not "la Csc. Poi"). */
  private static boolean isAbbreviation(Document doc, int k) {
    List<Token> tokens = doc.tokens;
    return k + 1 < tokens.size() && tokens.get(k + 1).text().equals(".")
        && (k + 2 >= tokens.size() || !tokens.get(k + 2).sentenceStart());
  }
}
