package io.storyline.events;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.bg.BulgarianStemFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.cz.CzechStemFilter;
import org.apache.lucene.analysis.el.GreekLowerCaseFilter;
import org.apache.lucene.analysis.el.GreekStemFilter;
import org.apache.lucene.analysis.fa.PersianNormalizationFilter;
import org.apache.lucene.analysis.fa.PersianStemFilter;
import org.apache.lucene.analysis.fi.FinnishLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.hu.HungarianLightStemFilter;
import org.apache.lucene.analysis.lv.LatvianStemFilter;
import org.apache.lucene.analysis.no.NorwegianLightStemFilter;
import org.apache.lucene.analysis.pt.PortugueseLightStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.sv.SwedishLightStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tr.TurkishLowerCaseFilter;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.tartarus.snowball.ext.CatalanStemmer;
import org.tartarus.snowball.ext.DanishStemmer;
import org.tartarus.snowball.ext.EstonianStemmer;
import org.tartarus.snowball.ext.LithuanianStemmer;
import org.tartarus.snowball.ext.RomanianStemmer;
import org.tartarus.snowball.ext.TurkishStemmer;

/**
 * Lucene's light stemmers of one word, for the languages whose words have no dictionary base forms here
 * ({@link io.storyline.entities.lemma.NameLemmatizer} covers pl uk ru de en es it nl): Arabic and Persian (clitics and
 * affixes written into the word: "والحكومة", "and the government"), Turkish (agglutinated suffixes: "seçimlerde",
 * "in the elections"), French, Portuguese, Catalan, Romanian, the Nordic and Baltic languages, Bulgarian, Czech,
 * Greek, Finnish, Hungarian and Estonian. The stem is no word, but a word and its dictionary form mostly share it, so
 * {@link Concepts} finds a word's concepts by the stems of the lemmas of its table. Thread-safe; Lucene reuses each
 * chain per thread.
 */
final class LightStemmers {
  /** The Catalan elided articles and pronouns ("l'elecció"), as Lucene's CatalanAnalyzer strips them. */
  private static final CharArraySet CATALAN_ARTICLES = new CharArraySet(
      java.util.List.of("d", "l", "m", "n", "s", "t"), true);

  private static final Map<String, Analyzer> STEMMERS = Map.ofEntries(
      Map.entry("ar", oneWord(s -> new ArabicStemFilter(new ArabicNormalizationFilter(s)))),
      Map.entry("fa", oneWord(s -> new PersianStemFilter(new PersianNormalizationFilter(s)))),
      Map.entry("tr", oneWord(s -> new SnowballFilter(new TurkishLowerCaseFilter(s), new TurkishStemmer()))),
      Map.entry("fr", oneWord(s -> new FrenchLightStemFilter(new ElisionFilter(s, FrenchAnalyzer.DEFAULT_ARTICLES)))),
      Map.entry("ca", oneWord(s -> new SnowballFilter(new ElisionFilter(s, CATALAN_ARTICLES), new CatalanStemmer()))),
      Map.entry("pt", oneWord(PortugueseLightStemFilter::new)),
      Map.entry("ro", oneWord(s -> new SnowballFilter(s, new RomanianStemmer()))),
      Map.entry("da", oneWord(s -> new SnowballFilter(s, new DanishStemmer()))),
      Map.entry("nb", oneWord(NorwegianLightStemFilter::new)),
      Map.entry("sv", oneWord(SwedishLightStemFilter::new)),
      Map.entry("fi", oneWord(FinnishLightStemFilter::new)),
      Map.entry("et", oneWord(s -> new SnowballFilter(s, new EstonianStemmer()))),
      Map.entry("lt", oneWord(s -> new SnowballFilter(s, new LithuanianStemmer()))),
      Map.entry("lv", oneWord(LatvianStemFilter::new)),
      Map.entry("bg", oneWord(BulgarianStemFilter::new)),
      Map.entry("cs", oneWord(CzechStemFilter::new)),
      Map.entry("el", oneWord(s -> new GreekStemFilter(new GreekLowerCaseFilter(s)))),
      Map.entry("hu", oneWord(HungarianLightStemFilter::new)));

  private LightStemmers() {}

  private static Analyzer oneWord(Function<TokenStream, TokenStream> filters) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        org.apache.lucene.analysis.Tokenizer source = new KeywordTokenizer();
        return new TokenStreamComponents(source, filters.apply(source));
      }
    };
  }

  /** Whether {@code language} has a light stemmer here. */
  static boolean covers(String language) {
    return STEMMERS.containsKey(language);
  }

  /** The light stem of one lowercase word, or empty when the language has no stemmer here. */
  static Optional<String> stem(String word, String language) {
    Analyzer stemmer = STEMMERS.get(language);
    if (stemmer == null) {
      return Optional.empty();
    }
    try (TokenStream stream = stemmer.tokenStream("", word)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      String stem = stream.incrementToken() ? term.toString() : word;
      stream.end();
      return Optional.of(stem);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot stem the word " + word + " (" + language + ")", e);
    }
  }
}
