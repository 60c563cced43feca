package io.storyline.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storyline.core.Article;
import io.storyline.core.LanguageGuess;
import io.storyline.core.Layer;
import io.storyline.core.Layers;
import io.storyline.core.RemovedSpan;
import io.storyline.core.TextSpan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The article export format (docs/export-format.md): one JSON object per article. The store keeps
 * articles in this same form, so what is exported is exactly what is stored.
 *
 * <p>The foundation layers (debris, language, title, sentences) have a hand-written form; the layers
 * later capabilities add (times, entities, ...) are registered with the codec and written as JSON
 * under the layer's name, records by their components. Thread-safe; reading what {@link #write}
 * produced gives back an equal article.
 */
public final class ArticleJson {
  /** Version of the export format; bumped when a field changes meaning (adding fields does not). */
  public static final int FORMAT_VERSION = 1;

  private final ObjectMapper mapper = new ObjectMapper();
  private final List<Layer<?>> extraLayers;

  /** A codec for the foundation layers only. */
  public ArticleJson() {
    this(List.of());
  }

  /** A codec that also writes and reads {@code extraLayers}, whose values must be records (or lists of records). */
  public ArticleJson(List<Layer<?>> extraLayers) {
    this.extraLayers = List.copyOf(extraLayers);
  }

  public ObjectNode toTree(Article a) {
    ObjectNode o = mapper.createObjectNode();
    o.put("id", a.id());
    o.put("source", a.source());
    o.put("url", a.url());
    o.put("title", a.displayTitle());
    o.put("text", a.text());
    o.put("contentHash", a.contentHash());
    a.get(Layers.LANGUAGE).ifPresentOrElse(l -> {
      o.put("lang", l.code());
      o.put("langConfidence", Math.round(l.confidence() * 1000) / 1000.0);
      o.put("langSource", l.stage());
    }, () -> o.putNull("lang"));
    ArrayNode removed = o.putArray("removed");
    for (RemovedSpan r : a.removed()) {
      removed.addObject().put("start", r.start()).put("end", r.end()).put("reason", r.reason()).put("stage", r.stage());
    }
    a.get(Layers.TITLE).ifPresent(t -> o.set("titleSpan", span(t)));
    a.get(Layers.SENTENCES).ifPresent(list -> {
      ArrayNode arr = o.putArray("sentences");
      list.forEach(s -> arr.add(span(s)));
    });
    for (Layer<?> layer : extraLayers) {
      a.get(layer).ifPresent(value -> o.set(layer.name(), mapper.valueToTree(value)));
    }
    ObjectNode meta = o.putObject("meta");
    a.meta().forEach(meta::put);
    o.put("givenTitle", a.title());
    o.put("formatVersion", FORMAT_VERSION);
    return o;
  }

  /** One line of JSON, without a line break. */
  public String write(Article a) {
    try {
      return mapper.writeValueAsString(toTree(a));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise article " + a.id(), e);
    }
  }

  public byte[] writeBytes(Article a) {
    try {
      return mapper.writeValueAsBytes(toTree(a));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise article " + a.id(), e);
    }
  }

  /** Reads an article written by {@link #write}; layers absent from the JSON stay absent. */
  public Article read(byte[] json) {
    try {
      return fromTree(mapper.readTree(json));
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("not an article in the export format: " + e.getMessage(), e);
    }
  }

  public Article read(String json) {
    try {
      return fromTree(mapper.readTree(json));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not an article in the export format: " + e.getOriginalMessage(), e);
    }
  }

  /** The article {@link #toTree} wrote. */
  public Article fromTree(JsonNode o) {
    Map<String, String> meta = new LinkedHashMap<>();
    o.path("meta").properties().forEach(e -> meta.put(e.getKey(), e.getValue().asText()));
    Article a = new Article(text(o, "id"), text(o, "source"), text(o, "url"), text(o, "givenTitle"), o.path("text").asText(),
        text(o, "contentHash"), meta, Map.of());
    if (o.hasNonNull("lang")) {
      a = a.with(Layers.LANGUAGE, new LanguageGuess(o.get("lang").asText(), o.path("langConfidence").asDouble(),
          o.path("langSource").asText("language")));
    }
    if (o.has("removed")) {
      List<RemovedSpan> removed = new ArrayList<>();
      for (JsonNode r : o.get("removed")) {
        removed.add(new RemovedSpan(r.get("start").asInt(), r.get("end").asInt(), r.get("reason").asText(), r.path("stage").asText("clean")));
      }
      a = a.with(Layers.REMOVED, removed);
    }
    if (o.has("titleSpan")) {
      a = a.with(Layers.TITLE, textSpan(o.get("titleSpan")));
    }
    if (o.has("sentences")) {
      List<TextSpan> sentences = new ArrayList<>();
      o.get("sentences").forEach(s -> sentences.add(textSpan(s)));
      a = a.with(Layers.SENTENCES, sentences);
    }
    for (Layer<?> layer : extraLayers) {
      if (o.hasNonNull(layer.name())) {
        a = withLayer(a, layer, o.get(layer.name()));
      }
    }
    return a;
  }

  @SuppressWarnings("unchecked")
  private <T> Article withLayer(Article a, Layer<T> layer, JsonNode node) {
    JavaType type = layer.isList()
        ? mapper.getTypeFactory().constructCollectionType(List.class, layer.elementType())
        : mapper.getTypeFactory().constructType(layer.elementType());
    return a.with(layer, (T) mapper.convertValue(node, type));
  }

  private ObjectNode span(TextSpan s) {
    return mapper.createObjectNode().put("start", s.start()).put("end", s.end()).put("stage", s.stage());
  }

  private static TextSpan textSpan(JsonNode n) {
    return new TextSpan(n.get("start").asInt(), n.get("end").asInt(), n.path("stage").asText());
  }

  private static String text(JsonNode o, String field) {
    JsonNode n = o.get(field);
    return n == null || n.isNull() ? null : n.asText();
  }
}
