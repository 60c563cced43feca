package io.storyline.language;

import io.storyline.core.Article;
import io.storyline.core.LanguageGuess;
import io.storyline.core.Layer;
import io.storyline.core.Layers;
import io.storyline.core.Stage;
import io.storyline.core.TextMask;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Adds the {@link Layers#LANGUAGE} layer: the language given in the article's {@code lang} metadata
 * when it is a valid ISO 639-1 code, otherwise the one detected on the clean text as a whole.
 *
 * <p>Detection looks at the article's long prose lines (see {@link LanguageIdentifier}), so a lone
 * language-switcher line, a short phrase or a promo link in another script cannot flip the article.
 */
public final class LanguageStage implements Stage {
  public static final String NAME = "language";

  /** Provenance of a language taken from the article's metadata. */
  public static final String GIVEN = "given";

  private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

  private final LanguageIdentifier identifier;

  public LanguageStage(LanguageIdentifier identifier) {
    this.identifier = Objects.requireNonNull(identifier, "identifier");
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.REMOVED);
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layers.LANGUAGE);
  }

  @Override
  public Article apply(Article article) {
    LanguageGuess guess = givenLanguage(article.meta().get("lang"))
        .map(code -> new LanguageGuess(code, 1.0, GIVEN))
        .orElseGet(() -> identifier.detect(TextMask.clean(article)));
    return article.with(Layers.LANGUAGE, guess);
  }

  /** The language given in the input's {@code lang}, else undetermined. */
  @Override
  public Article skip(Article article) {
    return article.with(Layers.LANGUAGE, givenLanguage(article.meta().get("lang"))
        .map(code -> new LanguageGuess(code, 1.0, GIVEN))
        .orElseGet(() -> new LanguageGuess(LanguageGuess.UNDETERMINED, 0.0, NAME)));
  }

  /** The ISO 639-1 code in a {@code lang} value such as {@code pl}, {@code PL}, {@code pl-PL} or {@code pl_PL}. */
  static Optional<String> givenLanguage(String lang) {
    if (lang == null || lang.isBlank()) {
      return Optional.empty();
    }
    String primary = lang.strip().split("[-_]", 2)[0];
    String code = Locale.forLanguageTag(primary).getLanguage();
    return code.length() == 2 && ISO_639_1.contains(code) ? Optional.of(code) : Optional.empty();
  }

  @Override
  public String toString() {
    return NAME + " (" + identifier + ")";
  }
}
