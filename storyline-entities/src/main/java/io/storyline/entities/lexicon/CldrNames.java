package io.storyline.entities.lexicon;

import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import io.storyline.entities.EntityType;
import io.storyline.entities.key.NameKey;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names generated from CLDR through ICU4J at start-up: country and territory names in every supported language
 * (key {@code #JP}), time-zone exemplar cities through the old zone ids ({@code Europe/Kiev} gives Kijów, Київ,
 * Kijev), and the multilingual acronym table {@code acronyms.tsv}. Language names are not entities and are left out.
 */
public final class CldrNames {
  /**
   * Languages whose CLDR names are loaded: the EU languages plus Ukrainian, Russian and other European ones, and the
   * languages of the default language set written in other scripts, whose texts have no capitals to find names by
   * (Arabic, Hebrew, Persian, Hindi, Chinese, Japanese, Korean, Georgian).
   */
  public static final List<String> LANGUAGES = List.of("bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr",
      "ga", "hr", "hu", "it", "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv", "uk", "ru", "no", "sr", "be",
      "mk", "sq", "tr", "ar", "he", "fa", "hi", "zh", "ja", "ko", "ka");
  /** UN M.49 continents and sub-regions (Europe, Asia, Eastern Asia...), which CLDR names like countries. */
  private static final List<String> CONTINENTS = List.of("002", "005", "009", "011", "013", "014", "015", "017",
      "018", "019", "021", "029", "030", "034", "035", "039", "053", "054", "057", "061", "142", "143", "145", "150",
      "151", "154", "155", "419");
  private static final Set<String> NOT_PLACES = Set.of("EU", "EZ", "UN", "QO", "ZZ", "XA", "XB", "AQ");

  private CldrNames() {}

  /**
   * Every CLDR place name and acronym for {@link #LANGUAGES}, and the subdivision names whose forms none of those
   * already has ("Georgia" stays the country).
   */
  public static List<KnownName> all() {
    List<KnownName> names = new ArrayList<>();
    names.addAll(regions());
    names.addAll(cities());
    names.addAll(acronyms());
    Set<String> taken = new HashSet<>();
    names.forEach(n -> taken.add(Gazetteer.foldForm(n.form())));
    for (List<KnownName> more : List.of(subdivisions(), worldCities())) {
      List<KnownName> added = new ArrayList<>();
      for (KnownName n : more) {
        if (!taken.contains(Gazetteer.foldForm(n.form()))) {
          added.add(n);
        }
      }
      added.forEach(n -> taken.add(Gazetteer.foldForm(n.form())));
      names.addAll(added);
    }
    return names;
  }

  /**
   * The display name of every key {@link #all()} registers ({@code #JP} gives {@code Japan}), as {@link
   * Gazetteer#canonical} of {@link Gazetteer#cldr()} gives it for every key a mention can carry, without building
   * the gazetteer: only the English names are looked up and no form is folded (a fifth of the time or less). For
   * commands that name stored entities without recognising new ones. A subdivision or city whose every form another
   * name took has a name here but none in the gazetteer; no mention can carry its key.
   */
  public static Map<String, String> canonicalNames() {
    Map<String, String> names = new HashMap<>();
    LocaleDisplayNames english = LocaleDisplayNames.getInstance(ULocale.ENGLISH);
    List<String> codes = new ArrayList<>(List.of(ULocale.getISOCountries()));
    codes.addAll(CONTINENTS);
    for (String code : codes) {
      String name = english.regionDisplayName(code);
      if (!NOT_PLACES.contains(code) && name != null && !name.equals(code) && !name.isBlank()) {
        names.putIfAbsent(NameKey.ofCode(code), name);
      }
    }
    TimeZoneNames zones = TimeZoneNames.getInstance(ULocale.ENGLISH);
    for (String id : TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null)) {
      String name = zones.getExemplarLocationName(id);
      if (name != null && !name.isBlank() && !id.startsWith("Antarctica/")) {
        names.putIfAbsent(NameKey.CODE_PREFIX + "TZ:" + id, name);
      }
    }
    for (String file : List.of("acronyms.tsv", "subdivisions.tsv", "cities.tsv")) {
      for (String[] f : table(file)) {
        if (!f[3].isBlank()) {
          names.putIfAbsent(NameKey.ofCode(f[2]), f[0]);
        }
      }
    }
    return Map.copyOf(names);
  }

  /**
   * Top-level subdivisions (US states, German Länder, Polish voivodeships, Ukrainian oblasts...) of 24 countries in
   * the languages Debian's iso-codes translates them to, keyed by ISO 3166-2 code ({@code #US-FL}); read from
   * {@code subdivisions.tsv}, which {@code tools/subdivisions.py} generates.
   */
  public static List<KnownName> subdivisions() {
    return byLanguage("subdivisions.tsv", "iso-subdivision");
  }

  /**
   * About 4,000 cities that many languages name (Lviv: Lwów, Львів, Leopoli), in each language's own forms, keyed by
   * GeoNames id ({@code #GN:702550}); read from {@code cities.tsv}, which {@code tools/cities.py} generates from
   * GeoNames data (CC BY 4.0).
   */
  public static List<KnownName> worldCities() {
    return byLanguage("cities.tsv", "geonames");
  }

  /** The names of a table whose variants are written {@code language:name}. */
  private static List<KnownName> byLanguage(String file, String source) {
    List<KnownName> names = new ArrayList<>();
    for (String[] f : table(file)) {
      EntityType type = EntityType.parse(f[1]);
      for (String variant : f[3].split("\\|")) {
        int colon = variant.indexOf(':');
        if (colon <= 0 || colon == variant.length() - 1) {
          throw new IllegalStateException(file + ": expected language:name, found '" + variant + "' in " + f[2]);
        }
        names.add(new KnownName(variant.substring(colon + 1).strip(), variant.substring(0, colon), type,
            NameKey.ofCode(f[2]), f[0], source));
      }
    }
    return names;
  }

  /** Country, territory and continent names in every language, keyed by ISO region or UN M.49 code. */
  public static List<KnownName> regions() {
    List<KnownName> names = new ArrayList<>();
    LocaleDisplayNames english = LocaleDisplayNames.getInstance(ULocale.ENGLISH);
    List<String> codes = new ArrayList<>(List.of(ULocale.getISOCountries()));
    codes.addAll(CONTINENTS);
    for (String code : codes) {
      if (NOT_PLACES.contains(code)) {
        continue;
      }
      String key = NameKey.ofCode(code);
      String canonical = english.regionDisplayName(code);
      for (String lang : LANGUAGES) {
        ULocale locale = new ULocale(lang);
        for (LocaleDisplayNames d : List.of(LocaleDisplayNames.getInstance(locale),
            LocaleDisplayNames.getInstance(locale, com.ibm.icu.text.DisplayContext.LENGTH_SHORT))) {
          String name = d.regionDisplayName(code);
          if (name != null && !name.equals(code) && !name.isBlank()) {
            names.add(new KnownName(name, lang, EntityType.LOCATION, key, canonical, "cldr-region"));
            int paren = name.indexOf(" (");
            if (paren > 0) {
              names.add(new KnownName(name.substring(0, paren), lang, EntityType.LOCATION, key, canonical, "cldr-region"));
            }
            String full = withoutAbbreviations(paren > 0 ? name.substring(0, paren) : name);
            if (full != null) {
              names.add(new KnownName(full, lang, EntityType.LOCATION, key, canonical, "cldr-region"));
            }
          }
        }
      }
    }
    return names;
  }

  /** Words CLDR writes short in region names, and the words the press writes ("Фарерские о-ва"). */
  private static final Map<String, String> ABBREVIATED_WORDS = Map.of("о-ва", "острова", "о-в", "остров");

  /** A region name with its abbreviated words written in full ("Фарерские острова"), or null when it has none. */
  static String withoutAbbreviations(String name) {
    StringBuilder full = new StringBuilder();
    boolean changed = false;
    for (String word : name.split(" ")) {
      String whole = ABBREVIATED_WORDS.get(word);
      changed |= whole != null;
      full.append(full.isEmpty() ? "" : " ").append(whole == null ? word : whole);
    }
    return changed ? full.toString() : null;
  }

  /** Time-zone exemplar cities in every language, keyed by the canonical zone id. */
  public static List<KnownName> cities() {
    List<KnownName> names = new ArrayList<>();
    TimeZoneNames english = TimeZoneNames.getInstance(ULocale.ENGLISH);
    List<TimeZoneNames> local = LANGUAGES.stream().map(l -> TimeZoneNames.getInstance(new ULocale(l))).toList();
    for (String id : TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null)) {
      String canonical = english.getExemplarLocationName(id);
      // Antarctic research stations (Davis, Casey, Mawson, Vostok...) are far more often surnames than places.
      if (canonical == null || id.startsWith("Antarctica/")) {
        continue;
      }
      String key = NameKey.CODE_PREFIX + "TZ:" + id;
      for (int i = 0; i < LANGUAGES.size(); i++) {
        String name = local.get(i).getExemplarLocationName(id);
        if (name != null && !name.isBlank()) {
          names.add(new KnownName(name, LANGUAGES.get(i), EntityType.LOCATION, key, canonical, "cldr-city"));
        }
      }
    }
    return names;
  }

  /** The acronym table: international bodies and countries with their abbreviations in many languages. */
  public static List<KnownName> acronyms() {
    List<KnownName> names = new ArrayList<>();
    for (String[] f : table("acronyms.tsv")) {
      EntityType type = EntityType.parse(f[1]);
      for (String variant : f[3].split("\\|")) {
        if (!variant.isBlank()) {
          names.add(new KnownName(variant.strip(), KnownName.ANY_LANGUAGE, type, NameKey.ofCode(f[2]), f[0], "acronyms"));
        }
      }
    }
    return names;
  }

  /** The rows of a bundled name table: four tab-separated fields (canonical, type, key, variants); # starts a comment. */
  private static List<String[]> table(String file) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = CldrNames.class.getResourceAsStream("/io/storyline/entities/" + file)) {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length != 4) {
          throw new IllegalStateException(file + ": expected 4 tab-separated fields "
              + "(canonical, type, key, variants), found " + f.length + " in: " + line);
        }
        rows.add(f);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return rows;
  }
}
