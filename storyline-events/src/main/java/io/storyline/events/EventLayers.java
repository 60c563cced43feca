package io.storyline.events;

import io.storyline.core.Layer;

/** The annotation layers this module adds to articles, for the article export. */
public final class EventLayers {
  private EventLayers() {}

  /** The id of the event the article reports. */
  public static final Layer<String> EVENT = Layer.single("event", String.class, "events");

  /** The id of the storyline the article's event belongs to. */
  public static final Layer<String> STORYLINE = Layer.single("storyline", String.class, "events");
}
