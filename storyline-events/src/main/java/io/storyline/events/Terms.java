package io.storyline.events;

import io.storyline.core.AnalysisBudget;
import io.storyline.entities.EntityType;
import io.storyline.entities.key.NameKey;
import io.storyline.entities.lexicon.LanguageData;
import io.storyline.entities.text.Tokenizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.fa.PersianNormalizationFilter;
import org.apache.lucene.analysis.fa.PersianStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Normalised terms of a text, comparable across languages and scripts without translation: words are lowercased,
 * stop words dropped, romanised and reduced the way entity linking keys are ({@code парламент} and
 * {@code parlament} agree), then cut to their first {@value #PREFIX} letters, so inflections and many cognates
 * ({@code ukrainy}, {@code україни}, {@code ukraine}) meet. A word that names a translingual concept
 * ({@link Concepts}: {@code szczyt}, {@code саміт}, {@code vertice}, {@code summit}) gives the concept terms
 * {@code c:<synset>} of its {@link Concepts#PER_WORD} most shared senses, so words that are not cognates meet too;
 * pairwise similarity compares them instead of the word's prefix ({@link #pairwise}), event clustering and
 * storylines compare the prefixes only ({@link #plain}).
 * Numbers of two or more digits are kept as they are. Thread-safe; each word's terms are cached.
 */
public final class Terms {
  /** Letters kept of each reduced word: long enough to tell most words apart, short enough to meet cognates. */
  public static final int PREFIX = 5;
  /** Reduced words shorter than this are dropped (particles, most abbreviations). */
  public static final int MIN_LETTERS = 4;
  /** Words shorter than this are not looked up as concepts. */
  static final int MIN_CONCEPT_LETTERS = 3;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+(?:['’][\\p{L}\\p{M}]+)*|\\p{N}{2,}(?:[.,]\\p{N}{3})*");
  private static final int CACHE_LIMIT = 400_000;
  private static final Map<String, Reduced> CACHE = new ConcurrentHashMap<>();
  /** Prefix of a concept term: {@code c:08312359-n}. */
  public static final String CONCEPT = "c:";
  /** Prefix of a covered count: {@code ~sumit}, the occurrences of {@code sumit} from words that name a concept. */
  public static final String COVERED = "~";
  private static final Map<String, String> CONCEPT_TERMS = new ConcurrentHashMap<>();

  /**
   * Lucene's normaliser and light stemmer for languages that write clitics and affixes into the word, where the
   * first letters of the written word are not the first letters of its stem (Arabic "والحكومة", "and the
   * government"; Persian plural "کتابها"). One word in, its stem out; Lucene reuses the chain per thread.
   */
  private static final Map<String, Analyzer> LIGHT_STEMMERS = Map.of(
      "ar", oneWord(source -> new ArabicStemFilter(new ArabicNormalizationFilter(source))),
      "fa", oneWord(source -> new PersianStemFilter(new PersianNormalizationFilter(source))));

  private static Analyzer oneWord(Function<TokenStream, TokenStream> filters) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        org.apache.lucene.analysis.Tokenizer source = new KeywordTokenizer();
        return new TokenStreamComponents(source, filters.apply(source));
      }
    };
  }

  private Terms() {}

  /**
   * The normalised terms of {@code text} written in {@code language}, with their counts, sorted: every word's
   * prefix term, the concept terms ({@code c:<synset>}) of the words that name a concept, and for those words also
   * {@code ~<prefix>}, how many of the prefix's occurrences came from a word with concepts ({@link #pairwise}).
   */
  public static Map<String, Integer> of(String text, String language) {
    LanguageData data = LanguageData.of(language);
    Map<String, Integer> counts = new TreeMap<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      AnalysisBudget.checkpoint();
      for (String w : Tokenizer.words(m.group())) { // Chinese, Japanese, Thai: ICU's words of the unspaced run
        String word = w.toLowerCase(Locale.ROOT);
        if (Character.isDigit(word.charAt(0))) {
          counts.merge(withoutSeparators(word), 1, Integer::sum);
        } else if (!data.isStopword(word)) {
          Reduced r = reduced(word, language);
          if (!r.prefix().isEmpty()) {
            counts.merge(r.prefix(), 1, Integer::sum);
            if (r.concepts().length > 0) {
              counts.merge(r.covered(), 1, Integer::sum);
            }
          }
          for (String c : r.concepts()) {
            counts.merge(c, 1, Integer::sum);
          }
        }
      }
    }
    return counts;
  }

  /** The word's light stem where the language has a stemmer in {@link #LIGHT_STEMMERS}, else the word. */
  private static String lightStem(String word, String language) {
    Analyzer stemmer = LIGHT_STEMMERS.get(language);
    if (stemmer == null) {
      return word;
    }
    try (TokenStream stream = stemmer.tokenStream("", word)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      String stem = stream.incrementToken() ? term.toString() : word;
      stream.end();
      return stem;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot stem the word " + word + " (" + language + ")", e);
    }
  }

  /**
   * The prefix term of one lowercase word (empty when it is too short to carry meaning) and its concept terms,
   * cached.
   */
  private static Reduced reduced(String word, String language) {
    String cacheKey = language + '|' + word;
    Reduced cached = CACHE.get(cacheKey);
    if (cached != null) {
      return cached;
    }
    String stem = lightStem(word, language);
    String key = NameKey.of(stem, EntityType.MISC, language).replace(" ", "");
    String term = key.length() < MIN_LETTERS || !key.chars().allMatch(c -> c >= 'a' && c <= 'z') ? ""
        : key.substring(0, Math.min(PREFIX, key.length()));
    // a word too short for a prefix term may still name a concept (szczyt reduces to "sit"; war, oil, tax)
    List<String> concepts = word.length() < MIN_CONCEPT_LETTERS ? List.of() : Concepts.bundled().of(word, language);
    if (concepts.isEmpty() && !stem.equals(word)) {
      concepts = Concepts.bundled().of(stem, language); // Arabic والحكومة: حكومة
    }
    String[] conceptTerms = new String[concepts.size()];
    for (int i = 0; i < conceptTerms.length; i++) {
      conceptTerms[i] = CONCEPT_TERMS.computeIfAbsent(concepts.get(i), c -> CONCEPT + c);
    }
    Reduced reduced = new Reduced(term, conceptTerms, COVERED + term);
    if (CACHE.size() > CACHE_LIMIT) {
      CACHE.clear();
    }
    CACHE.put(cacheKey, reduced);
    return reduced;
  }

  /** Whether {@code term} is a concept term ({@code c:08312359-n}) rather than a word's prefix. */
  public static boolean isConcept(String term) {
    return term.startsWith(CONCEPT);
  }

  /** The concept key of a concept term ({@code 08312359-n} of {@code c:08312359-n}). */
  public static String concept(String term) {
    if (!isConcept(term)) {
      throw new IllegalArgumentException("'" + term + "' is not a concept term (" + CONCEPT + "<synset>)");
    }
    return term.substring(CONCEPT.length());
  }

  /** Whether {@code term} is a plain term (a word's prefix or a number), neither a concept nor a covered count. */
  public static boolean isPlain(String term) {
    return !term.startsWith(CONCEPT) && !term.startsWith(COVERED);
  }

  /**
   * The terms pairwise similarity compares: concept terms, and each prefix term counted only for the words that name
   * no concept ({@code szczyt}, {@code саміт} and {@code summit} meet as {@code c:08312359-n}; their prefixes do not
   * count besides), chosen on the SemEval tuning half (docs/quality-events.md). Event clustering and storylines
   * compare the plain terms only ({@link #plain}): their thresholds were chosen on prefix terms.
   */
  public static Map<String, Integer> pairwise(Map<String, Integer> terms) {
    Map<String, Integer> kept = new TreeMap<>();
    terms.forEach((term, n) -> {
      if (term.startsWith(CONCEPT)) {
        kept.put(term, n);
      } else if (!term.startsWith(COVERED)) {
        int left = n - terms.getOrDefault(COVERED + term, 0);
        if (left > 0) {
          kept.put(term, left);
        }
      }
    });
    return kept;
  }

  /** The plain terms of {@code terms}: word prefixes and numbers, as event clustering and storylines compare them. */
  public static Map<String, Integer> plain(Map<String, Integer> terms) {
    Map<String, Integer> kept = new TreeMap<>();
    terms.forEach((term, n) -> {
      if (isPlain(term)) {
        kept.put(term, n);
      }
    });
    return kept;
  }

  /**
   * The language-neutral terms of {@code terms}: concept terms and numbers, what two articles in different languages
   * share beside their entities (their word prefixes barely meet); cross-lingual event clustering compares these.
   */
  public static Map<String, Integer> neutral(Map<String, Integer> terms) {
    Map<String, Integer> kept = new TreeMap<>();
    terms.forEach((term, n) -> {
      if (term.startsWith(CONCEPT) || Character.isDigit(term.charAt(0))) {
        kept.put(term, n);
      }
    });
    return kept;
  }

  private record Reduced(String prefix, String[] concepts, String covered) {}

  /** A number without its group and decimal marks ("1.200,5" -> "12005"), as one key in every language. */
  private static String withoutSeparators(String number) {
    StringBuilder b = new StringBuilder(number.length());
    for (int i = 0; i < number.length(); i++) {
      char c = number.charAt(i);
      if (c != '.' && c != ',') {
        b.append(c);
      }
    }
    return b.toString();
  }
}
