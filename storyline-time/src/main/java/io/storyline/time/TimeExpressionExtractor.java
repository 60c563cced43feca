package io.storyline.time;

import io.storyline.core.AnalysisBudget;
import io.storyline.core.LanguageGuess;
import io.storyline.time.Grammar.Context;
import io.storyline.time.Grammar.Found;
import io.storyline.time.Grammar.Rule;
import io.storyline.time.TimeExpression.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds time expressions in text and normalises them TIMEX3-style against an optional reference date.
 *
 * <p>Thread-safe: each language's grammar is built once, on first use, and shared.
 *
 * <pre>{@code
 * TimeExpressionExtractor x = new TimeExpressionExtractor();
 * x.extract("W dniach 8-9 kwietnia ...", "pl", Reference.day(LocalDate.of(2025, 4, 11)));
 * }</pre>
 */
public final class TimeExpressionExtractor {
  /** Provenance prefix of every expression: {@code times/<rule>}. */
  public static final String STAGE = "times";

  private static final Pattern APPOSITION = Pattern.compile("\\s*,?\\s*");
  private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}");

  private final Map<String, Grammar> grammars = new ConcurrentHashMap<>();
  private final boolean nearDigits;

  /** An extractor that runs the rules needing a digit only near digits ({@link DigitWindows}). */
  public TimeExpressionExtractor() {
    this(true);
  }

  /** With {@code nearDigits} false every rule scans the whole text (the reference the windows are tested against). */
  TimeExpressionExtractor(boolean nearDigits) {
    this.nearDigits = nearDigits;
  }

  /** Expressions in {@code text} of language {@code lang} (ISO 639-1; unknown codes get numeric rules only). */
  public List<TimeExpression> extract(String text, String lang, Reference reference) {
    Grammar grammar = grammar(lang);
    List<Candidate> candidates = new ArrayList<>();
    DigitWindows digits = nearDigits ? DigitWindows.of(text) : null;
    for (int r = 0; r < grammar.rules.size(); r++) {
      Rule rule = grammar.rules.get(r);
      Matcher m = rule.pattern().matcher(text);
      Context context = new Context(m, text, grammar.lex, reference, grammar.futureCue);
      if (digits != null && rule.needsDigit()) {
        findNearDigits(m, digits, context, rule, r, candidates);
      } else {
        findFrom(m, context, rule, r, candidates);
      }
    }
    List<Candidate> chosen = choose(candidates);
    List<TimeExpression> out = new ArrayList<>();
    Candidate previous = null;
    for (int i = 0; i < chosen.size(); i++) {
      int floor = previous == null ? 0 : previous.end();
      int ceiling = i + 1 < chosen.size() ? chosen.get(i + 1).start() : text.length();
      Candidate extended = extend(chosen.get(i), text, grammar, floor, ceiling);
      if (previous != null && appositive(previous, extended, text)) {
        Candidate merged = merge(previous, extended);
        out.set(out.size() - 1, expression(merged, text));
        previous = merged;
        continue;
      }
      out.add(expression(extended, text));
      previous = extended;
    }
    return List.copyOf(out);
  }

  /** Adds the candidates of {@code rule} in the matcher's region. */
  private static void findFrom(Matcher m, Context context, Rule rule, int priority, List<Candidate> into) {
    while (m.find()) {
      AnalysisBudget.checkpoint();
      accept(m, context, rule, priority, into);
    }
  }

  /** Adds the candidate of the matcher's current match, unless it is empty or the rule's handler rejects it. */
  private static void accept(Matcher m, Context context, Rule rule, int priority, List<Candidate> into) {
    if (m.end() == m.start()) {
      return;
    }
    Found found = rule.handler().apply(context);
    if (found != null) {
      into.add(new Candidate(m.start(), m.end(), found, rule.name(), priority));
    }
  }

  /**
   * Adds the candidates of a rule that needs a digit, scanning only the {@link DigitWindows}: the same matches as a
   * scan of the whole text. A window is searched from where the previous match ended at the earliest, for matches
   * starting inside it, with room for their ends {@link DigitWindows#SPAN_WORDS} words past it; a match starting
   * past the window belongs to the next one.
   */
  private static void findNearDigits(Matcher m, DigitWindows windows, Context context, Rule rule, int priority,
      List<Candidate> into) {
    String text = context.text();
    m.useTransparentBounds(true).useAnchoringBounds(false);
    int last = 0;
    for (int w = 0; w < windows.size(); w++) {
      int from = Math.max(windows.start(w), last);
      int to = windows.end(w);
      if (from >= to) {
        continue;
      }
      m.region(from, DigitWindows.wordsAfter(text, to, DigitWindows.SPAN_WORDS));
      while (m.find() && m.start() < to) {
        AnalysisBudget.checkpoint();
        last = m.end();
        accept(m, context, rule, priority, into);
      }
    }
  }

  /** The vocabulary of a language (for the publication-date cues). */
  Lexicon lexicon(String lang) {
    return grammar(lang).lex;
  }

  private Grammar grammar(String lang) {
    String code = lang == null ? LanguageGuess.UNDETERMINED : lang.toLowerCase(Locale.ROOT);
    if (!LANGUAGE_CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("not an ISO 639 language code: '" + lang + "'");
    }
    return grammars.computeIfAbsent(code, c -> new Grammar(Lexicon.of(c)));
  }

  record Candidate(int start, int end, Found found, String rule, int priority) {
    int length() {
      return end - start;
    }

    boolean overlaps(Candidate o) {
      return start < o.end && o.start < end;
    }
  }

  /** Longest matches win; among equally long ones, the rule listed first. O(n log n) in the candidates. */
  static List<Candidate> choose(List<Candidate> candidates) {
    List<Candidate> sorted = new ArrayList<>(candidates);
    sorted.sort(Comparator.comparingInt(Candidate::length).reversed().thenComparingInt(Candidate::priority)
        .thenComparingInt(Candidate::start));
    TreeMap<Integer, Candidate> chosen = new TreeMap<>();
    for (Candidate c : sorted) {
      // chosen spans never overlap, so only the one starting last before c ends can overlap c
      Map.Entry<Integer, Candidate> before = chosen.lowerEntry(c.end());
      if (before == null || !before.getValue().overlaps(c)) {
        chosen.put(c.start(), c);
      }
    }
    return List.copyOf(chosen.values());
  }

  /** Takes in a modifier ("early", "наприкінці", "végén") and a determiner ("the", "el") around a date. */
  private static Candidate extend(Candidate c, String text, Grammar g, int floor, int ceiling) {
    if (c.found().kind() == Kind.DURATION || c.found().kind() == Kind.SET) {
      return c;
    }
    int start = c.start();
    int end = c.end();
    Matcher before = g.modifierBefore.matcher(text).region(Math.max(floor, start - 40), start).useTransparentBounds(true);
    if (before.find()) {
      start = before.start();
    }
    Matcher after = g.modifierAfter.matcher(text).region(end, Math.min(ceiling, end + 30)).useTransparentBounds(true);
    if (after.find()) {
      end = after.end();
    }
    if (c.rule().startsWith("day-") || c.rule().startsWith("month-day")) {
      Matcher dir = g.directionBefore.matcher(text).region(Math.max(floor, start - 20), start).useTransparentBounds(true);
      if (dir.find()) {
        start = dir.start();
      }
    }
    Matcher det = g.determinerBefore.matcher(text).region(Math.max(floor, start - 12), start).useTransparentBounds(true);
    if (det.find()) {
      start = det.start();
    }
    return start == c.start() && end == c.end() ? c : new Candidate(start, end, c.found(), c.rule(), c.priority());
  }

  /** "hoy, jueves", "Friday, Oct. 27": a weekday next to the day it names is one expression. */
  private static boolean appositive(Candidate a, Candidate b, String text) {
    if (!APPOSITION.matcher(text.substring(a.end(), b.start())).matches() || b.start() - a.end() > 3) {
      return false;
    }
    boolean aDay = a.found().granularity() == Granularity.DAY && a.found().kind() == Kind.DATE;
    boolean bDay = b.found().granularity() == Granularity.DAY && b.found().kind() == Kind.DATE;
    return aDay && bDay && (a.rule().equals("weekday") || b.rule().equals("weekday"));
  }

  private static Candidate merge(Candidate a, Candidate b) {
    Candidate named = a.rule().equals("weekday") ? b : a;
    return new Candidate(a.start(), b.end(), named.found(), named.rule(), named.priority());
  }

  private static TimeExpression expression(Candidate c, String text) {
    Found f = c.found();
    return new TimeExpression(c.start(), c.end(), text.substring(c.start(), c.end()), f.value(), f.granularity(),
        f.kind(), f.endValue(), f.confidence(), STAGE + "/" + c.rule());
  }
}
