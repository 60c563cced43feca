package io.storyline.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A language's words that mark a date as background or a target rather than the happening an article reports, read
 * from {@code cues/<lang>.txt}: {@code before} words stand just before the date ("since 1997", "by 2030", "born
 * in 1850"), {@code sentence} words anywhere in its sentence make a year or month background ("the 75th anniversary
 * of ... 1945"), {@code origin} words (a birth, a founding) anywhere in its sentence make even a full date a
 * person's or a body's past ("1 февраля 1901 года родился"), and {@code caption} words followed by a colon ("Photo:",
 * "Foto:") just after its sentence make it a photo caption. A language without a file has no cues; a sentence
 * followed by a parenthesised credit ("(Xinhua/Shan Yuqi)", "(Tavish Campbell)") is a caption in every language.
 */
final class BackgroundCues {
  /** Words looked at before a date. */
  private static final int WORDS_BEFORE = 3;
  private static final List<String> KEYS = List.of("before", "sentence", "origin", "caption");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}'’-]+");
  private static final Map<String, BackgroundCues> CACHE = new ConcurrentHashMap<>();
  /** A photographer's or agency's credit in parentheses: capitalised words or "Agency/Name", no digits. */
  private static final Pattern CREDIT = Pattern.compile(
      "\\s*\\((?:[^()\\d/]{0,40}/[^()\\d]{1,40}|\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,4})\\)");
  private static final BackgroundCues NONE = new BackgroundCues(Map.of());

  private final List<String> before;
  private final List<String> sentence;
  private final List<String> origin;
  private final List<String> caption;

  private BackgroundCues(Map<String, List<String>> cues) {
    this.before = List.copyOf(cues.getOrDefault("before", List.of()));
    this.sentence = List.copyOf(cues.getOrDefault("sentence", List.of()));
    this.origin = List.copyOf(cues.getOrDefault("origin", List.of()));
    this.caption = List.copyOf(cues.getOrDefault("caption", List.of()));
  }

  /** The cues of a language (ISO 639-1), or none. */
  static BackgroundCues of(String lang) {
    return lang == null ? NONE : CACHE.computeIfAbsent(lang, BackgroundCues::load);
  }

  /** The cue word just before the expression (or opening it: "since 1997"), or null. */
  String before(String text, TimeExpression t) {
    int from = Math.max(0, t.start() - 60);
    String window = text.substring(from, t.start());
    // a cue before an earlier number belongs to that number: "desde 1939. Este martes" is not "since Tuesday"
    int cut = Math.max(Math.max(lastBoundary(window), window.lastIndexOf(',')), lastDigit(window));
    List<String> words = words(window.substring(cut + 1));
    List<String> last = new ArrayList<>(words.subList(Math.max(0, words.size() - WORDS_BEFORE), words.size()));
    for (String w : words(t.text())) {
      if (w.chars().anyMatch(Character::isDigit)) {
        break;
      }
      last.add(w);
    }
    String joined = " " + String.join(" ", last) + " ";
    return before.stream().filter(c -> joined.contains(" " + c + " ")).findFirst().orElse(null);
  }

  /** The cue word in the expression's sentence, or null. */
  String inSentence(String text, TimeExpression t) {
    return find(sentence, sentenceWords(text, t));
  }

  /** The birth or founding word in the expression's sentence, or null. */
  String origin(String text, TimeExpression t) {
    return find(origin, sentenceWords(text, t));
  }

  /** True when {@code span} (a title) tells of a birth or a founding: then a dated one is the news itself. */
  boolean originIn(String span) {
    return find(origin, " " + String.join(" ", words(span)) + " ") != null;
  }

  /**
   * What makes the expression's sentence a photo caption: a parenthesised credit just after it, or a caption word
   * with a colon opening what follows it ("… in Leipzig, Nov. 22, 2019. Photo: Xinhua"); null when it is none.
   */
  String caption(String text, TimeExpression t) {
    int end = sentenceEnd(text, t);
    String after = text.substring(Math.min(text.length(), end + 1), Math.min(text.length(), end + 90));
    Matcher credit = CREDIT.matcher(after);
    if (end < text.length() && text.charAt(end) == '.' && credit.lookingAt()) {
      return credit.group().strip();
    }
    String next = after.stripLeading().toLowerCase(Locale.ROOT);
    return caption.stream().filter(c -> next.startsWith(c + ":")).map(c -> c + ":").findFirst().orElse(null);
  }

  private static String find(List<String> cues, String joined) {
    return cues.stream().filter(c -> joined.contains(" " + c + " ")).findFirst().orElse(null);
  }

  /** The words of the expression's sentence, space-separated and padded with a space. */
  private static String sentenceWords(String text, TimeExpression t) {
    int start = lastBoundary(text.substring(0, t.start())) + 1;
    return " " + String.join(" ", words(text.substring(start, sentenceEnd(text, t)))) + " ";
  }

  private static int sentenceEnd(String text, TimeExpression t) {
    int end = t.end();
    while (end < text.length() && ".!?\n".indexOf(text.charAt(end)) < 0) {
      end++;
    }
    return end;
  }

  private static int lastDigit(String s) {
    for (int i = s.length() - 1; i >= 0; i--) {
      if (Character.isDigit(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static int lastBoundary(String s) {
    int at = -1;
    for (int i = s.length() - 1; i >= 0; i--) {
      char c = s.charAt(i);
      if (c == '\n' || ((c == '.' || c == '!' || c == '?') && (i + 1 == s.length() || Character.isWhitespace(s.charAt(i + 1)))
          && !(i > 0 && Character.isDigit(s.charAt(i - 1))))) {
        at = i;
        break;
      }
    }
    return at;
  }

  private static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(s.toLowerCase(Locale.ROOT));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private static BackgroundCues load(String lang) {
    String name = "cues/" + lang + ".txt";
    try (InputStream in = BackgroundCues.class.getResourceAsStream(name)) {
      if (in == null) {
        return NONE;
      }
      Map<String, List<String>> cues = new HashMap<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int n = 0;
      for (String line; (line = r.readLine()) != null; ) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int eq = line.indexOf('=');
        String key = eq < 0 ? "" : line.substring(0, eq).strip();
        if (!KEYS.contains(key)) {
          throw new IllegalStateException(name + " line " + n + ": unknown key '" + key
              + "'; valid keys are " + String.join(", ", KEYS));
        }
        List<String> target = cues.computeIfAbsent(key, k -> new ArrayList<>());
        for (String w : line.substring(eq + 1).split("\\|")) {
          String cue = String.join(" ", words(w));
          if (!cue.isEmpty()) {
            target.add(cue);
          }
        }
      }
      return new BackgroundCues(cues);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }
}
