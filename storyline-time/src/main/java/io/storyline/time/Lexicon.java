package io.storyline.time;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.text.MeasureFormat;
import com.ibm.icu.text.RelativeDateTimeFormatter;
import com.ibm.icu.text.RelativeDateTimeFormatter.AbsoluteUnit;
import com.ibm.icu.text.RelativeDateTimeFormatter.Direction;
import com.ibm.icu.text.RelativeDateTimeFormatter.RelativeUnit;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.Measure;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.ULocale;
import io.storyline.core.LanguageGuess;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The time vocabulary of one language: CLDR data from ICU4J (month and weekday names in all their
 * forms, relative-day words, "N days ago" patterns, unit names) merged with the language's resource
 * file {@code io/storyline/time/<lang>.txt} for what CLDR lacks. Immutable once built.
 */
final class Lexicon {
  final String lang;
  final boolean monthFirst;
  final boolean capitalised;
  final boolean inflecting;
  final Map<String, Integer> months = new HashMap<>();
  final Map<String, Integer> monthAbbreviations = new HashMap<>();
  final Map<String, Integer> monthStems = new HashMap<>();
  final Map<String, Integer> weekdays = new HashMap<>();
  final Map<String, Integer> weekdayStems = new HashMap<>();
  final Map<String, Meaning> phrases = new LinkedHashMap<>();
  final Map<String, Integer> numbers = new HashMap<>();
  final Map<String, Integer> ordinals = new HashMap<>();
  final Map<String, Granularity> units = new HashMap<>();
  final Map<String, Integer> directions = new HashMap<>();
  final Map<String, Integer> directionsAfter = new HashMap<>();
  final Map<String, String> modifiers = new HashMap<>();
  final Map<String, String> modifiersAfter = new HashMap<>();
  final Map<String, String> seasons = new HashMap<>();
  final Map<String, Set<String>> words = new HashMap<>();

  private Lexicon(String lang) {
    this.lang = lang;
    ULocale locale = new ULocale(lang);
    this.monthFirst = numericMonthFirst(locale);
    String[] wide = DateFormatSymbols.getInstance(locale).getMonths(DateFormatSymbols.FORMAT, DateFormatSymbols.WIDE);
    this.capitalised = !wide[0].isEmpty() && Character.isUpperCase(wide[0].charAt(0));
    List<String[]> entries = readResource(lang);
    this.inflecting = entries.stream().anyMatch(e -> e[0].equals("option") && e[1].equals("inflect"));
    if (!lang.equals(LanguageGuess.UNDETERMINED)) {
      addCldr(locale);
    }
    for (String[] e : entries) {
      add(e);
    }
  }

  /** Builds the lexicon of an ISO 639-1 language code ({@code und} gives numbers only). */
  static Lexicon of(String lang) {
    return new Lexicon(lang);
  }

  /** The phrases of a word list ({@code of}, {@code det}, {@code yearword}...), possibly empty. */
  Set<String> list(String name) {
    return words.getOrDefault(name, Set.of());
  }

  /** The month (1-12) a word names, exactly or by an inflected form, or 0. */
  int month(String word) {
    String w = norm(word);
    if (w.endsWith(".")) {
      w = w.substring(0, w.length() - 1);
    }
    Integer m = months.get(w);
    if (m == null) {
      m = monthAbbreviations.get(w);
    }
    return m != null ? m : byStem(w, monthStems);
  }

  /** True when a month word is a full (not abbreviated) form, usable on its own. */
  boolean fullMonth(String word) {
    String w = norm(word);
    return months.containsKey(w) || byStem(w, monthStems) > 0;
  }

  /** The ISO weekday (Monday 1) a word names, or 0. */
  int weekday(String word) {
    String w = norm(word);
    Integer d = weekdays.get(w);
    return d != null ? d : byStem(w, weekdayStems);
  }

  private int byStem(String w, Map<String, Integer> stems) {
    if (!inflecting || list("notmonth").contains(w)) {
      return 0;
    }
    int best = 0;
    int bestLength = 0;
    for (Map.Entry<String, Integer> e : stems.entrySet()) {
      String stem = e.getKey();
      if (w.startsWith(stem) && w.length() - stem.length() <= Grammar.MAX_SUFFIX && stem.length() > bestLength) {
        best = e.getValue();
        bestLength = stem.length();
      }
    }
    return best;
  }

  /** Lower case, one space between words, one kind of apostrophe: the form vocabulary is keyed by. */
  static String norm(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[’ʼ`´]", "'").replaceAll("\\s+", " ").strip();
  }

  private static boolean numericMonthFirst(ULocale locale) {
    DateFormat f = DateFormat.getDateInstance(DateFormat.SHORT, locale);
    if (f instanceof SimpleDateFormat s) {
      String p = s.toPattern();
      int m = p.indexOf('M');
      int d = p.indexOf('d');
      return m >= 0 && d >= 0 && m < d;
    }
    return false;
  }

  private void addCldr(ULocale locale) {
    DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
    for (int context : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
      String[] wide = symbols.getMonths(context, DateFormatSymbols.WIDE);
      String[] abbreviated = symbols.getMonths(context, DateFormatSymbols.ABBREVIATED);
      for (int i = 0; i < 12; i++) {
        putMonth(wide[i], i + 1);
        String a = stripDot(norm(abbreviated[i]));
        if (a.length() >= 3 && !months.containsKey(a)) {
          monthAbbreviations.put(a, i + 1);
        }
      }
      String[] days = symbols.getWeekdays(context, DateFormatSymbols.WIDE);
      for (int i = 1; i <= 7; i++) {
        putWeekday(days[i], i == 1 ? 7 : i - 1);
      }
    }
    RelativeDateTimeFormatter rel = RelativeDateTimeFormatter.getInstance(locale);
    Map<AbsoluteUnit, Granularity> units = Map.of(AbsoluteUnit.DAY, Granularity.DAY, AbsoluteUnit.WEEK, Granularity.WEEK,
        AbsoluteUnit.MONTH, Granularity.MONTH, AbsoluteUnit.QUARTER, Granularity.QUARTER, AbsoluteUnit.YEAR, Granularity.YEAR);
    Map<Direction, Integer> offsets = Map.of(Direction.LAST_2, -2, Direction.LAST, -1, Direction.THIS, 0,
        Direction.NEXT, 1, Direction.NEXT_2, 2);
    for (Map.Entry<AbsoluteUnit, Granularity> u : units.entrySet()) {
      for (Map.Entry<Direction, Integer> d : offsets.entrySet()) {
        String phrase = format(rel, d.getKey(), u.getKey());
        if (phrase != null) {
          putPhrase(phrase, Meaning.relative(u.getValue(), d.getValue(), null));
        }
      }
    }
    String now = format(rel, Direction.PLAIN, AbsoluteUnit.NOW);
    if (now != null) {
      putPhrase(now, Meaning.coded(Meaning.Type.REFERENCE, "PRESENT_REF"));
    }
    AbsoluteUnit[] days = {AbsoluteUnit.MONDAY, AbsoluteUnit.TUESDAY, AbsoluteUnit.WEDNESDAY, AbsoluteUnit.THURSDAY,
        AbsoluteUnit.FRIDAY, AbsoluteUnit.SATURDAY, AbsoluteUnit.SUNDAY};
    for (int i = 0; i < 7; i++) {
      for (Direction d : new Direction[] {Direction.LAST, Direction.THIS, Direction.NEXT}) {
        String phrase = format(rel, d, days[i]);
        if (phrase != null) {
          putPhrase(phrase, Meaning.weekday(i + 1, offsets.get(d)));
        }
      }
    }
    addCountPatterns(locale, rel);
  }

  private void addCountPatterns(ULocale locale, RelativeDateTimeFormatter rel) {
    List<RelativeUnit> relUnits = List.of(RelativeUnit.MINUTES, RelativeUnit.HOURS, RelativeUnit.DAYS,
        RelativeUnit.WEEKS, RelativeUnit.MONTHS, RelativeUnit.YEARS);
    List<String[]> agoPatterns = new ArrayList<>();
    Map<MeasureUnit, Granularity> measureUnits = Map.of(MeasureUnit.MINUTE, Granularity.MINUTE,
        MeasureUnit.HOUR, Granularity.HOUR, MeasureUnit.DAY, Granularity.DAY, MeasureUnit.WEEK, Granularity.WEEK,
        MeasureUnit.MONTH, Granularity.MONTH, MeasureUnit.YEAR, Granularity.YEAR, MeasureUnit.CENTURY, Granularity.CENTURY);
    MeasureFormat measures = MeasureFormat.getInstance(locale, MeasureFormat.FormatWidth.WIDE);
    for (int n : new int[] {1, 2, 3, 5, 11, 21, 22, 25}) {
      String digits = Integer.toString(n);
      for (RelativeUnit u : relUnits) {
        String s = norm(rel.format(n, Direction.LAST, u));
        int at = s.indexOf(digits);
        if (at >= 0) {
          agoPatterns.add(new String[] {s.substring(0, at).strip(), s.substring(at + digits.length()).strip()});
        }
      }
      for (Map.Entry<MeasureUnit, Granularity> u : measureUnits.entrySet()) {
        String s = norm(measures.format(new Measure(n, u.getKey())));
        String unit = s.replace(digits, "").strip();
        if (!unit.isEmpty() && !unit.contains(" ")) {
          units.putIfAbsent(unit, u.getValue());
        }
      }
    }
    for (String[] p : agoPatterns) {
      addAgoWords(p[0], p[1]);
    }
  }

  /** The words around "5 days" in CLDR's "5 days ago" / "hace 5 días" / "5 днів тому" are "ago" words. */
  private void addAgoWords(String before, String after) {
    if (!before.isEmpty()) {
      words.computeIfAbsent("agobefore", k -> new LinkedHashSet<>()).add(before);
    }
    int space = after.indexOf(' ');
    if (space > 0 && units.containsKey(after.substring(0, space))) {
      words.computeIfAbsent("ago", k -> new LinkedHashSet<>()).add(after.substring(space + 1).strip());
    }
  }

  private static String format(RelativeDateTimeFormatter rel, Direction d, AbsoluteUnit u) {
    try {
      return rel.format(d, u);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private void putMonth(String form, int month) {
    String f = norm(form);
    if (f.isEmpty()) {
      return;
    }
    months.put(f, month);
    putStem(f, month, monthStems);
  }

  private void putWeekday(String form, int day) {
    String f = norm(form);
    if (f.isEmpty()) {
      return;
    }
    weekdays.put(f, day);
    if (f.length() >= Grammar.MIN_STEM) {
      weekdayStems.put(f, day);
    }
  }

  /** A month name and the name without its final vowel (or soft sign) are stems of inflected forms. */
  private static void putStem(String form, int value, Map<String, Integer> stems) {
    if (form.length() >= Grammar.MIN_STEM) {
      stems.put(form, value);
    }
    String cut = form.replaceFirst("[aeiouyąęóíéáúőűöüаеиіїоуюяьйы]$", "");
    if (cut.length() >= Grammar.MIN_STEM && cut.length() < form.length()) {
      stems.put(cut, value);
    }
  }

  private void putPhrase(String phrase, Meaning meaning) {
    String p = norm(phrase);
    if (!p.isEmpty()) {
      phrases.putIfAbsent(p, meaning);
    }
  }

  private static String stripDot(String s) {
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }

  /** Adds one resource line: {@code type [args] = phrase | phrase}. */
  private void add(String[] e) {
    String type = e[0];
    String arg = e[1];
    String arg2 = e[2];
    for (String raw : e[3].split("\\|")) {
      String p = norm(raw);
      if (p.isEmpty()) {
        continue;
      }
      switch (type) {
        case "month" -> putMonth(p, Integer.parseInt(arg));
        case "monthabbr" -> monthAbbreviations.put(stripDot(p), Integer.parseInt(arg));
        case "weekday" -> putWeekday(p, Integer.parseInt(arg));
        case "rel" -> phrases.put(p, Meaning.relative(Granularity.valueOf(arg.toUpperCase(Locale.ROOT)),
            Integer.parseInt(arg2.replace("+", "")), e[4]));
        case "ref" -> phrases.put(p, Meaning.coded(Meaning.Type.REFERENCE, arg + "_REF"));
        case "set" -> phrases.put(p, Meaning.coded(Meaning.Type.SET, arg));
        case "dur" -> phrases.put(p, Meaning.coded(Meaning.Type.DURATION, arg));
        case "num" -> numbers.put(p, Integer.parseInt(arg));
        case "ord" -> ordinals.put(p, Integer.parseInt(arg));
        case "unit" -> units.put(p, Granularity.valueOf(arg.toUpperCase(Locale.ROOT)));
        case "dir" -> directions.put(p, Integer.parseInt(arg.replace("+", "")));
        case "dirafter" -> directionsAfter.put(p, Integer.parseInt(arg.replace("+", "")));
        case "mod" -> modifiers.put(p, arg);
        case "modafter" -> modifiersAfter.put(p, arg);
        case "season" -> seasons.put(p, arg);
        case "option" -> { }
        default -> words.computeIfAbsent(type, k -> new LinkedHashSet<>()).add(p);
      }
    }
  }

  /**
   * Reads {@code type [arg [arg2 [arg3]]] = phrases} lines of the language's resource file.
   *
   * @return entries {type, arg, arg2, phrases, arg3}
   */
  private static List<String[]> readResource(String lang) {
    List<String[]> out = new ArrayList<>();
    String name = lang + ".txt";
    try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
      if (in == null) {
        return out;
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        String l = line.strip();
        if (l.isEmpty() || l.startsWith("#")) {
          continue;
        }
        int eq = l.indexOf('=');
        if (eq < 0) {
          throw new IllegalStateException(name + ":" + number + ": expected 'type args = phrases', found '" + l + "'");
        }
        String[] head = l.substring(0, eq).strip().split("\\s+");
        out.add(new String[] {head[0], head.length > 1 ? head[1] : "", head.length > 2 ? head[2] : "",
            l.substring(eq + 1), head.length > 3 ? head[3] : null});
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read time vocabulary " + name, e);
    }
    return out;
  }
}
