package io.storyline.entities.key;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import io.storyline.entities.EntityType;
import io.storyline.entities.text.Homoglyphs;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Linking keys that are equal for the same name across languages and scripts: Cyrillic is romanised with
 * Storyline's own name rules ({@code translit/<lang>.txt}), everything else with ICU {@code Any-Latin}; the
 * romanised form is then reduced so transcription differences vanish ({@code Столтенберг} and {@code Stoltenberg},
 * {@code Кісіда}, {@code Kishida} and {@code Kisida}, {@code Зеленський} and {@code Zelensky} share a key). Person
 * keys are order-insensitive ({@code Kisida Fumio} = {@code Fumio Kishida}). Thread-safe.
 */
public final class NameKey {
  /** Prefix of keys that are codes rather than names ({@code #JP}, {@code #NATO}). */
  public static final String CODE_PREFIX = "#";

  private static final Map<String, Transliterator> CYRILLIC = Map.of(
      "uk", rules("uk"), "ru", rules("ru"), "bg", rules("bg"));
  private static final Transliterator ANY_LATIN = Transliterator.getInstance("Any-Latin; Latin-ASCII");
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
  private static final String[][] REDUCTIONS = {
      {"shch", "s"}, {"szcz", "s"}, {"tsch", "c"}, {"sch", "s"}, {"sh", "s"}, {"sz", "s"}, {"zh", "s"}, {"rz", "s"},
      {"cz", "c"}, {"tch", "c"}, {"ch", "h"}, {"kh", "h"}, {"gh", "h"}, {"g", "h"}, {"ph", "f"}, {"th", "t"},
      {"ts", "c"}, {"tz", "c"}, {"ck", "k"}, {"q", "k"}, {"x", "ks"}, {"w", "v"}, {"z", "s"}, {"ou", "u"},
      {"j", "i"}, {"y", "i"}};
  private static final Pattern HARD_C = Pattern.compile("c(?=[aoukhlrnmt]|$)");
  private static final Pattern GLIDE = Pattern.compile("(?<=[bcdfhklmnprstv])i(?=[aeou])");
  private static final Pattern DOUBLE = Pattern.compile("(.)\\1+");
  private static final Pattern NON_LETTER = Pattern.compile("[^a-z ]+");
  private static final Pattern VOWELS = Pattern.compile("[aeiou]");
  /** A word-initial glide ({@code ioe}, Joe) or affricate ({@code dso}, Джо) before a vowel. */
  private static final Pattern INITIAL_J = Pattern.compile("(?<![a-z])(?:i|ds)(?=[aeou])");
  private static final Pattern SILENT_H = Pattern.compile("(?<=[aeiou])h(?![aeiou])");

  private NameKey() {}

  /** The linking key of a name in base form, written in {@code language}. */
  public static String of(String lemma, EntityType type, String language) {
    String[] tokens = reduce(romanise(lemma, language)).split(" ");
    if (type == EntityType.PERSON) {
      Arrays.sort(tokens);
    }
    String key = String.join(" ", Arrays.stream(tokens).filter(t -> !t.isEmpty()).toList());
    return key.isEmpty() ? Homoglyphs.fold(lemma).strip() : key;
  }

  /** The key of a code ({@code JP} gives {@code #JP}). */
  public static String ofCode(String code) {
    return CODE_PREFIX + code.toUpperCase(Locale.ROOT);
  }

  /**
   * The key without vowels, a fall-back for transcriptions that differ in vowels ({@code Trump}, {@code Трамп}). An
   * English J and the Cyrillic letters that transcribe it meet as {@code j} at the start of a word ({@code Joe} and
   * {@code Джо}, {@code Johnson} and {@code Джонсон}), and an h after a vowel, silent in English, is dropped.
   */
  public static String skeleton(String key) {
    if (key.startsWith(CODE_PREFIX)) {
      return key;
    }
    String s = INITIAL_J.matcher(key).replaceAll("j");
    s = SILENT_H.matcher(s).replaceAll("");
    return DOUBLE.matcher(VOWELS.matcher(s).replaceAll("")).replaceAll("$1");
  }

  /**
   * The name in Latin script: Cyrillic by Storyline's rules for {@code language} (Russian rules when the language
   * is not Cyrillic), other scripts by ICU; diacritics are kept.
   */
  public static String romanise(String name, String language) {
    String text = Homoglyphs.normalise(NFC.normalize(name));
    if (Homoglyphs.dominantScript(text) != Homoglyphs.Script.CYRILLIC) {
      return text;
    }
    Transliterator t = CYRILLIC.getOrDefault(language, CYRILLIC.get("ru"));
    return t.transliterate(text);
  }

  private static String reduce(String latin) {
    String s = ANY_LATIN.transliterate(latin).toLowerCase(Locale.ROOT).replace('-', ' ');
    s = NON_LETTER.matcher(s).replaceAll("");
    s = HARD_C.matcher(s).replaceAll("k");
    for (String[] r : REDUCTIONS) {
      s = s.replace(r[0], r[1]);
    }
    s = GLIDE.matcher(s).replaceAll("");
    s = DOUBLE.matcher(s).replaceAll("$1");
    return s.strip().replaceAll(" +", " ");
  }

  private static Transliterator rules(String language) {
    String path = "/io/storyline/entities/translit/" + language + ".txt";
    try (InputStream in = NameKey.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("transliteration rules " + path + " are missing from the class path");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return Transliterator.createFromRules("storyline-" + language + "-latin", text, Transliterator.FORWARD);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }
}
