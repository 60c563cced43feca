package io.storyline.app;

import io.storyline.core.DateWords;
import io.storyline.core.DidYouMean;
import io.storyline.events.Chronicle;
import io.storyline.events.Event;
import io.storyline.events.Storyline;
import io.storyline.web.DateSpan;
import io.storyline.web.EntityDirectory.EntitySummary;
import io.storyline.web.Page;
import io.storyline.web.StorylineDirectory;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Events and storylines as the web UI sees them, read from the workspace's chronicle. */
public final class ChronicleDirectory implements StorylineDirectory {
  private static final String BY = "web";
  /** Most recently active first: by the last day of the span, undated storylines last, then by more articles. */
  private static final java.util.Comparator<StorylineSummary> RECENT_FIRST = java.util.Comparator
      .comparing((StorylineSummary s) -> s.span() == null ? LocalDate.MIN : s.span().latest(), java.util.Comparator.reverseOrder())
      .thenComparing(StorylineSummary::articles, java.util.Comparator.reverseOrder());
  private final Workspace workspace;

  public ChronicleDirectory(Workspace workspace) {
    this.workspace = workspace;
  }

  @Override
  public long count() {
    return chronicle().storylines().size();
  }

  @Override
  public Page<StorylineSummary> storylines(String cursor, int limit) {
    return Page.slice(chronicle().storylines().stream().map(this::summary).sorted(RECENT_FIRST).toList(), cursor, limit);
  }

  @Override
  public Optional<StorylineSummary> storyline(String id) {
    return chronicle().storyline(id).map(this::summary);
  }

  @Override
  public Page<EventCard> events(String storylineId, String cursor, int limit) {
    List<Event> events;
    if (storylineId == null) {
      events = chronicle().events();
    } else {
      Optional<Storyline> s = chronicle().storyline(storylineId);
      if (s.isEmpty()) {
        return Page.empty();
      }
      events = chronicle().events(s.get());
    }
    return Page.slice(events.stream().map(this::card).toList(), cursor, limit);
  }

  @Override
  public Optional<EventCard> event(String id) {
    return chronicle().event(id).map(this::card);
  }

  @Override
  public Optional<EventCard> eventOf(String articleId) {
    return chronicle().eventOf(articleId).flatMap(chronicle()::event).map(this::card);
  }

  @Override
  public List<QuoteRef> quotesOf(String articleId) {
    return chronicle().eventOf(articleId).flatMap(chronicle()::event).stream()
        .flatMap(e -> e.quotes().stream())
        .filter(q -> q.articleId().equals(articleId))
        .sorted(java.util.Comparator.comparingInt(io.storyline.events.Quote::start))
        .map(q -> new QuoteRef(q.start(), q.end(), q.text(), q.speakerEntityId(), q.speakerName()))
        .toList();
  }

  @Override
  public StorylineSummary merge(String id, List<String> others) {
    List<String> all = new java.util.ArrayList<>(List.of(id));
    others.stream().filter(o -> !o.equals(id)).forEach(all::add);
    all.forEach(this::expect);
    if (all.size() < 2) {
      throw new IllegalArgumentException("merging needs another storyline than '" + id + "' in 'ids'");
    }
    return summary(chronicle().storyline(chronicle().mergeStorylines(all, BY)).orElseThrow());
  }

  @Override
  public List<StorylineSummary> split(String id, List<String> eventIds) {
    expect(id);
    String created = chronicle().splitStoryline(id, eventIds, BY);
    return List.of(summary(expect(id)), summary(expect(created)));
  }

  private Storyline expect(String id) {
    return chronicle().storyline(id).orElseThrow(() -> new java.util.NoSuchElementException("unknown storyline '" + id + "'"
        + DidYouMean.hint(DidYouMean.closest(id, chronicle().storylines().stream().map(Storyline::id).toList()))));
  }

  private Chronicle chronicle() {
    return workspace.chronicle();
  }

  private StorylineSummary summary(Storyline s) {
    return new StorylineSummary(s.id(), s.label(), span(s.startValue(), s.endValue()), s.languages(), s.eventIds().size(),
        s.articleCount());
  }

  private EventCard card(Event e) {
    String storyline = e.articleIds().isEmpty() ? null : chronicle().storylineOf(e.articleIds().getFirst()).orElse(null);
    List<EntitySummary> key = e.keyEntityIds().stream().map(id -> workspace.entities().get(id)).flatMap(Optional::stream)
        .map(RegistryDirectory::summary).toList();
    return new EventCard(e.id(), storyline, DateSpan.parse(e.dateValue()).orElse(null), DateWords.of(e.dateValue()),
        e.dateValue(), e.dateConfidence(), e.gist(), e.languages(), key, e.articleIds());
  }

  /** From the first date's earliest day to the last date's latest day; null when neither is known. */
  private static DateSpan span(String start, String end) {
    Optional<DateSpan> from = Optional.ofNullable(start).flatMap(DateSpan::parse);
    Optional<DateSpan> to = Optional.ofNullable(end).flatMap(DateSpan::parse);
    if (from.isEmpty() || to.isEmpty()) {
      return from.or(() -> to).orElse(null);
    }
    LocalDate earliest = from.get().earliest();
    LocalDate latest = to.get().latest();
    return new DateSpan(start + "/" + end, earliest, latest, "range", DateWords.span(start, end));
  }
}
