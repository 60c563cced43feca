package io.storyline.language;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import io.storyline.core.LanguageGuess;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;

/**
 * Identifies the language of a text with Lingua, choosing among the languages of a {@link LanguageSet}.
 *
 * <p>Built once and safe to share between threads. The constructor loads the models: about a second
 * in {@code low} mode, 9 to 14 seconds and 0.7 to 1.5 GB of heap in {@code high} mode (figures in
 * docs/quality-langid.md).
 *
 * <p>Each text costs one Lingua call, on a sample of at most {@value #SAMPLE_LETTERS} letters, and the
 * confidence comes from that call: Lingua's relative distance between the best language and the
 * runner-up ({@code 1 - runnerUp}, as Lingua 1.2 gives the best language 1.0). For a short text (under
 * {@value #SHORT_TEXT_LETTERS} letters) the confidence is that distance; for a longer one it is the
 * distance as a share of {@value #CLEAR_DISTANCE}, capped at 1.0, since the distance of a long text does
 * not grow with its length (0.13 to 0.46 on news articles in one language, 0.04 for Croatian against
 * Bosnian). Neither is a calibrated probability.
 */
public final class LanguageIdentifier {
  /** Provenance recorded on every guess this identifier makes. */
  public static final String SOURCE = "language";

  /** Letters of a text the detector looks at; longer texts are sampled by their longest lines. */
  public static final int SAMPLE_LETTERS = 500;

  /**
   * Minimum relative distance for a short text (under {@value #SHORT_TEXT_LETTERS} letters) to get a
   * language rather than {@code und}. Longer texts only need a strict winner: their distance does not
   * grow with length, so a threshold would turn long texts in close languages (hr/bs/sr, da/nb) into
   * {@code und}.
   */
  public static final double MIN_RELATIVE_DISTANCE = 0.01;

  /**
   * The relative distance at which a long text's language counts as certain (confidence 1.0): below every
   * distance measured on 400 news articles of the benchmark corpus (0.13 to 0.46), above most of those of the
   * closest pairs (Croatian/Bosnian 0.0005 to 0.07, Danish/Bokmål 0.04 to 0.13).
   */
  static final double CLEAR_DISTANCE = 0.1;

  /** Below this many letters a text is short: where Lingua itself switches from 1–5-grams to trigrams. */
  static final int SHORT_TEXT_LETTERS = 120;

  private final LanguageSet languages;
  private final AccuracyMode mode;
  private final double minRelativeDistance;
  private final int sampleLetters;
  private final LanguageDetector detector;

  /** An identifier with the default minimum relative distance. */
  public LanguageIdentifier(LanguageSet languages, AccuracyMode mode) {
    this(languages, mode, MIN_RELATIVE_DISTANCE);
  }

  /** An identifier that answers {@code und} for short texts whose relative distance is below {@code minRelativeDistance}. */
  public LanguageIdentifier(LanguageSet languages, AccuracyMode mode, double minRelativeDistance) {
    this(languages, mode, minRelativeDistance, SAMPLE_LETTERS);
  }

  /** An identifier for a mode given as text ({@code high} or {@code low}), as command-line options give it. */
  public static LanguageIdentifier create(LanguageSet languages, String mode) {
    return new LanguageIdentifier(languages, AccuracyMode.parse(mode));
  }

  LanguageIdentifier(LanguageSet languages, AccuracyMode mode, double minRelativeDistance, int sampleLetters) {
    if (!(minRelativeDistance >= 0.0 && minRelativeDistance < 1.0)) {
      throw new IllegalArgumentException("minimum relative distance must be in [0, 1), found " + minRelativeDistance);
    }
    this.languages = Objects.requireNonNull(languages, "languages");
    this.mode = Objects.requireNonNull(mode, "mode");
    this.minRelativeDistance = minRelativeDistance;
    this.sampleLetters = sampleLetters;
    LanguageDetectorBuilder builder = LanguageDetectorBuilder
        .fromLanguages(languages.linguaLanguages().toArray(Language[]::new))
        .withPreloadedLanguageModels();
    this.detector = (mode == AccuracyMode.LOW ? builder.withLowAccuracyMode() : builder).build();
  }

  public LanguageSet languages() {
    return languages;
  }

  public AccuracyMode mode() {
    return mode;
  }

  /** The language of {@code text}, or {@code und} with confidence 0 when it has no letters or no clear winner. */
  public LanguageGuess detect(CharSequence text) {
    String sample = TextSample.of(text, sampleLetters);
    if (sample.isEmpty()) {
      return undetermined();
    }
    SortedMap<Language, Double> values = detector.computeLanguageConfidenceValues(sample);
    if (values.isEmpty()) {
      return undetermined();
    }
    Iterator<Map.Entry<Language, Double>> ranked = values.entrySet().iterator();
    Map.Entry<Language, Double> best = ranked.next();
    double distance = best.getValue() - (ranked.hasNext() ? ranked.next().getValue() : 0.0);
    boolean isShort = sample.codePoints().filter(Character::isLetter).count() < SHORT_TEXT_LETTERS;
    if (distance <= 0.0 || (isShort && distance < minRelativeDistance)) {
      return undetermined();
    }
    return new LanguageGuess(LanguageSet.code(best.getKey()), isShort ? distance : Math.min(1.0, distance / CLEAR_DISTANCE),
        SOURCE);
  }

  private static LanguageGuess undetermined() {
    return new LanguageGuess(LanguageGuess.UNDETERMINED, 0.0, SOURCE);
  }

  @Override
  public String toString() {
    return "LanguageIdentifier[" + languages.name() + ", " + languages.size() + " languages, " + mode + "]";
  }
}
