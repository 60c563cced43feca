package io.storyline.time;

import io.storyline.core.Layer;
import java.util.List;

/** The annotation layers of the time stage. */
public final class TimeLayers {
  private TimeLayers() {}

  /** Time expressions in the clean text, in text order. */
  public static final Layer<List<TimeExpression>> TIMES = Layer.list("times", TimeExpression.class, "times");

  /** The publication date; absent when none was found. */
  public static final Layer<PublicationDate> PUBLISHED = Layer.single("published", PublicationDate.class, "times");

  /** The date of the main happening the article reports. */
  public static final Layer<EventDate> EVENT_DATE = Layer.single("eventDate", EventDate.class, "times");
}
