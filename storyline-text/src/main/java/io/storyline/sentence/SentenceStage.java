package io.storyline.sentence;

import com.ibm.icu.util.ULocale;
import io.storyline.core.AnalysisBudget;
import io.storyline.core.Article;
import io.storyline.core.LanguageGuess;
import io.storyline.core.Layer;
import io.storyline.core.Layers;
import io.storyline.core.RemovedSpan;
import io.storyline.core.Stage;
import io.storyline.core.TextMask;
import io.storyline.core.TextSpan;
import io.storyline.text.ResourceLines;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Splits the clean text ({@link TextMask#clean}) into {@link Layers#SENTENCES} with ICU's sentence rules for the
 * article's language. Line breaks and removed spans are hard boundaries, so no sentence crosses a line or contains
 * debris. Breaks after the language's abbreviations ({@code abbreviations/<lang>.txt}) and after single-letter
 * initials are removed (see {@link Segmenter}). Sentences are trimmed, never empty, and keep the original offsets.
 *
 * <p>Immutable and thread-safe: one segmenter per listed language is built by the constructor; a language without
 * a list gets ICU's rules for its locale and the initials repair only.
 */
public final class SentenceStage implements Stage {
  /** The stage name, recorded as the provenance of every sentence. */
  public static final String NAME = "sentences";

  private static final String DIR = "abbreviations/";

  private final Map<String, Segmenter> segmenters;
  private final Segmenter fallback;

  /** Builds the segmenters of every language listed in {@code abbreviations/index.txt}. */
  public SentenceStage() {
    Map<String, Segmenter> byLanguage = new HashMap<>();
    for (String file : ResourceLines.entries(SentenceStage.class, DIR + "index.txt")) {
      String code = file.replaceFirst("\\.txt$", "");
      byLanguage.put(code, new Segmenter(new ULocale(code), Abbreviations.load(DIR + file)));
    }
    this.segmenters = Map.copyOf(byLanguage);
    this.fallback = new Segmenter(ULocale.ROOT, Abbreviations.NONE);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.REMOVED, Layers.LANGUAGE);
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layers.SENTENCES);
  }

  /** No sentences. */
  @Override
  public Article skip(Article article) {
    return article.with(Layers.SENTENCES, List.of());
  }

  @Override
  public Article apply(Article article) {
    Segmenter segmenter = segmenterFor(article.expect(Layers.LANGUAGE));
    String clean = TextMask.clean(article);
    List<TextSpan> sentences = new ArrayList<>();
    for (Stretch s : stretches(clean, article.removed())) {
      AnalysisBudget.checkpoint();
      segmenter.split(clean, s.start(), s.end(), sentences);
    }
    return article.with(Layers.SENTENCES, sentences);
  }

  private Segmenter segmenterFor(LanguageGuess language) {
    String code = language.code().toLowerCase(Locale.ROOT);
    Segmenter listed = segmenters.get(code);
    if (listed != null) {
      return listed;
    }
    return language.isDetermined() ? new Segmenter(new ULocale(code), Abbreviations.NONE) : fallback;
  }

  /** The stretches of text between removed spans and line breaks, in order. */
  private static List<Stretch> stretches(String text, List<RemovedSpan> removed) {
    List<RemovedSpan> sorted = removed.stream().sorted(Comparator.comparingInt(RemovedSpan::start)).toList();
    List<Stretch> out = new ArrayList<>();
    int cursor = 0;
    for (RemovedSpan span : sorted) {
      addLines(text, cursor, Math.max(cursor, span.start()), out);
      cursor = Math.max(cursor, span.end());
    }
    addLines(text, cursor, text.length(), out);
    return out;
  }

  private static void addLines(String text, int from, int to, List<Stretch> out) {
    int start = from;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        if (i > start) {
          out.add(new Stretch(start, i));
        }
        start = i + 1;
      }
    }
    if (to > start) {
      out.add(new Stretch(start, to));
    }
  }

  /** A stretch {@code [start, end)} of the text with no line break and nothing removed. */
  private record Stretch(int start, int end) {}
}
