package io.storyline.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Dates from a page's JSON-LD scripts, as {@code jsonld:datePublished}, {@code jsonld:dateModified}
 * and {@code jsonld:dateCreated}. Objects at the top, in arrays, in {@code @graph} and as a page's
 * {@code mainEntity} count; article objects (a type ending in Article or Posting) win over others such as
 * WebPage. Broken JSON is skipped.
 */
final class JsonLdDates {

  private static final List<String> KEYS = List.of("datePublished", "dateModified", "dateCreated");
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
          JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
      .build();

  private JsonLdDates() {
  }

  static Map<String, String> of(Document doc) {
    List<JsonNode> objects = objects(doc);
    Map<String, String> dates = new LinkedHashMap<>();
    for (JsonNode object : objects) {
      for (String key : KEYS) {
        JsonNode value = object.get(key);
        if (value != null && value.isTextual() && !value.textValue().isBlank()) {
          dates.putIfAbsent("jsonld:" + key, value.textValue().strip());
        }
      }
    }
    return dates;
  }

  /** The longest non-blank value of {@code key} ({@code articleBody}, {@code description}) among the page's article objects. */
  static Optional<String> articleField(Document doc, String key) {
    return articles(doc).stream().map(article -> article.path(key)).filter(JsonNode::isTextual)
        .map(value -> value.textValue().strip()).filter(text -> !text.isEmpty())
        .max(Comparator.comparingInt(String::length));
  }

  /** True when the page's JSON-LD describes an article (a type ending in Article or Posting). */
  static boolean declaresArticle(Document doc) {
    return !articles(doc).isEmpty();
  }

  private static List<JsonNode> articles(Document doc) {
    return objects(doc).stream().filter(JsonLdDates::isArticle).toList();
  }

  /** The objects of the page's JSON-LD scripts that can describe the page, article objects first. */
  private static List<JsonNode> objects(Document doc) {
    List<JsonNode> objects = new ArrayList<>();
    for (Element script : doc.select("script[type]")) {
      if (script.attr("type").strip().equalsIgnoreCase("application/ld+json")) {
        parse(script.data()).ifPresent(root -> collectObjects(root, objects));
      }
    }
    objects.sort(Comparator.comparing(object -> isArticle(object) ? 0 : 1));
    return objects;
  }

  private static Optional<JsonNode> parse(String json) {
    try {
      return Optional.ofNullable(JSON.readTree(json));
    } catch (JacksonException e) {
      return Optional.empty();
    }
  }

  /** Adds the objects of the tree that can describe the page, breadth first. */
  private static void collectObjects(JsonNode root, List<JsonNode> objects) {
    Deque<JsonNode> queue = new ArrayDeque<>(List.of(root));
    while (!queue.isEmpty()) {
      JsonNode node = queue.poll();
      if (node.isArray()) {
        node.forEach(queue::add);
      } else if (node.isObject()) {
        objects.add(node);
        if (node.has("@graph")) {
          queue.add(node.get("@graph"));
        }
        if (node.path("mainEntity").isContainerNode()) {
          queue.add(node.get("mainEntity"));
        }
      }
    }
  }

  private static boolean isArticle(JsonNode object) {
    JsonNode type = object.path("@type");
    for (JsonNode name : type.isArray() ? type : List.of(type)) {
      if (name.asText().endsWith("Article") || name.asText().endsWith("Posting")) {
        return true;
      }
    }
    return false;
  }
}
