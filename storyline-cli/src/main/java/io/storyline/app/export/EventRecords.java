package io.storyline.app.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storyline.core.DateWords;
import io.storyline.events.Chronicle;
import io.storyline.events.Event;
import io.storyline.events.Quote;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.Optional;

/** Events in timeline order: date (as precise as known), kind, English gist, articles, key entities, quotes. */
final class EventRecords implements Records<Event> {
  private final Chronicle chronicle;
  private final Function<String, Optional<String>> entityNames;

  EventRecords(Chronicle chronicle, Function<String, Optional<String>> entityNames) {
    this.chronicle = chronicle;
    this.entityNames = entityNames;
  }

  @Override
  public long count() {
    return chronicle.counts().getOrDefault("events", 0);
  }

  @Override
  public void forEach(Consumer<Event> visitor) {
    chronicle.events().forEach(visitor);
  }

  @Override
  public String label(Event e) {
    return "event " + e.id();
  }

  @Override
  public ObjectNode json(Event e) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("id", e.id()).put("date", e.dateValue()).put("dateWords", DateWords.of(e.dateValue()))
        .put("granularity", e.granularity().name()).put("confidence", e.dateConfidence()).put("kind", e.kind())
        .put("gist", e.gist()).put("storyline", storyline(e));
    e.languages().forEach(o.putArray("languages")::add);
    e.articleIds().forEach(o.putArray("articleIds")::add);
    e.keyEntityIds().forEach(o.putArray("entityIds")::add);
    ArrayNode quotes = o.putArray("quotes");
    for (Quote q : e.quotes()) {
      quotes.addObject().put("articleId", q.articleId()).put("start", q.start()).put("end", q.end()).put("text", q.text())
          .put("speakerId", q.speakerEntityId()).put("speakerName", q.speakerName());
    }
    return o;
  }

  private String storyline(Event e) {
    return chronicle.storylineOf(e.articleIds().getFirst()).orElse(null);
  }

  @Override
  public List<String> columns() {
    return List.of("id", "date", "granularity", "confidence", "kind", "gist", "languages", "articles", "storyline", "quotes");
  }

  @Override
  public Map<String, Object> row(Event e) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", e.id());
    row.put("date", e.dateValue());
    row.put("granularity", e.granularity().name());
    row.put("confidence", e.dateConfidence());
    row.put("kind", e.kind());
    row.put("gist", e.gist());
    row.put("languages", String.join(" ", e.languages()));
    row.put("articles", e.articleIds().size());
    row.put("storyline", storyline(e));
    row.put("quotes", e.quotes().size());
    return row;
  }

  /** A schema.org Event: its gist as name, its date when the year is known, the entities in it, the articles about it. */
  @Override
  public ObjectNode jsonLd(Event e) {
    ObjectNode o = JsonLd.node("Event", "event", e.id());
    o.put("identifier", e.id());
    o.put("name", e.gist());
    String date = JsonLd.date(e.dateValue());
    if (date != null) {
      o.put("startDate", date);
      int slash = e.dateValue().indexOf('/');
      String end = slash > 0 ? JsonLd.date(e.dateValue().substring(slash + 1)) : null;
      if (end != null) {
        o.put("endDate", end);
      }
    }
    ArrayNode about = o.putArray("about");
    e.keyEntityIds().forEach(id -> about.add(JsonLd.ref("entity", id, entityNames.apply(id).orElse(null))));
    ArrayNode articles = o.putArray("subjectOf");
    e.articleIds().forEach(id -> articles.add(JsonLd.ref("article", id, null)));
    String storyline = storyline(e);
    if (storyline != null) {
      o.set("superEvent", JsonLd.ref("storyline", storyline, null));
    }
    return o;
  }
}
