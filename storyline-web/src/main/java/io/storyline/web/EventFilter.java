package io.storyline.web;

import io.javalin.http.Context;
import io.storyline.web.StorylineDirectory.EventCard;
import io.storyline.web.StorylineDirectory.StorylineSummary;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The filters {@code /api/storylines} and {@code /api/events} take, as the search takes them: {@code from} and
 * {@code to} (days, inclusive), {@code lang} (comma-separated codes) and {@code entity} (a key entity's id). A date
 * range keeps what may overlap it; what has no known date never passes a date range.
 */
record EventFilter(LocalDate from, LocalDate to, Set<String> languages, String entity) {
  static final EventFilter NONE = new EventFilter(null, null, Set.of(), null);

  EventFilter {
    languages = Set.copyOf(languages);
  }

  static EventFilter of(Context ctx) {
    String lang = Params.optional(ctx, "lang");
    String entity = Params.optional(ctx, "entity");
    if (entity != null) {
      Ids.check("entity", entity);
    }
    LocalDate from = Params.date(ctx, "from");
    LocalDate to = Params.date(ctx, "to");
    if (from != null && to != null && to.isBefore(from)) {
      throw ApiException.badRequest("bad date range: to '" + to + "' is before from '" + from + "'");
    }
    return new EventFilter(from, to, lang == null ? Set.of()
        : Arrays.stream(lang.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet()), entity);
  }

  boolean isEmpty() {
    return equals(NONE);
  }

  boolean test(EventCard e) {
    return dates(e.date()) && anyLanguage(e.languages())
        && (entity == null || e.keyEntities().stream().anyMatch(k -> k.id().equals(entity)));
  }

  /** The storyline's span and languages; the entity is tested on its events by the caller. */
  boolean testSpanAndLanguages(StorylineSummary s) {
    return dates(s.span()) && anyLanguage(s.languages());
  }

  private boolean dates(DateSpan span) {
    if (from == null && to == null) {
      return true;
    }
    return span != null && (from == null || !span.latest().isBefore(from)) && (to == null || !span.earliest().isAfter(to));
  }

  private boolean anyLanguage(List<String> langs) {
    return languages.isEmpty() || langs.stream().anyMatch(languages::contains);
  }
}
