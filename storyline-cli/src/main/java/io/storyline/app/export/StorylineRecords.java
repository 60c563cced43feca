package io.storyline.app.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storyline.core.DateWords;
import io.storyline.events.Chronicle;
import io.storyline.events.Storyline;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Storylines, most articles first: label, span, events in timeline order, languages. */
final class StorylineRecords implements Records<Storyline> {
  private final Chronicle chronicle;

  StorylineRecords(Chronicle chronicle) {
    this.chronicle = chronicle;
  }

  @Override
  public long count() {
    return chronicle.counts().getOrDefault("storylines", 0);
  }

  @Override
  public void forEach(Consumer<Storyline> visitor) {
    chronicle.storylines().forEach(visitor);
  }

  @Override
  public String label(Storyline s) {
    return "storyline " + s.id();
  }

  @Override
  public ObjectNode json(Storyline s) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("id", s.id()).put("label", s.label()).put("start", s.startValue()).put("end", s.endValue())
        .put("span", DateWords.span(s.startValue(), s.endValue())).put("articles", s.articleCount());
    s.languages().forEach(o.putArray("languages")::add);
    s.eventIds().forEach(o.putArray("eventIds")::add);
    return o;
  }

  @Override
  public List<String> columns() {
    return List.of("id", "label", "start", "end", "events", "articles", "languages");
  }

  @Override
  public Map<String, Object> row(Storyline s) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", s.id());
    row.put("label", s.label());
    row.put("start", s.startValue());
    row.put("end", s.endValue());
    row.put("events", s.eventIds().size());
    row.put("articles", s.articleCount());
    row.put("languages", String.join(" ", s.languages()));
    return row;
  }

  /** A schema.org Event that holds its events as {@code subEvent}s. */
  @Override
  public ObjectNode jsonLd(Storyline s) {
    ObjectNode o = JsonLd.node("Event", "storyline", s.id());
    o.put("identifier", s.id());
    o.put("name", s.label());
    String start = JsonLd.date(s.startValue());
    String end = JsonLd.date(s.endValue());
    if (start != null) {
      o.put("startDate", start);
    }
    if (end != null) {
      o.put("endDate", end);
    }
    ArrayNode events = o.putArray("subEvent");
    s.eventIds().forEach(id -> events.add(JsonLd.ref("event", id, null)));
    return o;
  }
}
