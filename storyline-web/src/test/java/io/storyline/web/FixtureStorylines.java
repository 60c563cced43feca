package io.storyline.web;

import io.storyline.web.EntityDirectory.EntitySummary;
import java.util.List;
import java.util.Optional;

/** One hand-written storyline over the example corpus, with month- and day-precise events and one whose date is only a weekday. Test data. */
final class FixtureStorylines implements StorylineDirectory {
  static final String ID = "nato-japan";
  private static final EntitySummary STOLTENBERG = new EntitySummary("jens-stoltenberg", "Jens Stoltenberg", "PER", 7, List.of("hu", "nl", "uk"));
  private static final EntitySummary RUTTE = new EntitySummary("mark-rutte", "Mark Rutte", "PER", 3, List.of("pl"));
  private final List<EventCard> events;
  private final StorylineSummary storyline;

  /** The storyline, with its articles looked up in the corpus. */
  FixtureStorylines(Corpus corpus) {
    events = List.of(
      new EventCard("nato-office-tokyo", ID, DateSpan.parse("2023-05").orElseThrow(), "May 2023", "2023-05", 0.62,
          "NATO plans a liaison office in Tokyo.", List.of("uk"), List.of(STOLTENBERG), List.of(corpus.id("001"))),
      new EventCard("stoltenberg-kishida", ID, DateSpan.parse("2023-07-12").orElseThrow(), "12 July 2023", "2023-07-12", 0.85,
          "Stoltenberg and Kishida agree on closer security ties.", List.of("nl"), List.of(STOLTENBERG), List.of(corpus.id("004"))),
      new EventCard("joint-exercises", ID, DateSpan.parse("2024-07").orElseThrow(), "July 2024", "2024-07", 0.5,
          "NATO and Japan extend joint exercises from sea to cyberspace.", List.of("hu"), List.of(STOLTENBERG), List.of(corpus.id("003"))),
      new EventCard("rutte-in-tokyo", ID, DateSpan.parse("2025-04-08/2025-04-09").orElseThrow(), "8–9 April 2025",
          "2025-04-08/2025-04-09", 0.34, "Mark Rutte visits Japan.", List.of("pl"), List.of(RUTTE), List.of(corpus.id("000"))),
      new EventCard("talks-on-a-thursday", ID, null, "Thursday, date unknown", "XXXX-WXX-4", 0.38,
          "NATO and Japan hold talks in Rome.", List.of("it"), List.of(RUTTE), List.of(corpus.id("002"))));
    storyline = new StorylineSummary(ID, "NATO and Japan move closer",
        DateSpan.parse("2023-05/2025-04-09").orElseThrow(), List.of("hu", "it", "nl", "pl", "uk"), events.size(), 5);
  }

  @Override
  public long count() {
    return 1;
  }

  @Override
  public Page<StorylineSummary> storylines(String cursor, int limit) {
    return new Page<>(List.of(storyline), null);
  }

  @Override
  public Optional<StorylineSummary> storyline(String id) {
    return ID.equals(id) ? Optional.of(storyline) : Optional.empty();
  }

  @Override
  public Page<EventCard> events(String storylineId, String cursor, int limit) {
    return storylineId == null || ID.equals(storylineId) ? new Page<>(events, null) : Page.empty();
  }

  @Override
  public Optional<EventCard> eventOf(String articleId) {
    return events.stream().filter(e -> e.articleIds().contains(articleId)).findFirst();
  }

  @Override
  public Optional<EventCard> event(String id) {
    return events.stream().filter(e -> e.id().equals(id)).findFirst();
  }
}
