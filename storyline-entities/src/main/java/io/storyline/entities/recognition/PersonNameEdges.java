package io.storyline.entities.recognition;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What belongs to a person's name on either side of it: initials before, a regnal number after. Stateless. */
final class PersonNameEdges {
  /** One or two initials ("Т.", "Дж. ", "W.W.") written right before a name; not "Mr.", "Dr.". */
  private static final Pattern INITIALS = Pattern.compile("(?<![\\p{L}\\p{N}.])(?:(?:\\p{Lu}|Дж)\\.[ \u00A0]?){1,2}$");

  /** A regnal number after a name ("Елизавета II", "Benedykt XVI"), ended by no letter or digit. */
  private static final Pattern REGNAL = Pattern.compile("^ (X{0,2}(?:IX|IV|V?I{0,3}))(?![\\p{L}\\p{N}])");

  private PersonNameEdges() {}

  /** Where the initials written right before offset {@code from} start, or {@code from} when there are none. */
  static int initialsBefore(String text, int from) {
    int window = Math.max(0, from - 10);
    Matcher m = INITIALS.matcher(text.substring(window, from));
    return m.find() ? window + m.start() : from;
  }

  /**
   * Where a regnal number written right after offset {@code to} ends, or {@code to} when there is none; a lone "I"
   * before a word is the English pronoun ("told Trump I would").
   */
  static int regnalNumberAfter(String text, int to) {
    Matcher m = REGNAL.matcher(text.substring(to, Math.min(text.length(), to + 8)));
    if (!m.find() || m.group(1).isEmpty()) {
      return to;
    }
    int end = to + m.end();
    boolean pronoun = m.group(1).equals("I") && end + 1 < text.length() && text.charAt(end) == ' '
        && Character.isLetter(text.charAt(end + 1));
    return pronoun ? to : end;
  }
}
