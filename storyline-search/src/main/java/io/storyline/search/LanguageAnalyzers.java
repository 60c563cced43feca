package io.storyline.search;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.ca.CatalanAnalyzer;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.lt.LithuanianAnalyzer;
import org.apache.lucene.analysis.lv.LatvianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;
import org.apache.lucene.analysis.uk.UkrainianMorfologikAnalyzer;

/**
 * The analysis of every field: one body field per language with that language's stemmer or
 * lemmatiser, and a language-neutral field (ICU word breaks) that every article also fills. ICU
 * folding (case, accents, width) runs last on every field, so "Ishiba" finds "Ishibą" in the neutral field.
 *
 * <p>Thread-safe; Lucene reuses token streams per thread.
 */
final class LanguageAnalyzers extends AnalyzerWrapper {
  /** Field prefix of the per-language body fields: {@code body_pl}, {@code body_uk}, ... */
  static final String BODY_PREFIX = "body_";
  /** The language-neutral body field every article fills. */
  static final String BODY = "body";
  static final String TITLE = "title";

  private static final Map<String, Supplier<Analyzer>> RECIPES = recipes();

  private final Map<String, Analyzer> byField = new TreeMap<>();
  private final Analyzer neutral = new Analyzer() {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      return new TokenStreamComponents(new ICUTokenizer());
    }
  };

  LanguageAnalyzers() {
    super(PER_FIELD_REUSE_STRATEGY);
    RECIPES.forEach((code, recipe) -> byField.put(BODY_PREFIX + code, recipe.get()));
  }

  /** ISO 639-1 codes with a language-specific analysis; other languages use the neutral field only. */
  static Set<String> languages() {
    return RECIPES.keySet();
  }

  /** The body field for a language, or empty when the language has no own analysis. */
  static java.util.Optional<String> fieldFor(String lang) {
    return lang != null && RECIPES.containsKey(lang) ? java.util.Optional.of(BODY_PREFIX + lang) : java.util.Optional.empty();
  }

  /** Every body field a query searches: the neutral one first, then one per language. */
  static String[] bodyFields() {
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(BODY),
        RECIPES.keySet().stream().map(c -> BODY_PREFIX + c)).toArray(String[]::new);
  }

  @Override
  protected Analyzer getWrappedAnalyzer(String fieldName) {
    return byField.getOrDefault(fieldName, neutral);
  }

  @Override
  protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
    return new TokenStreamComponents(components.getSource(), new ICUFoldingFilter(components.getTokenStream()));
  }

  @Override
  public void close() {
    byField.values().forEach(Analyzer::close);
    neutral.close();
    super.close();
  }

  private static Map<String, Supplier<Analyzer>> recipes() {
    Map<String, Supplier<Analyzer>> m = new TreeMap<>();
    m.put("bg", BulgarianAnalyzer::new);
    m.put("ca", CatalanAnalyzer::new);
    m.put("cs", CzechAnalyzer::new);
    m.put("da", DanishAnalyzer::new);
    m.put("de", GermanAnalyzer::new);
    m.put("el", GreekAnalyzer::new);
    m.put("en", EnglishAnalyzer::new);
    m.put("es", SpanishAnalyzer::new);
    m.put("fi", FinnishAnalyzer::new);
    m.put("fr", FrenchAnalyzer::new);
    m.put("hu", HungarianAnalyzer::new);
    m.put("it", ItalianAnalyzer::new);
    m.put("lt", LithuanianAnalyzer::new);
    m.put("lv", LatvianAnalyzer::new);
    m.put("nl", DutchAnalyzer::new);
    m.put("no", NorwegianAnalyzer::new);
    m.put("pl", PolishAnalyzer::new);
    m.put("pt", PortugueseAnalyzer::new);
    m.put("ro", RomanianAnalyzer::new);
    m.put("ru", RussianAnalyzer::new);
    m.put("sv", SwedishAnalyzer::new);
    m.put("tr", TurkishAnalyzer::new);
    m.put("uk", UkrainianMorfologikAnalyzer::new);
    return Map.copyOf(m);
  }
}
