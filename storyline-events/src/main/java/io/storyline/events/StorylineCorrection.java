package io.storyline.events;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * A user's correction of the storylines, as written to {@code storyline-corrections.jsonl} and applied whenever
 * the articles are processed (again), with who made it and when ({@code at} is ISO-8601).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "op")
@JsonSubTypes({
    @JsonSubTypes.Type(value = StorylineCorrection.Merged.class, name = "merged"),
    @JsonSubTypes.Type(value = StorylineCorrection.Split.class, name = "split")})
public sealed interface StorylineCorrection {

  /** The storylines started by these anchor events are one storyline. */
  record Merged(List<String> anchorEventIds, String by, String at) implements StorylineCorrection {}

  /** Events {@code moved} never share a storyline with events {@code rest}. */
  record Split(List<String> moved, List<String> rest, String by, String at) implements StorylineCorrection {}
}
