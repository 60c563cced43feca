package io.storyline.app.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storyline.app.Storage;
import io.storyline.app.Workspace;
import io.storyline.core.Article;
import io.storyline.core.Layers;
import io.storyline.core.TextMask;
import io.storyline.entities.EntityLayers;
import io.storyline.entities.Mention;
import io.storyline.entities.registry.Entity;
import io.storyline.events.Chronicle;
import io.storyline.events.EventLayers;
import io.storyline.events.Quote;
import io.storyline.store.ArticleJson;
import io.storyline.time.EventDate;
import io.storyline.time.PublicationDate;
import io.storyline.time.TimeLayers;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/** Articles in the export format of docs/export-format.md, with current entity names, event, storyline and quotes. */
final class ArticleRecords implements Records<Article> {
  static final List<String> COLUMNS = List.of("id", "source", "url", "title", "lang", "langConfidence", "published",
      "eventDate", "event", "storyline", "removed", "sentences", "cleanText", "quotes");

  private final Workspace workspace;
  private final ArticleJson codec = Storage.codec();
  private final Map<String, List<Quote>> quotes = new HashMap<>();
  private final Map<String, List<String>> keyEntities = new HashMap<>();
  private final Map<String, Entity> entities = new HashMap<>();

  ArticleRecords(Workspace workspace) {
    this.workspace = workspace;
    for (Chronicle.EventFacts e : workspace.chronicle().eventFacts()) {
      keyEntities.put(e.id(), e.keyEntityIds());
      e.quotes().forEach(q -> quotes.computeIfAbsent(q.articleId(), k -> new java.util.ArrayList<>()).add(q));
    }
  }

  @Override
  public long count() {
    return workspace.articles().count();
  }

  @Override
  public void forEach(Consumer<Article> visitor) {
    workspace.articles().forEach(a -> visitor.accept(workspace.chronicle().annotate(a)));
  }

  @Override
  public String label(Article a) {
    return "article " + a.id();
  }

  @Override
  public ObjectNode json(Article a) {
    return completed(codec.toTree(a));
  }

  /** Streams the stored JSON, completed as {@link #json} completes it, without building each article. */
  @Override
  public void forEachJson(Consumer<ObjectNode> visitor) {
    workspace.articles().forEachJson(bytes -> {
      try {
        visitor.accept(completed((ObjectNode) TREES.readTree(bytes)));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException("a stored article is not JSON: " + e.getMessage(), e);
      }
    });
  }

  /** The stored JSON with its event and storyline, the entities' current ids and names, and its quotes. */
  private ObjectNode completed(ObjectNode o) {
    String id = o.path("id").asText();
    workspace.chronicle().eventOf(id).ifPresent(e -> o.put("event", e));
    workspace.chronicle().storylineOf(id).ifPresent(s -> o.put("storyline", s));
    withEntityNames(o, o.path("lang").asText("und"));
    ArrayNode arr = o.putArray("quotes");
    for (Quote q : quotes.getOrDefault(id, List.of())) {
      ObjectNode n = arr.addObject().put("start", q.start()).put("end", q.end()).put("text", q.text());
      n.put("speakerId", q.speakerEntityId()).put("speakerName", q.speakerName());
    }
    return o;
  }

  private static final com.fasterxml.jackson.databind.ObjectMapper TREES = new com.fasterxml.jackson.databind.ObjectMapper();

  /**
   * Adds each mention's current entity {@code id} and canonical {@code name} from the registry: they follow merges,
   * splits and renames made after the article was stored.
   */
  private ObjectNode withEntityNames(ObjectNode article, String language) {
    for (JsonNode m : article.path("entities")) {
      String entityId = m.path("entityId").asText(null);
      Optional<Entity> entity = entityId == null ? Optional.empty() : entity(mention(m, entityId), language);
      ((ObjectNode) m).put("id", entity.map(Entity::id).orElse(entityId));
      ((ObjectNode) m).put("name", entity.map(Entity::name).orElse(m.path("lemma").asText()));
    }
    return article;
  }

  /** The entity a mention names now; each entity is looked up once per export (a snapshot copies its article set). */
  private Optional<Entity> entity(Mention m, String language) {
    return workspace.entities().idOf(m, language)
        .map(id -> entities.computeIfAbsent(id, k -> workspace.entities().get(k).orElseThrow()));
  }

  private static Mention mention(JsonNode m, String entityId) {
    return new Mention(m.path("start").asInt(), m.path("end").asInt(), m.path("surface").asText(), m.path("lemma").asText(),
        io.storyline.entities.EntityType.parse(m.path("type").asText("MISC")), m.path("key").asText(), entityId, "export");
  }

  @Override
  public List<String> columns() {
    return COLUMNS;
  }

  @Override
  public Map<String, Object> row(Article a) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", a.id());
    row.put("source", a.source());
    row.put("url", a.url());
    row.put("title", a.displayTitle());
    row.put("lang", a.get(Layers.LANGUAGE).map(l -> l.code()).orElse(null));
    row.put("langConfidence", a.get(Layers.LANGUAGE).map(l -> l.confidence()).orElse(null));
    row.put("published", a.get(TimeLayers.PUBLISHED).map(PublicationDate::value).orElse(null));
    row.put("eventDate", a.get(TimeLayers.EVENT_DATE).map(EventDate::value).orElse(null));
    row.put("event", a.get(EventLayers.EVENT).orElse(null));
    row.put("storyline", a.get(EventLayers.STORYLINE).orElse(null));
    row.put("removed", a.removed().size());
    row.put("sentences", a.get(Layers.SENTENCES).map(List::size).orElse(0));
    row.put("cleanText", TextMask.readable(a));
    row.put("quotes", quotes.getOrDefault(a.id(), List.of()).size());
    return row;
  }

  /**
   * A schema.org NewsArticle: {@code about} its event and the entities salient in that event, {@code mentions}
   * every other entity it names (each a reference to a node of the entity export).
   */
  @Override
  public ObjectNode jsonLd(Article a) {
    ObjectNode o = JsonLd.node("NewsArticle", "article", a.id());
    o.put("identifier", a.id());
    o.put("headline", a.displayTitle());
    if (a.url() != null) {
      o.put("url", a.url());
    }
    a.get(Layers.LANGUAGE).map(l -> l.code()).filter(c -> !c.equals("und")).ifPresent(c -> o.put("inLanguage", c));
    a.get(TimeLayers.PUBLISHED).map(p -> JsonLd.date(p.value())).ifPresent(d -> o.put("datePublished", d));
    o.put("articleBody", TextMask.readable(a));
    Set<String> salient = Set.copyOf(a.get(EventLayers.EVENT).map(e -> keyEntities.getOrDefault(e, List.of())).orElse(List.of()));
    Map<String, Entity> named = new LinkedHashMap<>();
    String language = language(a);
    for (Mention m : a.get(EntityLayers.MENTIONS).orElse(List.of())) {
      entity(m, language).ifPresent(e -> named.putIfAbsent(e.id(), e));
    }
    ArrayNode about = o.putArray("about");
    ArrayNode mentions = o.putArray("mentions");
    named.values().forEach(e -> (salient.contains(e.id()) ? about : mentions)
        .add(JsonLd.ref("entity", e.id(), e.name()).put("@type", JsonLd.type(e.type()))));
    a.get(EventLayers.EVENT).ifPresent(e -> about.insert(0, JsonLd.ref("event", e, null).put("@type", "Event")));
    return o;
  }

  private static String language(Article a) {
    return a.get(Layers.LANGUAGE).map(l -> l.code()).orElse("und");
  }
}
