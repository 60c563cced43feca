package io.storyline.app.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storyline.entities.registry.Entity;
import io.storyline.entities.registry.EntityRegistry;
import io.storyline.entities.registry.Variant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** The entity registry: one record per entity, most articles first, with every variant by language and script. */
final class EntityRecords implements Records<Entity> {
  private final EntityRegistry registry;

  EntityRecords(EntityRegistry registry) {
    this.registry = registry;
  }

  @Override
  public long count() {
    return registry.size();
  }

  @Override
  public void forEach(Consumer<Entity> visitor) {
    registry.entities().forEach(visitor);
  }

  @Override
  public String label(Entity e) {
    return "entity " + e.id();
  }

  @Override
  public ObjectNode json(Entity e) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("id", e.id()).put("name", e.name()).put("type", e.type().name()).put("articles", e.articles().size());
    ArrayNode variants = o.putArray("variants");
    for (Variant v : e.variants()) {
      variants.addObject().put("form", v.form()).put("lemma", v.lemma()).put("lang", v.language()).put("script", v.script())
          .put("count", v.count());
    }
    ArrayNode ids = o.putArray("articleIds");
    e.articles().stream().sorted().forEach(ids::add);
    return o;
  }

  @Override
  public List<String> columns() {
    return List.of("id", "name", "type", "articles", "languages", "variants");
  }

  @Override
  public Map<String, Object> row(Entity e) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", e.id());
    row.put("name", e.name());
    row.put("type", e.type().name());
    row.put("articles", e.articles().size());
    row.put("languages", String.join(" ", e.variants().stream().map(Variant::language).collect(Collectors.toCollection(TreeSet::new))));
    row.put("variants", String.join(" | ", e.variants().stream().map(Variant::lemma).distinct().toList()));
    return row;
  }

  /** A schema.org Person, Organization, Place...: the display name, and every other base form as {@code alternateName}. */
  @Override
  public ObjectNode jsonLd(Entity e) {
    ObjectNode o = JsonLd.node(JsonLd.type(e.type()), "entity", e.id());
    o.put("identifier", e.id());
    o.put("name", e.name());
    ArrayNode alternate = o.putArray("alternateName");
    Map<String, String> byForm = new LinkedHashMap<>();
    e.variants().forEach(v -> byForm.putIfAbsent(v.lemma(), v.language()));
    byForm.forEach((form, lang) -> {
      if (!form.equalsIgnoreCase(e.name())) {
        alternate.addObject().put("@value", form).put("@language", lang.toLowerCase(Locale.ROOT));
      }
    });
    return o;
  }
}
