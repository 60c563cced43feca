package io.storyline.app;

import io.storyline.core.Layer;
import io.storyline.entities.EntityLayers;
import io.storyline.events.EventLayers;
import io.storyline.store.ArticleJson;
import io.storyline.store.LuceneArticleStore;
import io.storyline.time.TimeLayers;
import java.nio.file.Path;
import java.util.List;

/** Opens the embedded store with the codec for every layer the analysis produces. */
public final class Storage {
  /** The layers beyond the foundation ones that the store and the export keep. */
  public static final List<Layer<?>> EXTRA_LAYERS = List.of(TimeLayers.PUBLISHED, TimeLayers.TIMES, TimeLayers.EVENT_DATE,
      EntityLayers.MENTIONS, EventLayers.EVENT, EventLayers.STORYLINE);

  private Storage() {}

  public static ArticleJson codec() {
    return new ArticleJson(EXTRA_LAYERS);
  }

  public static LuceneArticleStore open(Path dataDir) {
    return LuceneArticleStore.open(dataDir, codec());
  }
}
