package io.storyline.events;

import io.storyline.core.Article;
import io.storyline.core.Layer;
import io.storyline.core.Layers;
import io.storyline.core.Lead;
import io.storyline.core.Stage;
import io.storyline.core.TextMask;
import java.util.Map;
import java.util.Set;

/**
 * Adds {@link ProfileText#LAYER}: the text work of an article's profile (terms, event kind), done by the analysis
 * threads instead of the single writer. {@link Profiler#profile} uses it when present and gives the same profile.
 */
public final class ProfileTextStage implements Stage {
  public static final String NAME = "profile";

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
    return Set.of(ProfileText.LAYER);
  }

  /** The clean text and its lead, with no terms and the kind of a plain report. */
  @Override
  public Article skip(Article article) {
    String clean = TextMask.clean(article);
    return article.with(ProfileText.LAYER, new ProfileText(clean, Lead.of(article, clean), Map.of(), EventKinds.REPORT));
  }

  @Override
  public Article apply(Article article) {
    return article.with(ProfileText.LAYER, ProfileText.of(article));
  }
}
