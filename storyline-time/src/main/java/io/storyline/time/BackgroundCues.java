package io.storyline.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
 * of ... 1945"). A language without a file has no cues.
 */
final class BackgroundCues {
  /** Words looked at before a date. */
  private static final int WORDS_BEFORE = 3;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}'’-]+");
  private static final Map<String, BackgroundCues> CACHE = new ConcurrentHashMap<>();
  private static final BackgroundCues NONE = new BackgroundCues(List.of(), List.of());

  private final List<String> before;
  private final List<String> sentence;

  private BackgroundCues(List<String> before, List<String> sentence) {
    this.before = List.copyOf(before);
    this.sentence = List.copyOf(sentence);
  }

  /** The cues of a language (ISO 639-1), or none. */
  static BackgroundCues of(String lang) {
    return lang == null ? NONE : CACHE.computeIfAbsent(lang, BackgroundCues::load);
  }

  /** The cue word just before the expression (or opening it: "since 1997"), or null. */
  String before(String text, TimeExpression t) {
    int from = Math.max(0, t.start() - 60);
    String window = text.substring(from, t.start());
    int cut = Math.max(lastBoundary(window), window.lastIndexOf(','));
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
    int start = lastBoundary(text.substring(0, t.start())) + 1;
    int end = t.end();
    while (end < text.length() && ".!?\n".indexOf(text.charAt(end)) < 0) {
      end++;
    }
    String joined = " " + String.join(" ", words(text.substring(start, end))) + " ";
    return sentence.stream().filter(c -> joined.contains(" " + c + " ")).findFirst().orElse(null);
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
      List<String> before = new ArrayList<>();
      List<String> sentence = new ArrayList<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int n = 0;
      for (String line; (line = r.readLine()) != null; ) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int eq = line.indexOf('=');
        String key = eq < 0 ? "" : line.substring(0, eq).strip();
        List<String> target = switch (key) {
          case "before" -> before;
          case "sentence" -> sentence;
          default -> throw new IllegalStateException(name + " line " + n + ": unknown key '" + key
              + "'; valid keys are before, sentence");
        };
        for (String w : line.substring(eq + 1).split("\\|")) {
          String cue = String.join(" ", words(w));
          if (!cue.isEmpty()) {
            target.add(cue);
          }
        }
      }
      return new BackgroundCues(before, sentence);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }
}
