package io.storyline.events;

import io.storyline.core.AnalysisBudget;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The kinds of happening and the multilingual words that trigger them, read from {@code lang/<code>.txt}
 * resources (see the README there), plus each language's speech verbs for quotations. Thread-safe.
 */
public final class EventKinds {
  /** Every kind, in the order that breaks ties between equally scored kinds. */
  public static final List<String> ALL = List.of("interview", "summit", "visit", "meeting", "talks", "agreement",
      "exercise", "attack", "election", "sanctions", "protest", "plan", "statement");
  /** The kind of an article no trigger matches. */
  public static final String REPORT = "report";
  /** Weight of a trigger in the title; one in the lead counts 1. */
  static final int TITLE_WEIGHT = 2;

  private static final String SPEECH = "speech";
  private static final Map<String, EventKinds> CACHE = new ConcurrentHashMap<>();

  private final Map<String, Pattern> kinds;
  private final Pattern speech;

  private EventKinds(Map<String, Pattern> kinds, Pattern speech) {
    this.kinds = kinds;
    this.speech = speech;
  }

  /** The data of {@code language} (ISO 639-1); a language without a file has English triggers. */
  public static EventKinds of(String language) {
    String code = language == null ? "en" : language.toLowerCase(Locale.ROOT);
    return CACHE.computeIfAbsent(code, EventKinds::load);
  }

  /** The kind whose triggers score most in the title (weight 2) and lead (1); {@link #REPORT} when none match. */
  public String kind(String title, String lead) {
    String best = REPORT;
    int bestScore = 0;
    for (String kind : ALL) {
      Pattern p = kinds.get(kind);
      if (p == null) {
        continue;
      }
      int score = TITLE_WEIGHT * count(p, title) + count(p, lead);
      if (score > bestScore) {
        best = kind;
        bestScore = score;
      }
    }
    return best;
  }

  /** A matcher positioned on the first speech verb in {@code text}, or null when there is none. */
  public Matcher speechVerb(CharSequence text) {
    if (speech == null) {
      return null;
    }
    Matcher m = speech.matcher(text);
    return m.find() ? m : null;
  }

  private static int count(Pattern p, String text) {
    if (text == null || text.isEmpty()) {
      return 0;
    }
    Matcher m = p.matcher(text);
    int n = 0;
    while (m.find()) {
      AnalysisBudget.checkpoint();
      n++;
    }
    return n;
  }

  private static EventKinds load(String language) {
    String path = "/io/storyline/events/lang/" + language + ".txt";
    InputStream in = EventKinds.class.getResourceAsStream(path);
    if (in == null) {
      return language.equals("en") ? new EventKinds(Map.of(), null) : of("en");
    }
    Map<String, List<String>> sections = new LinkedHashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String section = null;
      for (String line; (line = r.readLine()) != null; ) {
        String entry = line.replaceAll("#.*", "").strip().toLowerCase(Locale.ROOT);
        if (entry.isEmpty()) {
          continue;
        }
        if (entry.startsWith("[") && entry.endsWith("]")) {
          section = entry.substring(1, entry.length() - 1);
          if (!section.equals(SPEECH) && !ALL.contains(section)) {
            throw new IllegalStateException(path + ": unknown section [" + section + "]; valid: " + ALL + " and ["
                + SPEECH + "]");
          }
        } else if (section == null) {
          throw new IllegalStateException(path + ": entry '" + entry + "' comes before any section");
        } else {
          sections.computeIfAbsent(section, k -> new ArrayList<>()).add(entry);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
    Map<String, Pattern> kinds = new LinkedHashMap<>();
    sections.forEach((section, entries) -> {
      if (!section.equals(SPEECH)) {
        kinds.put(section, pattern(entries));
      }
    });
    return new EventKinds(Map.copyOf(kinds), sections.containsKey(SPEECH) ? pattern(sections.get(SPEECH)) : null);
  }

  /** One case-insensitive pattern matching any entry at a word start ({@code =} entries as whole words). */
  private static Pattern pattern(List<String> entries) {
    String alternatives = entries.stream()
        .sorted((a, b) -> b.length() - a.length())
        .map(e -> e.endsWith("=") ? Pattern.quote(e.substring(0, e.length() - 1)) + "(?![\\p{L}\\p{M}])" : Pattern.quote(e))
        .collect(Collectors.joining("|"));
    return Pattern.compile("(?<![\\p{L}\\p{M}])(?:" + alternatives + ")",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }
}
