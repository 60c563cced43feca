package io.storyline.sentence;

import io.storyline.text.ResourceLines;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The abbreviations of one language after which a sentence break is wrong, read from
 * {@code abbreviations/<lang>.txt} (the format is described at the top of each file). Stored in lower case,
 * without spaces and with their final period: "т. д." is kept as "т.д.", "dr" as "dr.".
 *
 * @param inner    abbreviations that never end a sentence ("prof.", "np.")
 * @param ending   abbreviations that may end one ("itd.", "r.")
 * @param ordinals whether a number of one or two digits with a period is an ordinal that never ends a sentence
 *                 (the entry {@value #ORDINAL} in {@code [inner]}: German "am 3. Oktober")
 */
record Abbreviations(Set<String> inner, Set<String> ending, boolean ordinals) {
  static final Abbreviations NONE = new Abbreviations(Set.of(), Set.of(), false);
  static final String ORDINAL = "<ordinal>";

  private static final Pattern ORDINAL_TOKEN = Pattern.compile("\\d{1,2}\\.");

  /** What an abbreviation allows after it. */
  enum Kind { INNER, ENDING, NONE }

  Abbreviations {
    inner = Set.copyOf(inner);
    ending = Set.copyOf(ending);
  }

  /** Reads a list; {@code [inner]} and {@code [ending]} lines start the two sections. */
  static Abbreviations load(String resource) {
    Set<String> inner = new HashSet<>();
    Set<String> ending = new HashSet<>();
    Set<String> section = null;
    boolean ordinals = false;
    for (String line : ResourceLines.entries(Abbreviations.class, resource)) {
      switch (line) {
        case "[inner]" -> section = inner;
        case "[ending]" -> section = ending;
        case ORDINAL -> ordinals = true;
        default -> {
          if (section == null) {
            throw new IllegalStateException("abbreviation before [inner] or [ending] in " + resource + ": " + line);
          }
          section.add(normal(line));
        }
      }
    }
    return new Abbreviations(inner, ending, ordinals);
  }

  /** The kind of {@code token} (a word with its final period, in any case). */
  Kind kindOf(String token) {
    String t = normal(token);
    if (inner.contains(t) || ordinals && ORDINAL_TOKEN.matcher(t).matches()) {
      return Kind.INNER;
    }
    return ending.contains(t) ? Kind.ENDING : Kind.NONE;
  }

  private static String normal(String s) {
    String t = s.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    return t.endsWith(".") ? t : t + ".";
  }
}
