package io.storyline.events;

import io.storyline.entities.EntityType;
import io.storyline.entities.Mention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds direct quotations in every common style ({@code „…”}, {@code «…»}, {@code »…«}, {@code "…"}, {@code “…”},
 * {@code ‘…’}) and who said them: a person named next to a speech verb after the quotation ({@code „…” - powiedział
 * Rutte}) or before it ({@code Rutte said: "…"}); when the verb comes with a role ({@code powiedział sekretarz
 * generalny}), the person the article names after that role elsewhere; with a pronoun ({@code заявив він}), the
 * person named last before the quotation. Thread-safe.
 */
final class QuoteFinder {
  /** Shortest quotation kept, in characters; shorter quoted strings are titles and scare quotes. */
  static final int MIN_CHARS = 15;
  /** Fewest words a quotation must have. */
  static final int MIN_WORDS = 4;
  /** How far after a quotation its speech verb may start. */
  static final int VERB_AFTER = 40;
  /** How far back the person named last before a quotation is looked for. */
  static final int LOOK_BACK = 1200;

  /** Letters of a role word compared with its other uses ({@code посол} meets {@code посла}). */
  static final int ROLE_STEM = 4;
  /** How far after a role word the role holder's name may start. */
  static final int ROLE_REACH = 50;
  /** A role word right after a speech verb: a word of at least five letters (shorter ones are pronouns). */
  private static final Pattern ROLE_WORD = Pattern.compile("[\\s,]*(\\p{L}{5,})");
  private static final String Q = "{" + MIN_CHARS + ",1500}";
  private static final Pattern QUOTE = Pattern.compile(
      "„([^„”“\"\\n]" + Q + ")[”“\"]"
          + "|«([^«»\\n]" + Q + ")»"
          + "|»([^«»\\n]" + Q + ")«"
          + "|“([^“”\\n]" + Q + ")[”“]"
          + "|(?<![\\p{L}\\p{N}])\"([^\"\\n]" + Q + ")\""
          + "|(?<![\\p{L}])‘([^‘\\n]" + Q + "?)’(?![\\p{L}])");

  private QuoteFinder() {}

  /**
   * The quotations in {@code clean} (an article's text with debris blanked), with speakers resolved among the
   * linked {@code mentions}; {@code names} gives a canonical name for an entity id of a mention.
   */
  static List<Quote> find(String articleId, String clean, String language, List<Mention> mentions,
      Function<Mention, String> names) {
    EventKinds lexicon = EventKinds.of(language);
    Persons persons = new Persons(mentions.stream().filter(m -> m.type() == EntityType.PERSON)
        .sorted(Comparator.comparingInt(Mention::start)).toList());
    Map<String, Optional<Mention>> holders = new HashMap<>(); // by role stem: each is looked for in the text once
    List<Quote> quotes = new ArrayList<>();
    Matcher m = QUOTE.matcher(clean);
    while (m.find()) {
      int group = 1;
      while (m.group(group) == null) {
        group++;
      }
      String text = m.group(group).strip();
      if (text.split("\\s+").length < MIN_WORDS) {
        continue;
      }
      int start = m.start(group) + (m.group(group).length() - m.group(group).stripLeading().length());
      Mention speaker = speaker(clean, m.start(), m.end(), persons, lexicon, holders);
      quotes.add(new Quote(articleId, start, start + text.length(), text,
          speaker == null ? null : speaker.entityId(), speaker == null ? null : names.apply(speaker)));
    }
    return quotes;
  }

  private static Mention speaker(String clean, int open, int close, Persons persons, EventKinds lexicon,
      Map<String, Optional<Mention>> holders) {
    int afterEnd = sentenceEnd(clean, close);
    Matcher verb = lexicon.speechVerb(clean.substring(close, afterEnd));
    if (verb != null && verb.start() <= VERB_AFTER) {
      Mention named = persons.first(close + verb.end(), afterEnd);
      if (named != null) {
        return named;
      }
      Matcher role = ROLE_WORD.matcher(clean.substring(close + verb.end(), afterEnd));
      Mention holder = role.lookingAt() ? holders.computeIfAbsent(role.group(1).substring(0, ROLE_STEM),
          stem -> Optional.ofNullable(holder(clean, stem, persons))).orElse(null) : null;
      return holder != null ? holder : persons.last(Math.max(0, open - LOOK_BACK), open);
    }
    int beforeStart = sentenceStart(clean, open);
    String before = clean.substring(beforeStart, open);
    if (lexicon.speechVerb(before) != null || before.stripTrailing().endsWith(":")) {
      Mention named = persons.last(beforeStart, open);
      return named != null ? named : persons.last(Math.max(0, open - LOOK_BACK), open);
    }
    return null;
  }

  /**
   * The person the article names right after another use of a role word ({@code sekretarz generalny NATO Mark
   * Rutte} for {@code powiedział sekretarz generalny}), the most often so named; null when none.
   */
  private static Mention holder(String clean, String roleStem, Persons persons) {
    Map<String, Integer> votes = new LinkedHashMap<>();
    Map<String, Mention> byId = new LinkedHashMap<>();
    int length = roleStem.length();
    for (int at = 0; at + length <= clean.length(); at++) {
      // the stem at the start of a word, in any case ("Sekretarz", "sekretarz")
      if ((at == 0 || !Character.isLetter(clean.charAt(at - 1))) && clean.regionMatches(true, at, roleStem, 0, length)) {
        Mention p = persons.linkedAfter(at + length, ROLE_REACH);
        if (p != null) {
          votes.merge(p.entityId(), 1, Integer::sum);
          byId.putIfAbsent(p.entityId(), p);
        }
      }
    }
    return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> byId.get(e.getKey())).orElse(null);
  }

  /**
   * An article's person mentions in text order, looked up by position with a binary search: the look-ups per
   * quotation visit only the mentions of a window of bounded length, so a text with many quotations and persons
   * costs time in proportion to them rather than to their product.
   */
  private static final class Persons {
    private final List<Mention> byStart;
    private final int[] starts;

    Persons(List<Mention> byStart) {
      this.byStart = byStart;
      this.starts = byStart.stream().mapToInt(Mention::start).toArray();
    }

    /** The first person within {@code [from, to)}, or null. */
    Mention first(int from, int to) {
      for (int k = startingAt(from); k < starts.length && starts[k] < to; k++) {
        if (byStart.get(k).end() <= to) {
          return byStart.get(k);
        }
      }
      return null;
    }

    /** The last person within {@code [from, to)}, or null. */
    Mention last(int from, int to) {
      Mention found = null;
      for (int k = startingAt(from); k < starts.length && starts[k] < to; k++) {
        if (byStart.get(k).end() <= to) {
          found = byStart.get(k);
        }
      }
      return found;
    }

    /** The first person linked to an entity that starts after {@code at}, at most {@code reach} after it, or null. */
    Mention linkedAfter(int at, int reach) {
      for (int k = startingAt(at + 1); k < starts.length && starts[k] - at <= reach; k++) {
        if (byStart.get(k).entityId() != null) {
          return byStart.get(k);
        }
      }
      return null;
    }

    private int startingAt(int offset) {
      return MentionIndex.firstAtOrAfter(starts, offset);
    }
  }

  private static int sentenceEnd(String text, int from) {
    int limit = Math.min(text.length(), from + 200);
    for (int i = from + 1; i < limit; i++) {
      char c = text.charAt(i);
      if (c == '\n' || ((c == '.' || c == '!' || c == '?') && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1))))) {
        return i;
      }
    }
    return limit;
  }

  private static int sentenceStart(String text, int to) {
    int limit = Math.max(0, to - 200);
    for (int i = to - 1; i > limit; i--) {
      char c = text.charAt(i);
      if (c == '\n' || ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(i + 1)))) {
        return i + 1;
      }
    }
    return limit;
  }
}
