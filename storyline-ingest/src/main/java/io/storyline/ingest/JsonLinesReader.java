package io.storyline.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.storyline.core.Article;
import io.storyline.core.Ids;
import io.storyline.core.LoneSurrogates;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads JSON Lines: one object per line with optional {@code id}, {@code url}, {@code title},
 * {@code published}, {@code lang}, {@code source} and a required {@code text} or {@code html}.
 * Blank lines are skipped; a bad line is rejected as {@code path:line} and the next one goes on.
 */
final class JsonLinesReader {

  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();
  private static final Pattern SOURCE_LOCATION =
      Pattern.compile("(?: at)? \\[Source: .*?; line: \\d+(?:, column: (\\d+))?]");

  /** The meta key that records what ingest repaired in the line: "text: 1 lone surrogate replaced by U+FFFD". */
  static final String REPAIRED = "repaired";

  private final HtmlExtractor htmlExtractor;

  JsonLinesReader(HtmlExtractor htmlExtractor) {
    this.htmlExtractor = htmlExtractor;
  }

  /** Reads one line (number counted from 1); blank lines are skipped. */
  void readLine(String line, long number, String path, Map<String, String> fileMeta, IngestSink sink) {
    if (line.isBlank()) {
      return;
    }
    String location = path + ":" + number;
    Article article;
    try {
      article = toArticle(line, path, location, fileMeta);
    } catch (Rejected e) {
      sink.reject(location, e.getMessage());
      return;
    } catch (RuntimeException e) {
      sink.reject(location, Ingestor.unexpected(e));
      return;
    }
    sink.accept(article);
  }

  private Article toArticle(String line, String path, String location, Map<String, String> fileMeta) throws Rejected {
    JsonNode node = parse(line);
    Map<String, Integer> repaired = new TreeMap<>();
    String text = field(node, "text", repaired);
    String html = field(node, "html", repaired);
    String id = id(node, repaired);
    String url = field(node, "url", repaired);
    String title = field(node, "title", repaired);
    String given = field(node, "source", repaired);
    String source = given == null || given.isBlank() ? path : given;
    Map<String, String> meta = new HashMap<>(fileMeta);
    meta.put("file", location);
    putIfPresent(meta, "published", field(node, "published", repaired));
    putIfPresent(meta, "lang", field(node, "lang", repaired));
    if (!repaired.isEmpty()) {
      meta.put(REPAIRED, repaired.entrySet().stream()
          .map(e -> e.getKey() + ": " + e.getValue() + " lone surrogate" + (e.getValue() == 1 ? "" : "s"))
          .collect(Collectors.joining("; ", "", " replaced by U+FFFD")));
    }
    if (text != null && !text.isBlank()) {
      return Article.of(id, source, url, title, PlainText.normalise(text), meta);
    }
    if (html != null) {
      return switch (htmlExtractor.extract(html, source, url, meta)) {
        case HtmlExtractor.Extracted(Article page) -> Article.of(id, source, url != null ? url : page.url(),
            title != null ? title : page.title(), page.text(), page.meta());
        case HtmlExtractor.NoArticleText(String reason) -> throw new Rejected(reason);
      };
    }
    throw new Rejected(text != null ? "'text' is blank" : "line has neither 'text' nor 'html'");
  }

  private static JsonNode parse(String line) throws Rejected {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JacksonException e) {
      throw new Rejected("invalid JSON: " + describe(e));
    }
    if (!node.isObject()) {
      throw new Rejected("line is " + kind(node) + ", not a JSON object");
    }
    return node;
  }

  /** The parser's message on one line, without Jackson's source descriptions, plus the column. */
  private static String describe(JacksonException e) {
    String message = SOURCE_LOCATION.matcher(e.getOriginalMessage())
        .replaceAll(m -> m.group(1) == null ? "" : " at column " + m.group(1))
        .replaceAll("\\s*\\R\\s*", " ")
        .strip();
    JsonLocation where = e.getLocation();
    return where == null || where.getColumnNr() < 1 ? message : message + " (column " + where.getColumnNr() + ")";
  }

  /**
   * A field as text: null when absent or null; strings, numbers and booleans as written, but for lone surrogates
   * (JSON can escape one, {@code "\ud800"}; no encoding can write it), replaced by U+FFFD and counted in
   * {@code repaired} by field.
   */
  private static String field(JsonNode node, String name, Map<String, Integer> repaired) throws Rejected {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isContainerNode()) {
      throw new Rejected("'" + name + "' is " + kind(value) + ", not a string");
    }
    String text = value.asText();
    int lone = LoneSurrogates.count(text);
    if (lone == 0) {
      return text;
    }
    repaired.put(name, lone);
    return LoneSurrogates.replace(text);
  }

  /** The {@code id}, when given: a string in the form the API can fetch back ({@link Ids}). */
  private static String id(JsonNode node, Map<String, Integer> repaired) throws Rejected {
    JsonNode value = node.get("id");
    if (value != null && !value.isNull() && !value.isTextual()) {
      throw new Rejected("'id' is " + kind(value) + ", not a string; " + Ids.RULE);
    }
    String id = field(node, "id", repaired);
    if (id != null && !id.isBlank() && !Ids.valid(id.strip())) {
      throw new Rejected("bad 'id' '" + id.strip().replaceAll("\\p{Cntrl}", "?") + "': " + Ids.RULE
          + " (leave it out and the content hash names the article)");
    }
    return id;
  }

  private static String kind(JsonNode node) {
    return switch (node.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
      default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
    };
  }

  private static void putIfPresent(Map<String, String> meta, String key, String value) {
    if (value != null && !value.isBlank()) {
      meta.put(key, value.strip());
    }
  }
}
