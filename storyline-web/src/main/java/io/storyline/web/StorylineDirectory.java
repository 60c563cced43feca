package io.storyline.web;

import java.util.List;
import java.util.Optional;

/**
 * Events and storylines as the web UI sees them. {@link #NONE} stands in until the storyline stage
 * is plugged in. Implementations must be thread-safe.
 */
public interface StorylineDirectory {
  /** Nothing yet: no storylines, no events. */
  StorylineDirectory NONE = new StorylineDirectory() {
    @Override
    public boolean available() {
      return false;
    }

    @Override
    public Page<StorylineSummary> storylines(String cursor, int limit) {
      return Page.empty();
    }

    @Override
    public Optional<StorylineSummary> storyline(String id) {
      return Optional.empty();
    }

    @Override
    public Page<EventCard> events(String storylineId, String cursor, int limit) {
      return Page.empty();
    }

    @Override
    public Optional<EventCard> event(String id) {
      return Optional.empty();
    }
  };

  /** False for {@link #NONE}, so the UI can say storylines are not there yet. */
  default boolean available() {
    return true;
  }

  /** How many storylines there are. */
  default long count() {
    return 0;
  }

  /** Storylines, most recently active first; {@code cursor} is the previous page's {@link Page#next()}. */
  Page<StorylineSummary> storylines(String cursor, int limit);

  Optional<StorylineSummary> storyline(String id);

  /** Events in date order, of one storyline or (when {@code storylineId} is null) of all. */
  Page<EventCard> events(String storylineId, String cursor, int limit);

  Optional<EventCard> event(String id);

  /** Merges {@code others} into the storyline {@code id}; returns the merged storyline. */
  default StorylineSummary merge(String id, List<String> others) {
    throw new java.util.NoSuchElementException("unknown storyline '" + id + "': no storylines are configured");
  }

  /** Moves {@code eventIds} of storyline {@code id} into a new storyline; returns both. */
  default List<StorylineSummary> split(String id, List<String> eventIds) {
    throw new java.util.NoSuchElementException("unknown storyline '" + id + "': no storylines are configured");
  }

  /** The event an article reports, or empty when it is in none (or storylines are not there yet). */
  default Optional<EventCard> eventOf(String articleId) {
    return Optional.empty();
  }

  /** The direct quotations found in an article, in text order. */
  default List<QuoteRef> quotesOf(String articleId) {
    return List.of();
  }

  /**
   * A direct quotation in an article.
   *
   * @param start       first character of the quotation in the article's text
   * @param end         one past its last character
   * @param speakerId   the entity id of who said it, or null when unknown
   * @param speakerName who said it, as named, or null when unknown
   */
  record QuoteRef(int start, int end, String text, String speakerId, String speakerName) {}

  /** A storyline's events in date order, for the timeline; empty when the storyline is unknown. */
  default Optional<Timeline> timeline(String storylineId) {
    return storyline(storylineId).map(s -> new Timeline(s, Page.all((cursor, n) -> events(storylineId, cursor, n), 100)));
  }

  /**
   * A storyline in the overview.
   *
   * @param span      from its first to its last event, or {@code null} when no event is dated
   * @param languages languages of its articles
   */
  record StorylineSummary(String id, String label, DateSpan span, List<String> languages, int events, int articles) {
    public StorylineSummary {
      languages = List.copyOf(languages);
    }
  }

  /**
   * An event, as its card shows it.
   *
   * @param date        when it happened, as precise as known, as days to draw; {@code null} when its year is unknown
   * @param when        when it happened in words, always present: "July 2024", "Thursday, date unknown",
   *                    "date unknown"
   * @param dateValue   the machine value ({@code 2024-07}, {@code XXXX-WXX-4}, {@code XXXX-XX-XX})
   * @param dateConfidence how sure the date is, in {@code [0, 1]} (0 for an unknown date)
   * @param gist        one or two sentences saying what happened
   * @param keyEntities the entities most central to it
   * @param articleIds  the articles that report it
   */
  record EventCard(String id, String storylineId, DateSpan date, String when, String dateValue, double dateConfidence,
      String gist, List<String> languages,
      List<EntityDirectory.EntitySummary> keyEntities, List<String> articleIds) {
    public EventCard {
      languages = List.copyOf(languages);
      keyEntities = List.copyOf(keyEntities);
      articleIds = List.copyOf(articleIds);
    }

    /** How sure the date is in a word (low, medium, high), or null for an unknown date. */
    @com.fasterxml.jackson.annotation.JsonProperty("confidence")
    public String confidence() {
      return dateValue == null || io.storyline.core.DateWords.of(dateValue).equals(io.storyline.core.DateWords.UNKNOWN)
          ? null : io.storyline.core.DateWords.confidenceWord(dateConfidence);
    }
  }

  /** A storyline with all its events, for the timeline view. */
  record Timeline(StorylineSummary storyline, List<EventCard> events) {
    public Timeline {
      events = List.copyOf(events);
    }
  }
}
