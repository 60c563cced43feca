package io.storyline.clean;

import static io.storyline.clean.Section.AD_LABEL;
import static io.storyline.clean.Section.BYLINE;
import static io.storyline.clean.Section.BYLINE_NAME;
import static io.storyline.clean.Section.FOOTER;
import static io.storyline.clean.Section.FOOTER_TEXT;
import static io.storyline.clean.Section.HEADER_KEY;
import static io.storyline.clean.Section.NAVIGATION;
import static io.storyline.clean.Section.PHOTO_CREDIT;
import static io.storyline.clean.Section.PHOTO_WORD;
import static io.storyline.clean.Section.PROMO;
import static io.storyline.clean.Section.RELATED;
import static io.storyline.clean.Section.RELATED_TAIL;
import static io.storyline.clean.Section.SHARE;
import static io.storyline.clean.Section.TAGS;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The cleanup rules, built once from the phrase lists. Line rules are grouped by where they may fire: anywhere, in
 * the head zone (before the first paragraph) or in the tail zone (after the last one); {@link Sweep} applies them
 * and the rules that need context (duplicates, captions, the metadata header).
 */
final class Rules {
  /** Lines whose letters and digits are fewer than this are never reported as duplicates. */
  static final int MIN_DUPLICATE_KEY = 12;

  static final Rule DUPLICATE = new Rule("duplicate-line", "duplicate", l -> l.key().length() >= MIN_DUPLICATE_KEY);
  static final Rule CAPTION = new Rule("caption-by-credit", "caption", l -> l.words() <= 25 && !l.opensQuote());
  /** Names the header spans; {@link #headerLength} finds them, so its line test is never used. */
  static final Rule HEADER = new Rule("metadata-header", "header", l -> true);
  /** How far into a line a metadata header is looked for. */
  private static final int HEADER_WINDOW = 200;

  private static final Pattern DATE_OR_TIME = Pattern.compile(
      "\\b\\d{1,2}:\\d{2}\\b|\\b\\d{4}-\\d{1,2}(?:-\\d{1,2})?\\b|\\b\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}\\b"
          + "|\\b\\d{1,2}\\.?\\s+\\p{L}+\\s+\\d{4}\\b");
  /**
   * A line that opens with a copyright sign, "(c)" and a year, or "Copyright" and a sign or year: a site's notice,
   * however long its terms of use go on ("© 2005-2018, Економічна правда. Використання матеріалів сайту...").
   */
  private static final Pattern COPYRIGHT_OPENING = Pattern.compile(
      "(?:©|\\([cC]\\)\\s*\\d{4}|(?i:copyright)\\s*(?:©|\\([cC]\\)|\\d{4}))");
  private static final Pattern SWITCHER_SEPARATOR = Pattern.compile("[\\p{Z}\\s|/•·,]+");
  private static final Pattern BREADCRUMB_SEPARATOR = Pattern.compile("[\\p{Z}\\s]+[»›>|→][\\p{Z}\\s]+");
  private static final Set<String> LANGUAGE_CODES = Stream.concat(
          Arrays.stream(Locale.getISOLanguages()).filter(c -> c.length() == 2),
          Stream.of("ua", "cz", "gr", "jp", "cn", "dk", "se", "ee", "si", "rs", "by", "kz"))
      .collect(Collectors.toUnmodifiableSet());

  private final List<Rule> anywhere;
  private final List<Rule> head;
  private final List<Rule> tail;
  private final Pattern header;

  Rules(PhraseBook book) {
    this.anywhere = List.of(
        new Rule("ad-label", "ad-label", l -> book.isLine(AD_LABEL, l)),
        new Rule("navigation-item", "navigation", l -> book.isLine(NAVIGATION, l)),
        new Rule("comments-link", "footer", l -> book.isLine(FOOTER, l)),
        new Rule("share-button", "share", l -> book.isLine(SHARE, l)),
        new Rule("symbols-only", "separator", l -> l.letters() == 0 && l.digits() == 0),
        new Rule("date-only", "dateline", l -> l.letters() == 0 && DATE_OR_TIME.matcher(l.content()).find()),
        new Rule("number-only", "counter", l -> l.letters() == 0),
        new Rule("footer-text", "footer", l -> book.contains(FOOTER_TEXT, l)),
        new Rule("copyright-line", "footer", l -> COPYRIGHT_OPENING.matcher(l.content()).lookingAt()),
        new Rule("promo-link", "promo", l -> l.urls() > 0 && book.contains(PROMO, l)),
        new Rule("promo-call", "promo", l -> l.words() <= 20 && l.sentenceBreaks() == 0 && book.opens(PROMO, l)),
        new Rule("tag-list", "tags", l -> !l.endsSentence() && book.opens(TAGS, l)),
        new Rule("related-link", "related", l -> l.words() <= 30 && book.opens(RELATED, l)),
        new Rule("photo-credit", "photo-credit",
            l -> l.words() <= 12 && !l.prose() && book.opensOrFollowsSentenceEnd(PHOTO_CREDIT, l)),
        new Rule("photo-word", "photo-credit",
            l -> l.words() <= 4 && !l.endsSentence() && !l.hasComma() && book.opens(PHOTO_WORD, l)),
        new Rule("link-only", "link", l -> l.urls() > 0 && l.wordsBesideUrls() <= 2 && !l.prose()));
    List<Rule> edges = List.of(
        new Rule("language-codes", "language-switcher", Rules::languageSwitcher),
        Rule.weak("nav-bullet", "navigation",
            l -> l.startsWithBullet() && l.words() <= 4 && !l.endsSentence() && !l.hasComma()),
        new Rule("breadcrumb", "navigation", Rules::breadcrumb),
        new Rule("byline", "byline", l -> l.words() <= 12 && book.opens(BYLINE, l)),
        new Rule("byline-name", "byline", l -> bylineName(book, l)),
        new Rule("dateline", "dateline",
            l -> l.words() <= 8 && l.letterWords() <= 3 && DATE_OR_TIME.matcher(l.content()).find()));
    this.head = edges;
    this.tail = Stream.concat(edges.stream(), Stream.of(
        new Rule("related-tail", "related",
            l -> l.words() <= 30 && l.sentenceBreaks() == 0 && book.opens(RELATED_TAIL, l)),
        Rule.weak("tail-headline", "related", l -> l.headlineLike() && l.words() <= 20 && !l.opensQuote()))).toList();
    this.header = headerPattern(book.phrases(HEADER_KEY));
  }

  /** Rules that may fire on any line. */
  List<Rule> anywhere() {
    return anywhere;
  }

  /** Rules that fire only before the first paragraph. */
  List<Rule> head() {
    return head;
  }

  /** Rules that fire only after the last paragraph. */
  List<Rule> tail() {
    return tail;
  }

  /**
   * The length of a metadata header ("date 2024-07", "Published: 12.03.2024 10:00") opening the line
   * {@code text[start, end)}, with the white space around it, or 0 when the line does not open with one.
   */
  int headerLength(String text, int start, int end) {
    Matcher m = header.matcher(text).region(start, Math.min(end, start + HEADER_WINDOW));
    return m.lookingAt() ? m.end() - start : 0;
  }

  /** One to six ISO 639-1 codes, all upper or all lower case, such as "RU", "UA | EN" or "pl en de". */
  private static boolean languageSwitcher(Line l) {
    if (l.words() == 0 || l.words() > 6 || l.letters() != 2 * l.words()) {
      return false;
    }
    String[] codes = SWITCHER_SEPARATOR.split(l.content());
    return Arrays.stream(codes).filter(c -> !c.isEmpty()).allMatch(c -> c.length() == 2
        && (c.equals(c.toUpperCase(Locale.ROOT)) || c.equals(c.toLowerCase(Locale.ROOT)))
        && LANGUAGE_CODES.contains(c.toLowerCase(Locale.ROOT)));
  }

  /** Three or more short segments between spaced separators: "Home › World › Europe". */
  private static boolean breadcrumb(Line l) {
    if (l.words() > 16 || l.endsSentence()) {
      return false;
    }
    String[] parts = BREADCRUMB_SEPARATOR.split(l.content());
    return parts.length >= 3 && Arrays.stream(parts).allMatch(p -> {
      int words = Line.of(p, 0, 0, p.length()).words();
      return words >= 1 && words <= 4;
    });
  }

  /**
   * A byline word ("By", "Von", "Par") and then a name: up to five words, the first capitalised, the others
   * capitalised or short particles ("Jan de Vries"). "Von der Leyen..." and "Por qué..." are not bylines.
   */
  private static boolean bylineName(PhraseBook book, Line l) {
    if (l.words() < 2 || l.words() > 6 || l.endsSentence() || !book.opens(BYLINE_NAME, l)) {
      return false;
    }
    List<String> name = Arrays.stream(l.content().split("[\\p{Z}\\s,]+")).skip(1).filter(w -> !w.isEmpty()).toList();
    return !name.isEmpty() && Character.isUpperCase(name.get(0).codePointAt(0))
        && name.stream().allMatch(w -> Character.isUpperCase(w.codePointAt(0)) || w.length() <= 3);
  }

  private static Pattern headerPattern(Set<String> keys) {
    String alternatives = keys.stream()
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
        .map(k -> Pattern.quote(k).replace(" ", "\\E\\s+\\Q"))
        .collect(Collectors.joining("|"));
    String date = "(?:\\d{4}-\\d{1,2}(?:-\\d{1,2})?|\\d{1,2}[./]\\d{1,2}[./]\\d{4})(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2})?)?";
    return Pattern.compile("[\\p{Z}\\s]*(?:" + alternatives + ")\\s*[:=]?\\s*" + date + "(?![\\p{L}\\d])[\\p{Z}\\s]*",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }
}

