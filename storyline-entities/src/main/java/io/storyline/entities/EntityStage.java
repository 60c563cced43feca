package io.storyline.entities;

import io.storyline.core.Article;
import io.storyline.core.Layer;
import io.storyline.core.Layers;
import io.storyline.core.Stage;
import io.storyline.core.TextMask;
import java.util.List;
import java.util.Set;

/**
 * The {@code entities} stage: recognises names in the clean text, reduces them to base forms and gives each a
 * linking key. Linking to the registry is a separate, single-writer step ({@code EntityRegistry.link}).
 * Thread-safe.
 */
public final class EntityStage implements Stage {
  public static final String NAME = "entities";

  private final MentionRecognizer recognizer;

  public EntityStage(MentionRecognizer recognizer) {
    this.recognizer = recognizer;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.LANGUAGE, Layers.REMOVED);
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(EntityLayers.MENTIONS);
  }

  /** No mentions. */
  @Override
  public Article skip(Article article) {
    return article.with(EntityLayers.MENTIONS, List.of());
  }

  /** Adds the {@code entities} layer; an undetermined language gets gazetteers, acronyms and shape rules only. */
  @Override
  public Article apply(Article article) {
    String language = article.expect(Layers.LANGUAGE).code();
    List<Mention> mentions = recognizer.recognise(TextMask.clean(article), language);
    return article.with(EntityLayers.MENTIONS, mentions);
  }
}
