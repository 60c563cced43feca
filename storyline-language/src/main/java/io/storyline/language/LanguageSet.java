package io.storyline.language;

import com.github.pemistahl.lingua.api.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The languages the identifier chooses from: a named set or an explicit list, as ISO 639-1 codes.
 *
 * <p>Parsed from {@code default}, {@code eu}, {@code all} or a comma list such as {@code pl,uk,en}.
 * A spec is either one set name or a list of codes, never a mix, so in a list {@code eu} is Basque.
 *
 * @param name  the set name, or the normalised comma list for an explicit set
 * @param codes the ISO 639-1 codes, sorted and distinct
 */
public record LanguageSet(String name, List<String> codes) {

  /** The EU's official languages that Lingua has a model for (Maltese, {@code mt}, has none). */
  static final List<String> EU_CODES = List.of(
      "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it", "lt", "lv",
      "nl", "pl", "pt", "ro", "sk", "sl", "sv");

  /**
   * Beyond the EU: Ukrainian and Russian; the neighbours and candidate countries (Belarusian,
   * Serbian, Macedonian, Bosnian, Albanian, Turkish, Georgian, Bokmål); Catalan, co-official in Spain
   * with a large press and otherwise misread as Spanish; and major world languages of international
   * news (Arabic, Hebrew, Persian, Hindi, Chinese, Japanese, Korean, Indonesian, Vietnamese).
   */
  static final List<String> WIDER_CODES = List.of(
      "uk", "ru", "be", "sr", "mk", "bs", "sq", "tr", "ka", "nb", "ca",
      "ar", "he", "fa", "hi", "zh", "ja", "ko", "id", "vi");

  private static final Map<String, Language> BY_CODE = Language.all().stream()
      .collect(Collectors.toUnmodifiableMap(LanguageSet::code, l -> l));

  private static final Map<String, String> UNSUPPORTED = Map.of(
      "mt", "Maltese (mt) is an official EU language but Lingua has no model for it");

  public LanguageSet {
    Objects.requireNonNull(name, "name");
    TreeSet<String> sorted = new TreeSet<>();
    for (String code : codes) {
      if (!BY_CODE.containsKey(code)) {
        throw new IllegalArgumentException(unknown(code, String.join(",", codes)));
      }
      sorted.add(code);
    }
    if (sorted.isEmpty()) {
      throw new IllegalArgumentException("a language set needs at least one language");
    }
    codes = List.copyOf(sorted);
  }

  /** Parses {@code default}, {@code eu}, {@code all} or a comma list of ISO 639-1 codes (case-insensitive). */
  public static LanguageSet parse(String spec) {
    String s = Objects.requireNonNull(spec, "spec").strip().toLowerCase(Locale.ROOT);
    return switch (s) {
      case "default" -> new LanguageSet(s, Stream.concat(EU_CODES.stream(), WIDER_CODES.stream()).toList());
      case "eu" -> new LanguageSet(s, EU_CODES);
      case "all" -> new LanguageSet(s, List.copyOf(BY_CODE.keySet()));
      default -> list(spec, s);
    };
  }

  /** Every ISO 639-1 code Lingua supports, sorted. */
  public static List<String> supportedCodes() {
    return List.copyOf(new TreeSet<>(BY_CODE.keySet()));
  }

  /** Whether Lingua has a model for this ISO 639-1 code. */
  public static boolean isSupported(String code) {
    return BY_CODE.containsKey(code);
  }

  public boolean contains(String code) {
    return codes.contains(code);
  }

  public int size() {
    return codes.size();
  }

  /** The Lingua languages of this set. */
  Set<Language> linguaLanguages() {
    return codes.stream().map(BY_CODE::get).collect(Collectors.toUnmodifiableSet());
  }

  /** The lower-case ISO 639-1 code of a Lingua language. */
  static String code(Language language) {
    return language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
  }

  private static LanguageSet list(String spec, String lower) {
    List<String> codes = new ArrayList<>();
    for (String part : lower.split(",", -1)) {
      String code = part.strip();
      if (!BY_CODE.containsKey(code)) {
        throw new IllegalArgumentException(unknown(code, spec));
      }
      codes.add(code);
    }
    String name = String.join(",", new TreeSet<>(codes));
    return new LanguageSet(name, codes);
  }

  private static String unknown(String value, String spec) {
    String why = UNSUPPORTED.getOrDefault(value, "unknown language set or ISO 639-1 code '" + value + "'");
    return why + " in '" + spec + "'; use default, eu, all, or a comma list of these codes: "
        + String.join(", ", supportedCodes());
  }
}
