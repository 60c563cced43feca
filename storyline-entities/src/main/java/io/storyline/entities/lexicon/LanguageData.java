package io.storyline.entities.lexicon;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.text.MeasureFormat;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.Measure;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.ULocale;
import io.storyline.entities.EntityType;
import io.storyline.entities.lemma.SuffixRule;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The name data of one language: trigger words, organisation/place/event heads, connectors, stop words,
 * demonym endings and base-form rules, read from {@code lang/<code>.txt} plus Lucene's stop-word list and
 * CLDR month and weekday names (which are capitalised in some languages but never names).
 */
public final class LanguageData {
  private static final Map<String, String> LUCENE_STOPWORDS = Map.ofEntries(
      Map.entry("bg", "bg/stopwords.txt"), Map.entry("cs", "cz/stopwords.txt"), Map.entry("ro", "ro/stopwords.txt"),
      Map.entry("lv", "lv/stopwords.txt"), Map.entry("lt", "lt/stopwords.txt"), Map.entry("el", "el/stopwords.txt"),
      Map.entry("et", "et/stopwords.txt"), Map.entry("ga", "ga/stopwords.txt"), Map.entry("ca", "ca/stopwords.txt"),
      Map.entry("eu", "eu/stopwords.txt"), Map.entry("gl", "gl/stopwords.txt"),
      Map.entry("da", "snowball/danish_stop.txt"), Map.entry("nl", "snowball/dutch_stop.txt"),
      Map.entry("en", "snowball/english_stop.txt"), Map.entry("fi", "snowball/finnish_stop.txt"),
      Map.entry("fr", "snowball/french_stop.txt"), Map.entry("de", "snowball/german_stop.txt"),
      Map.entry("hu", "snowball/hungarian_stop.txt"), Map.entry("it", "snowball/italian_stop.txt"),
      Map.entry("no", "snowball/norwegian_stop.txt"), Map.entry("pt", "snowball/portuguese_stop.txt"),
      Map.entry("ru", "snowball/russian_stop.txt"), Map.entry("es", "snowball/spanish_stop.txt"),
      Map.entry("sv", "snowball/swedish_stop.txt"));

  private final String language;
  private final List<String> personBefore;
  private final List<String> personAfter;
  private final Map<EntityType, List<String>> heads;
  private final Set<String> connectors;
  private final Set<String> placeBefore;
  private final Map<EntityType, List<String>> cues;
  private final List<String> genitiveSuffixes;
  private final List<String> verbSuffixes;
  private final Set<String> genitiveMarkers;
  private final Set<String> options;
  /** Marks a list entry that matches only as written ({@code =домі}), not as the start of longer words. */
  private static final String EXACT = "=";
  private final boolean capitals;
  private final List<Proclitic> proclitics;
  private final List<String> postpositions;
  private final Map<String, String> abbreviations;
  private final Set<String> legalForms;
  private final Set<String> stopwords;
  private final Set<String> months;
  private final List<String> countStems;
  private final PluralRules plurals;
  private final Map<String, Set<String>> unitWords;
  private static final MeasureUnit[] UNITS = {MeasureUnit.YEAR, MeasureUnit.MONTH, MeasureUnit.WEEK, MeasureUnit.DAY,
      MeasureUnit.HOUR, MeasureUnit.MINUTE, MeasureUnit.PERCENT, MeasureUnit.KILOMETER};
  private final List<String> demonymSuffixes;
  private final List<String> adjectiveSuffixes;
  private final List<SuffixRule> lemmaRules;

  private LanguageData(String language, Map<String, List<String>> sections) {
    this.language = language;
    this.personBefore = List.copyOf(sections.getOrDefault("person-before", List.of()));
    this.personAfter = List.copyOf(sections.getOrDefault("person-after", List.of()));
    // in this order, for a word that is a head of two types: Map.copyOf would iterate in a per-run random order
    Map<EntityType, List<String>> h = new LinkedHashMap<>();
    h.put(EntityType.ORGANIZATION, List.copyOf(sections.getOrDefault("org-head", List.of())));
    h.put(EntityType.LOCATION, List.copyOf(sections.getOrDefault("loc-head", List.of())));
    h.put(EntityType.EVENT, List.copyOf(sections.getOrDefault("event-head", List.of())));
    this.heads = Collections.unmodifiableMap(h);
    this.connectors = Set.copyOf(sections.getOrDefault("connector", List.of()));
    this.legalForms = Set.copyOf(sections.getOrDefault("legal-form", List.of()));
    this.placeBefore = Set.copyOf(sections.getOrDefault("place-before", List.of()));
    Map<EntityType, List<String>> cueWords = new LinkedHashMap<>();
    cueWords.put(EntityType.ORGANIZATION, List.copyOf(sections.getOrDefault("org-cue", List.of())));
    cueWords.put(EntityType.LOCATION, List.copyOf(sections.getOrDefault("loc-cue", List.of())));
    this.cues = Collections.unmodifiableMap(cueWords);
    this.genitiveSuffixes = List.copyOf(sections.getOrDefault("genitive-suffix", List.of()));
    this.verbSuffixes = List.copyOf(sections.getOrDefault("verb-suffix", List.of()));
    this.genitiveMarkers = Set.copyOf(sections.getOrDefault("genitive-marker", List.of()));
    this.options = Set.copyOf(sections.getOrDefault("option", List.of()));
    int[] scripts = UScript.getCode(new ULocale(language));
    this.capitals = scripts == null || scripts.length == 0 || UScript.isCased(scripts[0]);
    List<Proclitic> clitics = new ArrayList<>();
    for (String line : sections.getOrDefault("proclitic", List.of())) {
      String[] parts = line.split("\\s+");
      clitics.add(new Proclitic(parts[0], parts.length > 1 ? parts[1] : ""));
    }
    clitics.sort(Comparator.comparingInt((Proclitic c) -> -c.written().length()));
    this.proclitics = List.copyOf(clitics);
    List<String> post = new ArrayList<>(sections.getOrDefault("postposition", List.of()));
    post.sort(Comparator.comparingInt((String p) -> -p.length()));
    this.postpositions = List.copyOf(post);
    Map<String, String> abbreviated = new HashMap<>();
    for (String line : sections.getOrDefault("abbreviation", List.of())) {
      String[] parts = line.split("\\s+");
      if (parts.length != 2) {
        throw new IllegalArgumentException("[abbreviation] of " + language + ": expected \"abbreviation word\", found \""
            + line + "\"");
      }
      abbreviated.put(parts[0], parts[1]);
    }
    this.abbreviations = Map.copyOf(abbreviated);
    Set<String> stop = new HashSet<>(sections.getOrDefault("stopword", List.of()));
    stop.addAll(luceneStopwords(language));
    stop.addAll(luceneStopwords("en"));
    stop.addAll(calendarWords(language));
    this.stopwords = Set.copyOf(stop);
    this.months = Set.copyOf(monthWords(language));
    Set<String> counts = countStems(language);
    counts.addAll(sections.getOrDefault("count-word", List.of()));
    this.countStems = List.copyOf(counts);
    this.plurals = PluralRules.forLocale(new ULocale(language));
    this.unitWords = unitWords(language, plurals);
    this.demonymSuffixes = List.copyOf(sections.getOrDefault("demonym-suffix", List.of()));
    this.adjectiveSuffixes = List.copyOf(sections.getOrDefault("adjective-suffix", List.of()));
    List<SuffixRule> rules = new ArrayList<>();
    for (String line : sections.getOrDefault("lemma", List.of())) {
      rules.add(SuffixRule.parse(line, language));
    }
    rules.sort(Comparator.comparingInt((SuffixRule r) -> -r.suffix().length()));
    this.lemmaRules = List.copyOf(rules);
  }

  private static final Map<String, LanguageData> CACHE = new ConcurrentHashMap<>();

  /** The data of {@code language} (ISO 639-1), loaded once; a language without a file gets stop and calendar words only. */
  public static LanguageData of(String language) {
    return CACHE.computeIfAbsent(language == null ? "und" : language.toLowerCase(Locale.ROOT), LanguageData::load);
  }

  private static LanguageData load(String language) {
    String code = language == null ? "und" : language.toLowerCase(Locale.ROOT);
    Map<String, List<String>> sections = new HashMap<>();
    try (InputStream in = LanguageData.class.getResourceAsStream("/io/storyline/entities/lang/" + code + ".txt")) {
      if (in != null) {
        readSections(in, sections);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the name data of language '" + code + "'", e);
    }
    return new LanguageData(code, sections);
  }

  public String language() {
    return language;
  }

  /** True when a folded word is a title or role written before a person's name. */
  public boolean isPersonBefore(String folded) {
    return matchesAny(folded, personBefore);
  }

  /**
   * True when a folded word is a title written before a name and not a body's head word that only shares a title's
   * first letters ({@code Сенаті}, the Senate, shares five with {@code сенатор}; {@code сенатора} is the title).
   */
  public boolean isTitle(String folded) {
    if (!isPersonBefore(folded)) {
      return false;
    }
    if (headType(folded) == null) {
      return true;
    }
    for (String w : personBefore) {
      if (folded.startsWith(w)) {
        return true;
      }
    }
    return false;
  }

  /** True when a folded word is a role written after a person's name. */
  public boolean isPersonAfter(String folded) {
    return matchesAny(folded, personAfter);
  }

  /** The type a head word gives a name ({@code Uniwersytet} makes an organisation), or null. */
  public EntityType headType(String folded) {
    for (Map.Entry<EntityType, List<String>> e : heads.entrySet()) {
      if (matchesAny(folded, e.getValue())) {
        return e.getKey();
      }
    }
    return null;
  }

  /**
   * As {@link #headType}, also matching inflected forms of short head words ({@code суда}, {@code моря}); for a
   * lower-case word after a capitalised adjective ({@code Верховного суда}), where a capitalised first name such
   * as {@code Marco} cannot be mistaken for {@code mar}.
   */
  public EntityType inflectedHeadType(String folded) {
    EntityType type = headType(folded);
    if (type != null) {
      return type;
    }
    for (Map.Entry<EntityType, List<String>> e : heads.entrySet()) {
      if (matchesShort(folded, e.getValue())) {
        return e.getKey();
      }
    }
    return null;
  }

  /**
   * Whether a folded word is an inflected form of a head word of three or four letters, which {@link #matchesAny}
   * only matches whole: the first three letters and at most three more ({@code суд}: {@code суда}; {@code море}:
   * {@code моря}; {@code rada}: {@code radzie}).
   */
  private static boolean matchesShort(String folded, List<String> words) {
    for (String w : words) {
      if (w.startsWith(EXACT)) {
        continue;
      }
      if (w.length() >= 3 && w.length() <= 4 && folded.length() >= 3 && folded.length() <= w.length() + 3
          && folded.regionMatches(0, w, 0, 3)) {
        return true;
      }
    }
    return false;
  }

  public boolean isConnector(String folded) {
    return connectors.contains(folded);
  }

  /** True for a company's legal form written before its quoted name ({@code ТОВ}, {@code ООО}: "ООО «Альфа»"). */
  public boolean isLegalForm(String folded) {
    return legalForms.contains(folded);
  }

  /**
   * True when the language's script has capitals (Latin, Cyrillic, Greek, Armenian), which is how names are found;
   * false for Arabic, Hebrew, Chinese, Japanese, Korean, Devanagari, Georgian..., where only known names are.
   */
  public boolean writesCapitals() {
    return capitals;
  }

  /** True when people are written family name first ({@code Kisida Fumio}): option {@code family-name-first}. */
  public boolean familyNameFirst() {
    return options.contains("family-name-first");
  }

  /**
   * Letters written onto the front of a word (Arabic {@code و} "and", {@code ب} "in"; Hebrew {@code ב}), each with
   * what they stand for once taken off: usually nothing, but Arabic {@code لل} is "for" plus the article {@code ال}
   * whose alif the spelling drops. Longest first.
   */
  public List<Proclitic> proclitics() {
    return proclitics;
  }

  /** Particles written onto the end of a word in scripts without capitals (Korean {@code 과}, {@code 에서}), longest first. */
  public List<String> postpositions() {
    return postpositions;
  }

  /** One proclitic: the letters written, and what the word starts with without them. */
  public record Proclitic(String written, String restored) {}

  /** True when every noun is capitalised (German), so a lone capitalised word is no evidence of a name. */
  public boolean capitalisesNouns() {
    return options.contains("capitalised-nouns");
  }

  /** True for prepositions after which a bare capitalised word is usually a place ({@code w Ustce}). */
  public boolean isPlaceBefore(String folded) {
    return placeBefore.contains(folded);
  }

  /**
   * The kind of name a lower-case noun written right before it announces ({@code koncern Gazprom},
   * {@code штат Мичиган}, {@code the carrier Ryanair}), or null. A cue matches as listed, or, when it has six letters
   * or more, an inflection sharing all but its last two letters ({@code авиакомпании}); short cues list their forms.
   */
  public EntityType cueType(String folded) {
    for (Map.Entry<EntityType, List<String>> e : cues.entrySet()) {
      for (String w : e.getValue()) {
        if (folded.equals(w) || w.length() >= 6 && folded.length() <= w.length() + 4
            && folded.regionMatches(0, w, 0, w.length() - 2)) {
          return e.getKey();
        }
      }
    }
    return null;
  }

  /** True when the language lists genitive endings ({@code [genitive-suffix]}) for names written with one capital. */
  public boolean hasGenitiveSuffixes() {
    return !genitiveSuffixes.isEmpty();
  }

  /**
   * True for a lower-case word with a genitive ending of this language and no verb ending ({@code [verb-suffix]}):
   * {@code обороны}, {@code представителей}, {@code безопасности}, but not {@code заявили}.
   */
  public boolean isGenitive(String folded) {
    return endsWithAny(folded, genitiveSuffixes, 3) && !endsWithAny(folded, verbSuffixes, 2);
  }

  /** True for the word that marks a genitive where the language has no cases ({@code на} in Bulgarian). */
  public boolean isGenitiveMarker(String folded) {
    return genitiveMarkers.contains(folded);
  }

  public boolean isStopword(String folded) {
    return stopwords.contains(folded);
  }

  /**
   * True for the name of a month in this language or English, in any case and width CLDR knows ({@code září},
   * {@code сентября}, {@code listopada}, {@code Sept}), so {@code 28 сентября} reads as a date and not as the end of
   * the name before it.
   */
  public boolean isMonth(String folded) {
    if (months.contains(folded)) {
      return true;
    }
    if (folded.length() >= 3) {
      for (String m : months) {
        if (m.length() > folded.length() && m.startsWith(folded)) {
          return true; // "Sept" as well as CLDR's "Sep"
        }
        if (m.length() >= 6 && folded.length() >= m.length() - 1
            && folded.regionMatches(0, m, 0, m.length() - 2)) {
          return true; // an inflection CLDR does not list: "septembra", "oktobra" beside "september", "oktober"
        }
      }
    }
    return false;
  }

  /**
   * The word that {@code folded}, written with a period after it, abbreviates inside names ({@code w.} and
   * {@code wlk.}: "Wielka" in "W. Brytanii"; {@code płn.}: "Północna"), in its base form; null when none.
   */
  public String abbreviated(String folded) {
    return abbreviations.get(folded);
  }

  /**
   * True for the words of large round numbers in this language or English ({@code тысяч}, {@code мільйонам},
   * {@code milionów}, {@code billion}), from CLDR's spelled-out numbers, so {@code Biontech 2 мільйонам} reads as a
   * count and not as a name ending in a number.
   */
  public boolean isCountWord(String folded) {
    for (String stem : countStems) {
      if (folded.startsWith(stem)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when {@code folded} names a unit in the form CLDR writes after {@code number}: {@code лет} after 10,
   * {@code lat} after 737 (so "Boeing 737 lata", flies, keeps its number), {@code procent}.
   */
  public boolean isUnitAfter(long number, String folded) {
    return unitWords.getOrDefault(plurals.select(number), Set.of()).contains(folded);
  }

  /** True for capitalised adjectives such as {@code Japanse} or {@code Japanese}. */
  public boolean isDemonym(String folded) {
    return endsWithAny(folded, demonymSuffixes, 3);
  }

  /** True when the word looks like an adjective, which agrees with the noun of a multi-word name. */
  public boolean looksAdjectival(String folded) {
    return endsWithAny(folded, adjectiveSuffixes, 3);
  }

  /** Base-form rules, longest suffix first. */
  public List<SuffixRule> lemmaRules() {
    return lemmaRules;
  }

  /** A trigger word matches an inflected word starting with its first {@code max(4, length - 2)} letters. */
  static boolean matchesAny(String folded, List<String> words) {
    for (String w : words) {
      if (folded.equals(w)) {
        return true;
      }
      if (w.startsWith(EXACT)) {
        if (folded.equals(w.substring(1))) {
          return true;
        }
        continue;
      }
      int prefix = Math.min(w.length(), Math.max(4, w.length() - 2));
      if (w.length() >= 4 && folded.length() >= prefix && folded.length() <= w.length() + 5
          && folded.regionMatches(0, w, 0, prefix)) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsWithAny(String folded, List<String> suffixes, int minStem) {
    for (String s : suffixes) {
      if (folded.length() >= s.length() + minStem && folded.endsWith(s)) {
        return true;
      }
    }
    return false;
  }

  private static void readSections(InputStream in, Map<String, List<String>> sections) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String section = null;
    for (String line; (line = r.readLine()) != null; ) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      if (l.startsWith("[") && l.endsWith("]")) {
        section = l.substring(1, l.length() - 1);
      } else if (section != null) {
        sections.computeIfAbsent(section, k -> new ArrayList<>())
            .add(section.equals("lemma") ? line : l.toLowerCase(Locale.ROOT));
      }
    }
  }

  private static Set<String> luceneStopwords(String language) {
    String path = LUCENE_STOPWORDS.get(language);
    Set<String> words = new HashSet<>();
    if (path == null) {
      return words;
    }
    try (InputStream in = org.apache.lucene.analysis.Analyzer.class.getResourceAsStream("/org/apache/lucene/analysis/" + path)) {
      if (in == null) {
        return words;
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        int bar = line.indexOf('|');
        String w = (bar >= 0 ? line.substring(0, bar) : line).strip();
        if (!w.isEmpty() && !w.startsWith("#")) {
          words.add(w.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read Lucene stop words " + path, e);
    }
    return words;
  }

  private static Set<String> monthWords(String language) {
    Set<String> words = new HashSet<>();
    addMonths(words, new DateFormatSymbols(new ULocale(language)));
    addMonths(words, new DateFormatSymbols(ULocale.ENGLISH));
    return words;
  }

  /** The first letters (at most five) of the words for a thousand, a million and a billion, from ICU's spell-out rules. */
  private static Set<String> countStems(String language) {
    Set<String> stems = new LinkedHashSet<>();
    for (ULocale locale : List.of(new ULocale(language), ULocale.ENGLISH)) {
      RuleBasedNumberFormat spellout = new RuleBasedNumberFormat(locale, RuleBasedNumberFormat.SPELLOUT);
      for (long n : new long[] {1_000L, 1_000_000L, 1_000_000_000L}) {
        String[] words = spellout.format(n * 2).split("[\\s\u00ad-]+");
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        if (last.length() >= 4 && last.codePoints().allMatch(Character::isLetter)) {
          stems.add(last.substring(0, Math.min(5, last.length() - 1)));
        }
      }
    }
    return stems;
  }

  /**
   * The names of units counted after a number (years, months, weeks, days, hours, minutes, percent, kilometres), by
   * CLDR plural category: {@code лет} after 10 ({@code many}), {@code года} after 2 ({@code few}).
   */
  private static Map<String, Set<String>> unitWords(String language, PluralRules plurals) {
    Map<String, Set<String>> words = new HashMap<>();
    MeasureFormat format = MeasureFormat.getInstance(new ULocale(language), MeasureFormat.FormatWidth.WIDE);
    for (String category : plurals.getKeywords()) {
      Set<String> forms = new HashSet<>();
      Collection<Double> samples = plurals.getSamples(category);
      for (Double n : samples == null ? List.<Double>of() : samples) {
        for (MeasureUnit unit : UNITS) {
          for (String w : format.format(new Measure(n, unit)).split("\\s+")) {
            if (w.length() >= 2 && w.codePoints().allMatch(Character::isLetter)) {
              forms.add(w.toLowerCase(Locale.ROOT));
            }
          }
        }
      }
      words.put(category, Set.copyOf(forms));
    }
    return Map.copyOf(words);
  }

  private static Set<String> calendarWords(String language) {
    Set<String> words = new HashSet<>();
    DateFormatSymbols symbols = new DateFormatSymbols(new ULocale(language));
    addMonths(words, symbols);
    for (int context : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
      for (int width : new int[] {DateFormatSymbols.WIDE, DateFormatSymbols.ABBREVIATED}) {
        for (String d : symbols.getWeekdays(context, width)) {
          addWord(words, d);
        }
      }
    }
    return words;
  }

  /** Adds the month names of {@code symbols}, as written in dates and alone, wide and abbreviated. */
  private static void addMonths(Set<String> words, DateFormatSymbols symbols) {
    for (int context : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
      for (int width : new int[] {DateFormatSymbols.WIDE, DateFormatSymbols.ABBREVIATED}) {
        for (String m : symbols.getMonths(context, width)) {
          addWord(words, m);
        }
      }
    }
  }

  private static void addWord(Set<String> words, String w) {
    if (w != null && w.strip().length() > 2) {
      words.add(w.strip().replace(".", "").toLowerCase(Locale.ROOT));
    }
  }
}
