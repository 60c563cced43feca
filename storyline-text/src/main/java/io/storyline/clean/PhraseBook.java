package io.storyline.clean;

import io.storyline.text.ResourceLines;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The debris phrases of every language, merged by {@link Section} and normalised: cleanup runs before language
 * detection, so every article is checked against all of them. Loaded once from the files named in
 * {@code phrases/index.txt} (the format is described at the top of each file); immutable.
 */
final class PhraseBook {
  private static final String DIR = "phrases/";

  private final Map<Section, Set<String>> phrases;

  private PhraseBook(Map<Section, Set<String>> phrases) {
    this.phrases = phrases;
  }

  /** Loads the phrase files listed in {@code phrases/index.txt}. */
  static PhraseBook load() {
    Map<Section, Set<String>> merged = new EnumMap<>(Section.class);
    for (Section s : Section.values()) {
      merged.put(s, new LinkedHashSet<>());
    }
    for (String file : ResourceLines.entries(PhraseBook.class, DIR + "index.txt")) {
      parse(DIR + file, merged);
    }
    Map<Section, Set<String>> frozen = new EnumMap<>(Section.class);
    merged.forEach((section, set) -> frozen.put(section, Set.copyOf(set)));
    return new PhraseBook(frozen);
  }

  /** The normalised phrases of a section. */
  Set<String> phrases(Section section) {
    return phrases.get(section);
  }

  /** The whole line is one of the section's phrases. */
  boolean isLine(Section section, Line line) {
    return !line.wordForm().isEmpty() && phrases.get(section).contains(line.wordForm());
  }

  /** The line opens with one of the section's phrases (followed by a word boundary). */
  boolean opens(Section section, Line line) {
    return phrases.get(section).stream().anyMatch(p -> matchesAt(line.phrase(), p, 0));
  }

  /** One of the section's phrases occurs in the line as whole words. */
  boolean contains(Section section, Line line) {
    String s = line.phrase();
    for (String p : phrases.get(section)) {
      for (int at = s.indexOf(p); at >= 0; at = s.indexOf(p, at + 1)) {
        if (matchesAt(s, p, at)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The line opens with one of the section's phrases, or one follows a sentence end or a {@code |} inside it. */
  boolean opensOrFollowsSentenceEnd(Section section, Line line) {
    String s = line.phrase();
    for (String p : phrases.get(section)) {
      for (int at = s.indexOf(p); at >= 0; at = s.indexOf(p, at + 1)) {
        if (matchesAt(s, p, at) && (at == 0 || afterSentenceEnd(s, at))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean afterSentenceEnd(String s, int at) {
    if (at < 2 || s.charAt(at - 1) != ' ') {
      return false;
    }
    int before = s.codePointBefore(at - 1);
    return TextForms.isSentenceEnd(before) || before == '|';
  }

  private static boolean matchesAt(String s, String p, int at) {
    if (p.isEmpty() || !s.startsWith(p, at)) {
      return false;
    }
    // A phrase never starts inside a word, even one that opens with a symbol: "©" in mojibake "Ã©" is no copyright.
    boolean startOk = at == 0 || !isWordChar(s.codePointBefore(at));
    int after = at + p.length();
    boolean endOk = after == s.length() || !isWordChar(p.codePointBefore(p.length())) || !isWordChar(s.codePointAt(after));
    return startOk && endOk;
  }

  private static boolean isWordChar(int cp) {
    return Character.isLetterOrDigit(cp);
  }

  private static void parse(String resource, Map<Section, Set<String>> into) {
    Section section = null;
    int number = 0;
    for (String raw : ResourceLines.read(PhraseBook.class, resource)) {
      number++;
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("[") && line.endsWith("]")) {
        String name = line.substring(1, line.length() - 1);
        int at = number;
        section = Section.named(name).orElseThrow(() -> new IllegalStateException(
            "unknown section [" + name + "] in " + resource + " line " + at));
      } else if (section == null) {
        throw new IllegalStateException("phrase before any [section] in " + resource + " line " + number);
      } else {
        into.get(section).add(section.wholeLine() ? TextForms.words(line) : TextForms.phrase(line));
      }
    }
  }
}
