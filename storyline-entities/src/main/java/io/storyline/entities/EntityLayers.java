package io.storyline.entities;

import io.storyline.core.Layer;
import java.util.List;

/** The annotation layers this module provides. */
public final class EntityLayers {
  private EntityLayers() {}

  /** Name mentions in text order; entity ids are filled in by {@code EntityRegistry.link}. */
  public static final Layer<List<Mention>> MENTIONS = Layer.list("entities", Mention.class, "entities");
}
