package io.storyline.time;

import io.storyline.time.TimeExpression.Kind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The recognition rules of one language: language-independent patterns (ISO and numeric dates, day
 * and month, ranges, years, times) filled with that language's {@link Lexicon}. Immutable and
 * thread-safe; built once per language.
 */
final class Grammar {
  static final int MIN_STEM = 4;
  static final int MAX_SUFFIX = 4;

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final String B0 = "(?<![\\p{L}\\p{N}])";
  private static final String B1 = "(?![\\p{L}\\p{N}])";
  private static final String DAY = "(?:3[01]|[12]\\d|0?[1-9])";
  private static final String YEAR = "(?:1[89]\\d\\d|20\\d\\d|21\\d\\d)";
  private static final String DASH = "\\s*[-–—]\\s*";
  /** A four-digit number right after a day and month that was not accepted as its year. */
  private static final Pattern YEAR_FOLLOWS = Pattern.compile("\\s*,?\\s*\\d{4}(?!\\d)");
  /** Not the minutes of "08.00" nor the decimals of "2,5". */
  private static final String NOT_DECIMAL = "(?<!\\d[.:,])";
  private static final Pattern WORD_AFTER = Pattern.compile("^\\s*(\\p{L}+)");

  /** The result of one rule on one match; null from a rule means "not a time expression". */
  record Found(String value, Granularity granularity, Kind kind, String endValue, double confidence) {
    static Found date(String value, Granularity g, double confidence) {
      return new Found(value, g, g.atLeastAsFineAs(Granularity.HOUR) ? Kind.TIME : Kind.DATE, null, confidence);
    }
  }

  /** What a rule's handler sees: the match, the text, the language and the reference. */
  record Context(Matcher m, String text, Lexicon lex, Reference ref, Pattern futureCue) {
    String g(String name) {
      return m.group(name);
    }

    boolean has(String name) {
      try {
        return m.group(name) != null;
      } catch (IllegalArgumentException noSuchGroup) {
        return false;
      }
    }

    int dir() {
      if (has("dir")) {
        return lex.directions.get(Lexicon.norm(g("dir")));
      }
      if (has("da")) {
        return lex.directionsAfter.get(Lexicon.norm(g("da")));
      }
      return Meaning.PLAIN;
    }

    /** True when the words before the match in its sentence speak of the future ("will", "dovrebbe"). */
    boolean future() {
      int from = Math.max(0, m.start() - 80);
      int stop = Math.max(lastIndexOf(text, ". ", from, m.start()), lastIndexOf(text, "\n", from, m.start() - 1));
      Matcher cue = futureCue.matcher(text).region(Math.max(from, stop + 1), m.start());
      return cue.find();
    }

    /** {@code text.lastIndexOf(s, at)} when at or after {@code from}, else -1; looks no further back than {@code from}. */
    private static int lastIndexOf(String text, String s, int from, int at) {
      for (int i = Math.min(at, text.length() - s.length()); i >= from; i--) {
        if (text.startsWith(s, i)) {
          return i;
        }
      }
      return -1;
    }

    Integer year(String name) {
      return has(name) ? Integer.valueOf(g(name)) : null;
    }
  }

  interface Handler {
    Found apply(Context c);
  }

  /**
   * One recognition rule; {@code needsDigit} when every match holds an ASCII digit, so that the rule need only run
   * near digits ({@link DigitWindows}).
   */
  record Rule(String name, Pattern pattern, Handler handler, boolean needsDigit) {}

  final Lexicon lex;
  final List<Rule> rules = new ArrayList<>();
  final Pattern modifierBefore;
  final Pattern modifierAfter;
  final Pattern determinerBefore;
  final Pattern directionBefore;
  final Pattern futureCue;

  Grammar(Lexicon lex) {
    this.lex = lex;
    String of = alt(lex.list("of"));
    String sep = "(?:\\s*,\\s*|\\s+)(?:" + of + "\\s+)?";
    String daySuffix = "(?:\\.|" + alt(lex.list("daysuffix")) + ")?";
    String yearWord = "(?:\\s+" + alt(lex.list("yearword")) + "|-\\p{L}{1,5})?";
    String monthFull = lex.inflecting ? "(?:" + alt(lex.months.keySet()) + "|" + stems(lex.monthStems.keySet()) + ")"
        : alt(lex.months.keySet());
    String month = "(?:" + monthFull + "|" + alt(lex.monthAbbreviations.keySet()) + "\\.?)";
    String weekday = lex.inflecting ? "(?:" + alt(lex.weekdays.keySet()) + "|" + stems(lex.weekdayStems.keySet()) + ")"
        : alt(lex.weekdays.keySet());
    String dir = "(?:(?<dir>" + alt(lex.directions.keySet()) + ")\\s+)?";
    String dirAfter = "(?:\\s+(?<da>" + alt(lex.directionsAfter.keySet()) + "))?";
    String num = "(?:\\d{1,3}(?:[.,]\\d)?|" + alt(lex.numbers.keySet()) + ")";
    String unit = alt(lex.units.keySet());
    String det = alt(lex.list("det"));
    String durPrefix = "(?:(?:" + alt(lex.list("durprefix")) + ")\\s+)?";

    addNumeric("iso", B0 + "(?<y>" + YEAR + ")-(?<mo>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\\d|3[01])"
        + "(?:[T ](?<hh>[01]\\d|2[0-3]):(?<mi>[0-5]\\d)(?::[0-5]\\d(?:[.,]\\d+)?)?(?:Z|[+-]\\d\\d:?\\d\\d)?)?(?![\\p{L}\\p{N}])",
        c -> {
          String day = Anchor.dayMonth(c.year("y"), Integer.parseInt(c.g("mo")), Integer.parseInt(c.g("d")), c.ref());
          if (day == null) {
            return null;
          }
          return c.has("hh") ? Found.date(day + "T" + c.g("hh") + ":" + c.g("mi"), Granularity.MINUTE, 0.98)
              : Found.date(day, Granularity.DAY, 0.98);
        });
    addNumeric("iso-month", B0 + "(?<y>" + YEAR + ")-(?<mo>0[1-9]|1[0-2])(?![\\p{L}\\p{N}]|[-./]\\d)",
        c -> Found.date(c.g("y") + "-" + c.g("mo"), Granularity.MONTH, 0.85));
    addNumeric("numeric", B0 + "(?<a>\\d{1,2})(?<s>[./-])(?<b>\\d{1,2})\\k<s>(?<y>" + YEAR + "|\\d{2})(?![\\p{L}\\p{N}]|[./-]\\d)",
        this::numeric);
    addNumeric("numeric-ymd", B0 + "(?<y>" + YEAR + ")(?<s>[./])\\s?(?<mo>\\d{1,2})\\k<s>\\s?(?<d>\\d{1,2})\\.?(?![\\p{N}]|[./]\\d)",
        c -> dayFound(c.year("y"), Integer.parseInt(c.g("mo")), Integer.parseInt(c.g("d")), c, 0.95));
    addNumeric("day-month", B0 + "(?<d>" + DAY + ")" + daySuffix + sep + "(?<m>" + month + ")(?:" + sep + "(?<y>" + YEAR + ")"
        + yearWord + ")?" + B1, c -> dayFound(c.year("y"), lex.month(c.g("m")), Integer.parseInt(c.g("d")), c,
        c.has("y") ? 0.97 : 0.85));
    addNumeric("month-day", B0 + "(?<m>" + month + ")\\s*(?<d>" + DAY + ")" + daySuffix + "(?:" + sep + "(?<y>" + YEAR + "))?" + B1,
        c -> dayFound(c.year("y"), lex.month(c.g("m")), Integer.parseInt(c.g("d")), c, c.has("y") ? 0.95 : 0.8));
    addNumeric("year-month-day", B0 + "(?<y>" + YEAR + ")\\.?,?\\s+(?<m>" + month + ")\\s+(?<d>" + DAY + ")" + daySuffix + B1,
        c -> dayFound(c.year("y"), lex.month(c.g("m")), Integer.parseInt(c.g("d")), c, 0.95));
    addNumeric("month-year", B0 + "(?<m>" + month + ")" + sep + "(?<y>" + YEAR + ")" + yearWord + B1,
        c -> Found.date(String.format("%s-%02d", c.g("y"), lex.month(c.g("m"))), Granularity.MONTH, 0.92));
    addNumeric("year-month", B0 + "(?<y>" + YEAR + ")\\.\\s+(?<m>" + monthFull + ")" + B1,
        c -> Found.date(String.format("%s-%02d", c.g("y"), lex.month(c.g("m"))), Granularity.MONTH, 0.9));
    addNumeric("day-range", B0 + "(?<d1>" + DAY + ")" + daySuffix + DASH + "(?<d2>" + DAY + ")" + daySuffix + sep + "(?<m>" + month
        + ")(?:" + sep + "(?<y>" + YEAR + ")" + yearWord + ")?" + B1, this::dayRange);
    addNumeric("month-day-range", B0 + "(?<m>" + month + ")\\s+(?<d1>" + DAY + ")" + DASH + "(?<d2>" + DAY + ")(?:" + sep
        + "(?<y>" + YEAR + "))?" + B1, this::dayRange);
    addNumeric("year-range", B0 + "(?<y1>" + YEAR + ")\\s*[-–—/]\\s*(?<y2>" + YEAR + "|\\d{2})(?![\\p{L}\\p{N}]|[-./]\\d)",
        this::yearRange);
    addNumeric("decade", B0 + "(?<dec>(?:1[89]|20)\\d)0(?:'s|s|-х|-ті|-es|-as|-ых|-их)" + B1,
        c -> Found.date(c.g("dec"), Granularity.DECADE, 0.9));
    addNumeric("day-alone", B0 + "(?:" + alt(lex.list("dayprefix")) + ")\\s+(?<d>" + DAY + ")" + B1 + "(?!\\s*(?:%|[.,]\\d))",
        c -> dayAlone(Integer.parseInt(c.g("d")), c));
    addNumeric("quarter-code", B0 + "(?:Q(?<q>[1-4])(?:\\s*[-/]?\\s*(?<y>" + YEAR + "))?|(?<y2>" + YEAR + ")\\s*[-/]?\\s*Q(?<q2>[1-4]))" + B1,
        c -> Found.date(Anchor.quarter(Integer.parseInt(c.has("q") ? c.g("q") : c.g("q2")),
            c.has("y") ? c.year("y") : c.year("y2"), Meaning.PLAIN, c.ref()), Granularity.QUARTER, 0.85));
    if (!lex.list("quarter").isEmpty()) {
      add("quarter", B0 + "(?:(?:" + det + ")\\s+)?" + dir + "(?<o>" + alt(lex.ordinals.keySet()) + ")[\\s-]+(?:"
          + alt(lex.list("fiscal")) + "\\s+)?" + alt(lex.list("quarter")) + "(?:" + sep + "(?<y>" + YEAR + "))?" + B1,
          c -> Found.date(Anchor.quarter(lex.ordinals.get(Lexicon.norm(c.g("o"))), c.year("y"), c.dir(), c.ref()),
              Granularity.QUARTER, 0.85));
      addNumeric("year-quarter", B0 + "(?:(?:" + det + ")\\s+)?(?<y>" + YEAR + ")(?:'s)?\\s+(?<o>" + alt(lex.ordinals.keySet())
          + ")[\\s-]+" + alt(lex.list("quarter")) + B1,
          c -> Found.date(Anchor.quarter(c.year("y"), lex.ordinals.get(Lexicon.norm(c.g("o")))), Granularity.QUARTER, 0.85));
    }
    add("season", B0 + dir + "(?<s>" + alt(lex.seasons.keySet()) + ")(?:" + sep + "(?<y>" + YEAR + "))?" + dirAfter + B1,
        c -> Found.date(Anchor.season(lex.seasons.get(Lexicon.norm(c.g("s"))), c.year("y"), c.dir(), c.ref()),
            Granularity.SEASON, 0.75));
    add("weekday", B0 + dir + "(?<w>" + weekday + ")" + dirAfter + B1, c -> {
      int w = lex.weekday(c.g("w"));
      if (w == 0 || !capitalisedWhereExpected(c.g("w"), c.dir())) {
        return null;
      }
      return Found.date(Anchor.weekday(w, c.dir(), c.future(), c.ref()), Granularity.DAY, 0.75);
    });
    add("month", B0 + dir + "(?<m>" + monthFull + ")" + dirAfter + B1, c -> {
      int m = lex.month(c.g("m"));
      if (m == 0 || !capitalisedWhereExpected(c.g("m"), c.dir())) {
        return null;
      }
      return Found.date(Anchor.monthAlone(m, c.dir(), c.ref()), Granularity.MONTH, 0.75);
    });
    addNumeric("year", B0 + "(?:(?<pre>" + alt(lex.list("yearprefix")) + ")\\s+)?(?<y>" + YEAR + ")(?<yw>" + yearWord + ")" + B1,
        this::year);
    add("unit-relative", B0 + "(?:(?<dir>" + alt(lex.directions.keySet()) + ")\\s+(?<u>" + unit + ")|(?<u2>" + unit
        + ")\\s+(?<da>" + alt(lex.directionsAfter.keySet()) + "))" + B1, c -> {
          Granularity u = lex.units.get(Lexicon.norm(c.has("u") ? c.g("u") : c.g("u2")));
          if (u.atLeastAsFineAs(Granularity.HOUR)) {
            return null;
          }
          return Found.date(Anchor.relative(u, c.dir(), c.ref()), u, 0.85);
        });
    add("phrase", B0 + "(?<p>" + alt(lex.phrases.keySet()) + ")" + B1, this::phrase);
    String ago = alt(lex.list("ago"));
    String agoBefore = alt(lex.list("agobefore"));
    String in = alt(lex.list("in"));
    String inAfter = alt(lex.list("inafter"));
    add("ago", B0 + "(?:(?<pre>" + agoBefore + "|" + in + ")\\s+" + durPrefix + NOT_DECIMAL + "(?<n>" + num + ")\\s+(?<u>" + unit + ")|" + NOT_DECIMAL + "(?<n2>" + num
        + ")\\s+(?<u2>" + unit + ")\\s+(?<post>" + ago + "|" + inAfter + "))" + B1, this::ago);
    add("duration", B0 + durPrefix + NOT_DECIMAL + "(?<n>" + num + ")(?:\\s+|-)(?<u>" + unit + ")" + B1, c -> {
      Granularity u = lex.units.get(Lexicon.norm(c.g("u")));
      Integer n = number(c.g("n"));
      return n == null ? null : new Found(u.duration(n), u, Kind.DURATION, null, 0.8);
    });
    add("vague-duration", B0 + durPrefix + "(?:" + alt(lex.list("vague")) + ")\\s+(?<u>" + unit + ")" + B1,
        c -> {
          Granularity u = lex.units.get(Lexicon.norm(c.g("u")));
          return new Found(u.duration(null), u, Kind.DURATION, null, 0.6);
        });
    addNumeric("clock", B0 + "(?<h>[01]?\\d|2[0-3])(?<s>[:.h])(?<mi>[0-5]\\d)(?::[0-5]\\d)?(?:\\s*(?<ap>[ap]\\.\\s?m\\.|[ap]m))?(?![\\p{L}\\p{N}]|[.:,]\\d)",
        this::clock);
    addNumeric("clock-ampm", B0 + "(?<h>1[0-2]|0?[1-9])\\s*(?<ap>[ap]\\.\\s?m\\.|[ap]m" + B1 + ")", this::clock);

    modifierBefore = Pattern.compile(B0 + "(?:" + alt(lex.modifiers.keySet()) + ")[\\s-]*\\z", FLAGS);
    modifierAfter = Pattern.compile("\\A[\\s-]*(?:" + alt(lex.modifiersAfter.keySet()) + ")" + B1, FLAGS);
    directionBefore = Pattern.compile(B0 + "(?:" + alt(lex.directions.keySet()) + ")\\s+\\z", FLAGS);
    determinerBefore = Pattern.compile(B0 + "(?:" + det + ")\\s+\\z", FLAGS);
    futureCue = Pattern.compile(B0 + "(?:" + alt(lex.list("future")) + ")" + B1, FLAGS);
  }

  private void add(String name, String regex, Handler handler) {
    rules.add(new Rule(name, Pattern.compile(regex, FLAGS), handler, false));
  }

  /** Adds a rule every match of which holds a digit. */
  private void addNumeric(String name, String regex, Handler handler) {
    rules.add(new Rule(name, Pattern.compile(regex, FLAGS), handler, true));
  }

  /** In languages that capitalise month and day names, a bare lower-case "may" or "march" is not one. */
  private boolean capitalisedWhereExpected(String word, int dir) {
    return !lex.capitalised || dir != Meaning.PLAIN || Character.isUpperCase(word.charAt(0));
  }

  private Found dayFound(Integer year, int month, int day, Context c, double confidence) {
    if (year == null && YEAR_FOLLOWS.matcher(c.text()).region(c.m().end(), c.text().length()).lookingAt()) {
      return null;
    }
    String value = Anchor.dayMonth(year, month, day, c.ref());
    if (value == null || !plausibleYear(year, c.ref())) {
      return null;
    }
    return Found.date(value, Granularity.DAY, year == null && value.startsWith("X") ? confidence * 0.8 : confidence);
  }

  /** "el día 8": a day of the reference's month (or the month before, when nearer). */
  private Found dayAlone(int day, Context c) {
    Reference ref = c.ref();
    if (ref == null || !ref.anchors(Granularity.DAY)) {
      return Found.date(String.format("XXXX-XX-%02d", day), Granularity.DAY, 0.6);
    }
    java.time.YearMonth month = java.time.YearMonth.from(ref.date());
    if (day > ref.date().getDayOfMonth() + 7) {
      month = month.minusMonths(1);
    }
    return day > month.lengthOfMonth() ? null : Found.date(month.atDay(day).toString(), Granularity.DAY, 0.7);
  }

  private Found numeric(Context c) {
    int a = Integer.parseInt(c.g("a"));
    int b = Integer.parseInt(c.g("b"));
    String y = c.g("y");
    int year = y.length() == 2 ? Anchor.fullYear(Integer.parseInt(y), c.ref()) : Integer.parseInt(y);
    boolean monthFirst = lex.monthFirst && !c.g("s").equals(".");
    int month = monthFirst ? a : b;
    int day = monthFirst ? b : a;
    String value = Anchor.dayMonth(year, month, day, c.ref());
    double confidence = a <= 12 && b <= 12 && a != b ? 0.8 : 0.95;
    if (value == null) {
      value = Anchor.dayMonth(year, day, month, c.ref());
      confidence = 0.6;
    }
    return value == null || !plausibleYear(year, c.ref()) ? null : Found.date(value, Granularity.DAY, confidence);
  }

  private Found dayRange(Context c) {
    int m = lex.month(c.g("m"));
    int d1 = Integer.parseInt(c.g("d1"));
    int d2 = Integer.parseInt(c.g("d2"));
    Integer y = c.year("y");
    String from = Anchor.dayMonth(y, m, d1, c.ref());
    String to = Anchor.dayMonth(y, m, d2, c.ref());
    if (from == null || to == null || d2 <= d1 || !plausibleYear(y, c.ref())) {
      return null;
    }
    if (y == null && !from.startsWith("X")) {
      to = from.substring(0, 4) + to.substring(4);
    }
    return new Found(from, Granularity.DAY, Kind.RANGE, to, y == null ? 0.8 : 0.95);
  }

  private Found yearRange(Context c) {
    int y1 = Integer.parseInt(c.g("y1"));
    String second = c.g("y2");
    int y2 = second.length() == 2 ? y1 / 100 * 100 + Integer.parseInt(second) : Integer.parseInt(second);
    if (y2 <= y1 || y2 - y1 > 20 || !plausibleYear(y2, c.ref())) {
      return null;
    }
    return new Found(Integer.toString(y1), Granularity.YEAR, Kind.RANGE, Integer.toString(y2), 0.75);
  }

  private Found year(Context c) {
    int y = Integer.parseInt(c.g("y"));
    if (!plausibleYear(y, c.ref()) || looksLikeAmount(c)) {
      return null;
    }
    boolean marked = c.has("pre") || !c.g("yw").isEmpty();
    return Found.date(c.g("y"), Granularity.YEAR, marked ? 0.9 : 0.7);
  }

  /** A four-digit number next to a currency, unit or other digits is an amount, a code or a phone number. */
  private boolean looksLikeAmount(Context c) {
    String text = c.text();
    int s = c.m().start("y");
    int e = c.m().end("y");
    String before = text.substring(Math.max(0, s - 3), s);
    String after = text.substring(e, Math.min(text.length(), e + 30));
    if (before.matches(".*(\\d[\\s.,:/-]?|[$€£¥#№+]\\s?|No\\.\\s?)") || after.matches("(?s)([\\s.,:/-]?\\d|\\s?[%$€£¥‰]).*")) {
      return true;
    }
    Matcher word = WORD_AFTER.matcher(after);
    return word.find() && lex.list("notyear").contains(Lexicon.norm(word.group(1)));
  }

  private static boolean plausibleYear(Integer year, Reference ref) {
    if (year == null) {
      return true;
    }
    int latest = ref == null ? 2100 : ref.date().getYear() + 50;
    return year >= 1800 && year <= latest;
  }

  private Found phrase(Context c) {
    Meaning meaning = lex.phrases.get(Lexicon.norm(c.g("p")));
    if (meaning == null) {
      return null;
    }
    return switch (meaning.type()) {
      case RELATIVE -> {
        String value = Anchor.relative(meaning.unit(), meaning.amount(), c.ref());
        if (meaning.code() == null) {
          yield Found.date(value, meaning.unit(), 0.9);
        }
        yield meaning.unit() == Granularity.WEEK ? Found.date(value + "-" + meaning.code(), Granularity.WEEK, 0.85)
            : new Found(value + "T" + meaning.code(), Granularity.HOUR, Kind.TIME, null, 0.85);
      }
      case WEEKDAY -> Found.date(Anchor.weekday(meaning.amount(), meaning.dir(), c.future(), c.ref()), Granularity.DAY, 0.85);
      case REFERENCE -> new Found(meaning.code(), Granularity.DAY, Kind.DATE, null, 0.7);
      case SET -> new Found(meaning.code(), Granularity.DAY, Kind.SET, null, 0.7);
      case DURATION -> new Found(meaning.code(), Granularity.DAY, Kind.DURATION, null, 0.75);
    };
  }

  private Found ago(Context c) {
    boolean before = c.has("pre");
    Granularity u = lex.units.get(Lexicon.norm(before ? c.g("u") : c.g("u2")));
    Integer n = number(before ? c.g("n") : c.g("n2"));
    if (n == null || u.atLeastAsFineAs(Granularity.HOUR)) {
      return null;
    }
    String word = Lexicon.norm(before ? c.g("pre") : c.g("post"));
    int sign = lex.list("agobefore").contains(word) || lex.list("ago").contains(word) ? -1 : 1;
    return Found.date(Anchor.relative(u, sign * n, c.ref()), u, 0.85);
  }

  private Integer number(String s) {
    String n = Lexicon.norm(s);
    if (n.matches("\\d+")) {
      return Integer.valueOf(n);
    }
    return lex.numbers.get(n);
  }

  private Found clock(Context c) {
    int h = Integer.parseInt(c.g("h"));
    String minutes = c.has("mi") ? c.g("mi") : "00";
    String ap = c.g("ap");
    if (ap == null) {
      if (!c.has("s") || !(c.g("s").equals(":") || timeContext(c))) {
        return null;
      }
    } else {
      boolean pm = Character.toLowerCase(ap.charAt(0)) == 'p';
      h = h % 12 + (pm ? 12 : 0);
    }
    String time = String.format("T%02d:%s", h, minutes);
    String day = c.ref() != null && c.ref().anchors(Granularity.DAY) ? Anchor.day(c.ref().date()) : "";
    return new Found(day + time, Granularity.MINUTE, Kind.TIME, null, 0.8);
  }

  /** "13.30" and "13h30" are times only next to a time word ("alle 13.30", "13.30 Uhr"). */
  private boolean timeContext(Context c) {
    String text = c.text();
    String before = Lexicon.norm(text.substring(Math.max(0, c.m().start() - 12), c.m().start()));
    String after = Lexicon.norm(text.substring(c.m().end(), Math.min(text.length(), c.m().end() + 12)));
    for (String w : lex.list("timebefore")) {
      if (before.endsWith(w)) {
        return true;
      }
    }
    for (String w : lex.list("timeafter")) {
      if (after.startsWith(w)) {
        return true;
      }
    }
    return false;
  }

  /** Stems followed by a short inflectional ending ("kwietni" + "u", "július" + "ban"). */
  private static String stems(Collection<String> stems) {
    return stems.isEmpty() ? "(?!)" : "(?:" + alt(stems) + "\\p{L}{0," + MAX_SUFFIX + "})";
  }

  /**
   * A regex alternation of phrases (longest first), or a pattern that never matches when empty. Phrases opening with
   * the same letter (case folded as the case-insensitive patterns fold it) share one branch, {@code k(?:wietnia|wiecień)},
   * so the engine tests a position against each first letter once instead of against every phrase; the phrases keep
   * their order within a branch, and no input character can open two branches, so the matches are the same.
   */
  static String alt(Collection<String> phrases) {
    Set<String> all = new TreeSet<>(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s));
    all.addAll(phrases);
    if (all.isEmpty()) {
      return "(?!)";
    }
    Map<Integer, List<String>> branches = new LinkedHashMap<>();
    for (String p : all) {
      branches.computeIfAbsent(branchKey(p), k -> new ArrayList<>()).add(p);
    }
    StringBuilder b = new StringBuilder("(?:");
    boolean first = true;
    for (Map.Entry<Integer, List<String>> branch : branches.entrySet()) {
      List<String> members = branch.getValue();
      if (branch.getKey() < 0) {
        for (String p : members) { // phrases opening with a space, an apostrophe, a dash or a sign: as they are
          b.append(first ? "" : "|").append(phraseRegex(p));
          first = false;
        }
        continue;
      }
      b.append(first ? "" : "|").append(phraseRegex(members.getFirst().substring(0, 1))).append("(?:");
      for (int i = 0; i < members.size(); i++) {
        b.append(i == 0 ? "" : "|").append(phraseRegex(members.get(i).substring(1)));
      }
      b.append(')');
      first = false;
    }
    return b.append(')').toString();
  }

  /** The case-folded first letter or digit of a phrase, or a negative number when it opens otherwise. */
  private static int branchKey(String phrase) {
    char c = phrase.charAt(0);
    if (!Character.isLetterOrDigit(c) || Character.isSurrogate(c) || "'’ʼ`-‐‑–".indexOf(c) >= 0) {
      return -1;
    }
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  /** One phrase as a regex: any run of spaces, any apostrophe, a stem followed by an inflection. */
  private static String phraseRegex(String phrase) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < phrase.length(); i++) {
      char ch = phrase.charAt(i);
      if (Character.isWhitespace(ch)) {
        b.append("\\s+");
      } else if (ch == '\'') {
        b.append("['’ʼ`]");
      } else if (ch == '-') {
        b.append("[-‐‑–]");
      } else if (Character.isLetterOrDigit(ch)) {
        b.append(ch);
      } else {
        b.append(String.format("\\x{%x}", (int) ch));
      }
    }
    return b.toString();
  }
}
