package io.storyline.events;

import java.util.List;
import java.util.Objects;

/**
 * A thread of related events over months or years.
 *
 * @param id           stable id ({@code sl-} followed by the id digits of its anchor, the first event that formed it)
 * @param label        canonical names of its most salient entities, e.g. {@code NATO · Japan}
 * @param startValue   date value of its earliest dated event, or {@code XXXX-XX-XX} when none is dated
 * @param endValue     date value of its latest dated event, or {@code XXXX-XX-XX} when none is dated
 * @param eventIds     its events in timeline order (dated first, by date; then those whose year is unknown)
 * @param languages    ISO 639-1 codes of its articles, sorted
 * @param articleCount how many articles report its events
 */
public record Storyline(String id, String label, String startValue, String endValue, List<String> eventIds,
    List<String> languages, int articleCount) {

  public Storyline {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(startValue, "startValue");
    Objects.requireNonNull(endValue, "endValue");
    eventIds = List.copyOf(eventIds);
    languages = List.copyOf(languages);
    if (eventIds.isEmpty()) {
      throw new IllegalArgumentException("storyline " + id + " has no event");
    }
  }
}
