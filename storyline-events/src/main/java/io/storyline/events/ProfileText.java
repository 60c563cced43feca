package io.storyline.events;

import io.storyline.core.Article;
import io.storyline.core.Layer;
import io.storyline.core.Layers;
import io.storyline.core.Lead;
import io.storyline.core.TextMask;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What an article's {@link Profile} reads from its text alone, before any entity is linked: the clean text, its
 * title and lead, its terms and its event kind. {@link ProfileTextStage} works it out on the analysis threads, so
 * that the single writer of an ingest only does what needs the registry and the order of articles.
 *
 * @param clean the article's clean view ({@link TextMask#clean})
 * @param lead  where its title and lead are
 * @param terms its normalised terms with their counts, the title's counted twice ({@link Terms})
 * @param kind  its event kind ({@link EventKinds#kind})
 */
public record ProfileText(String clean, Lead lead, Map<String, Integer> terms, String kind) {
  /** Not stored with the article: a hand-over from the analysis threads to the writer. */
  public static final Layer<ProfileText> LAYER = Layer.single("profileText", ProfileText.class, ProfileTextStage.NAME);

  public ProfileText {
    Objects.requireNonNull(clean, "clean");
    Objects.requireNonNull(lead, "lead");
    Objects.requireNonNull(kind, "kind");
    terms = Collections.unmodifiableMap(terms);
  }

  /**
   * The text reading of {@code article}, which needs the {@code language} layer.
   *
   * @throws IllegalStateException naming the missing layer when the article was not analysed
   */
  public static ProfileText of(Article article) {
    String language = article.expect(Layers.LANGUAGE).code();
    String clean = TextMask.clean(article);
    Lead where = Lead.of(article, clean);
    String title = clean.substring(where.titleStart(), where.titleEnd());
    String lead = clean.substring(where.titleEnd(), where.leadEnd());
    Map<String, Integer> terms = new TreeMap<>(Terms.of(clean, language));
    Terms.of(title, language).forEach((t, n) -> terms.merge(t, n, Integer::sum));
    return new ProfileText(clean, where, terms, EventKinds.of(language).kind(title, lead));
  }

  /** The title line of the clean text. */
  public String title() {
    return clean.substring(lead.titleStart(), lead.titleEnd());
  }
}
