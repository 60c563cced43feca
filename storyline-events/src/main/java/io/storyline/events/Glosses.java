package io.storyline.events;

import io.storyline.entities.lexicon.LanguageData;
import io.storyline.entities.text.Tokenizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English glosses of the key action or object of an event, from the translingual concepts ({@link Concepts}) its
 * articles' titles name: "szczyt" in a Polish title and "саміт" in a Ukrainian one give "summit". A concept is a
 * candidate when it is a noun or verb, not a proper name ({@link Concepts#isProper}: "Japan", "German"), whose English
 * gloss is neither the event's kind ("visit" for a visit), nor a word of a name the event holds, nor too general
 * ({@value #GENERAL}); a word written with a capital inside a title that is not written in title case, and a quoted
 * run that opens with a capital ("Северен поток", the pipeline, not a brook) and a numbered name ("Северный
 * поток-2") name something and give no concept. Each title word counts once, for the
 * sense most of the event's titles share, then the one its article names most ("szczyt" is "apex" alone, "summit"
 * beside "саміт"). A concept is shown only when two titles name it, or when it is a noun its article names at least
 * twice beyond the title ({@link #SUPPORT}: a word in passing, Dutch "banden aanhalen", "tighten ties", read as
 * "cushion", is left out; a verb of one title, "agree", "want", says less than the kind already does). It weighs,
 * summed over titles, {@code ln(1 + count in the article) * IDF}: the specific concept the article dwells on first.
 * The counts come from the members' {@link #titleTerms}, what an event keeps of each article's terms.
 */
final class Glosses {
  /** Count of a concept in one article's terms (its title's words count twice) that says the body dwells on it. */
  static final int SUPPORT = 4;
  /** Glosses shown at most. */
  static final int MAX = 2;
  /** Share of a title's words written with a capital above which the title is in title case. */
  static final double TITLE_CASE = 0.6;
  static final String GENERAL = "/io/storyline/events/gist/general-glosses.txt";
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+(?:['’][\\p{L}\\p{M}]+)*");
  /** A run in double quotes or guillemets: a name when it opens with a capital ("Северен поток", «Телеграф»). */
  private static final Pattern QUOTED = Pattern.compile("[\"„“«»]([^\"„“”«»]+)[\"“”»«]");
  /** A word numbered with a hyphen, with the capitalised word before it: a name ("Северный поток-2", "Су-35"). */
  private static final Pattern NUMBERED = Pattern.compile("(?:\\p{Lu}[\\p{L}\\p{M}]*\\s+)?[\\p{L}\\p{M}]+-\\p{N}+");
  private static final Set<String> GENERAL_GLOSSES = read(GENERAL);
  /** Languages that write every noun with a capital: there a capital inside a title does not mark a name. */
  private static final Set<String> CAPITAL_NOUNS = Set.of("de", "lb");

  private Glosses() {}

  /**
   * At most {@link #MAX} English glosses for an event of {@code kind} whose articles are {@code members}, the
   * weightiest first, joined by ", "; {@code null} when none qualifies. {@code names} are the names the event's
   * entities go by; {@code idf} weighs a concept key ({@code 08312359-n}) by how specific it is.
   */
  static String of(List<Profile> members, String kind, Collection<String> names, ToDoubleFunction<String> idf) {
    return of(members, kind, names, idf, Concepts.bundled());
  }

  static String of(List<Profile> members, String kind, Collection<String> names, ToDoubleFunction<String> idf,
      Concepts concepts) {
    List<List<List<String>>> titles = new ArrayList<>(); // per title, per content word, its senses
    Map<String, Integer> titlesNaming = new HashMap<>();
    for (Profile p : members) {
      List<List<String>> words = senses(p.headline(), p.language(), concepts);
      titles.add(words);
      Set<String> named = new HashSet<>();
      words.forEach(named::addAll);
      named.forEach(c -> titlesNaming.merge(c, 1, Integer::sum));
    }
    Set<String> nameWords = nameWords(names);
    Map<String, Double> weight = new LinkedHashMap<>();
    for (int t = 0; t < titles.size(); t++) {
      Map<String, Integer> terms = members.get(t).terms();
      Set<String> counted = new HashSet<>();
      for (List<String> senses : titles.get(t)) {
        List<String> glossed = senses.stream().filter(c -> concepts.gloss(c).isPresent()).toList();
        String best = glossed.stream().max(Comparator.comparingInt((String c) -> titlesNaming.get(c))
            .thenComparingInt(c -> terms.getOrDefault(Terms.CONCEPT + c, 0)).thenComparingInt(c -> -glossed.indexOf(c)))
            .orElse(null);
        if (best == null) {
          continue;
        }
        int count = terms.getOrDefault(Terms.CONCEPT + best, 0);
        int naming = titlesNaming.get(best);
        boolean supported = naming >= 2 || count >= SUPPORT && best.endsWith("-n");
        if (supported && counted.add(best) && shown(best, kind, nameWords, concepts)) {
          weight.merge(best, Math.log(1 + count) * idf.applyAsDouble(best), Double::sum);
        }
      }
    }
    List<String> glosses = new ArrayList<>();
    weight.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .map(e -> concepts.gloss(e.getKey()).orElseThrow()).forEach(g -> {
          if (glosses.size() < MAX && !glosses.contains(g)) {
            glosses.add(g);
          }
        });
    return glosses.isEmpty() ? null : String.join(", ", glosses);
  }

  /**
   * What an event keeps of an article's terms for its gloss: the counts of the concepts its title's words name
   * ({@code c:<synset>}, as in {@link Profile#terms()}).
   */
  static Map<String, Integer> titleTerms(Profile p) {
    Map<String, Integer> kept = new java.util.TreeMap<>();
    for (List<String> senses : senses(p.headline(), p.language(), Concepts.bundled())) {
      for (String c : senses) {
        Integer n = p.terms().get(Terms.CONCEPT + c);
        if (n != null) {
          kept.put(Terms.CONCEPT + c, n);
        }
      }
    }
    return kept;
  }

  /** The senses of each content word of a title that names a concept; names and stop words give none. */
  static List<List<String>> senses(String title, String language, Concepts concepts) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(withoutQuotedNames(title));
    while (m.find()) {
      words.addAll(Tokenizer.words(m.group()));
    }
    long capitalised = words.stream().filter(w -> Character.isUpperCase(w.codePointAt(0))).count();
    boolean titleCase = CAPITAL_NOUNS.contains(language)
        || words.size() > 1 && capitalised > TITLE_CASE * words.size();
    LanguageData data = LanguageData.of(language);
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      String lower = w.toLowerCase(Locale.ROOT);
      boolean name = i > 0 && !titleCase && Character.isUpperCase(w.codePointAt(0));
      if (name || lower.length() < Terms.MIN_CONCEPT_LETTERS || data.isStopword(lower) || isShouted(w)) {
        continue;
      }
      List<String> senses = concepts.of(lower, language);
      if (!senses.isEmpty()) {
        out.add(senses);
      }
    }
    return out;
  }

  /**
   * The title with every quoted run that opens with a capital, and every numbered name, blanked: names, not words to
   * gloss.
   */
  static String withoutQuotedNames(String title) {
    StringBuilder out = new StringBuilder(title);
    Matcher n = NUMBERED.matcher(title);
    while (n.find()) {
      for (int i = n.start(); i < n.end(); i++) {
        out.setCharAt(i, ' ');
      }
    }
    Matcher q = QUOTED.matcher(title);
    while (q.find()) {
      String inside = q.group(1).strip();
      if (!inside.isEmpty() && Character.isUpperCase(inside.codePointAt(0))) {
        for (int i = q.start(); i < q.end(); i++) {
          out.setCharAt(i, ' ');
        }
      }
    }
    return out.toString();
  }

  /** An acronym or a word in capitals ("NATO", "ЄС"): a name, whatever the title's case. */
  private static boolean isShouted(String w) {
    return w.length() > 1 && w.codePoints().allMatch(c -> !Character.isLetter(c) || Character.isUpperCase(c));
  }

  /** Whether {@code concept} may be shown: a noun or verb with a gloss that is no kind, name or general word. */
  private static boolean shown(String concept, String kind, Set<String> nameWords, Concepts concepts) {
    if (!concept.endsWith("-n") && !concept.endsWith("-v") || concepts.isProper(concept)) {
      return false;
    }
    String gloss = concepts.gloss(concept).orElse(null);
    if (gloss == null || GENERAL_GLOSSES.contains(gloss) || sameWord(gloss, kind)) {
      return false;
    }
    for (String part : gloss.split("[\\s_-]+")) {
      if (nameWords.contains(part)) {
        return false;
      }
    }
    return true;
  }

  /** Whether two English words are one word inflected or derived ("talk" and "talks", "meet" and "meeting"). */
  static boolean sameWord(String a, String b) {
    String x = a.toLowerCase(Locale.ROOT);
    String y = b.toLowerCase(Locale.ROOT);
    int common = 0;
    while (common < x.length() && common < y.length() && x.charAt(common) == y.charAt(common)) {
      common++;
    }
    return common == Math.min(x.length(), y.length()) || common >= Terms.PREFIX;
  }

  private static Set<String> nameWords(Collection<String> names) {
    Set<String> out = new HashSet<>();
    for (String n : names) {
      for (String w : n.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}]+")) {
        if (!w.isEmpty()) {
          out.add(w);
        }
      }
    }
    return out;
  }

  private static Set<String> read(String resource) {
    try (InputStream in = Glosses.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      Set<String> out = new HashSet<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String s = line.strip();
        if (!s.isEmpty() && !s.startsWith("#")) {
          out.add(s);
        }
      }
      return Set.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
