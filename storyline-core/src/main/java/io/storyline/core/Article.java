package io.storyline.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Collection;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One news article: its original plain text and the annotation layers stages added to it.
 *
 * <p>Immutable: {@link #with} returns a new article and never modifies this one. Every span in every
 * layer is checked to lie inside {@link #text()}, so offsets can be trusted downstream.
 *
 * @param id          the id given in the input, or one derived from the content hash
 * @param source      where the article came from, as given (a file path, {@code stdin}, a URL)
 * @param url         the article's canonical URL, or {@code null}
 * @param title       the title given by the input (HTML title, JSON field), or {@code null}
 * @param text        the original plain text; every offset refers to it
 * @param contentHash SHA-256 (hex) of the normalised text, used to store the same article once
 * @param meta        metadata found at ingest (given {@code published}, {@code lang}, HTML meta dates)
 * @param layers      annotation layers by key
 */
public record Article(
    String id,
    String source,
    String url,
    String title,
    String text,
    String contentHash,
    Map<String, String> meta,
    Map<Layer<?>, Object> layers) {

  public Article {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(contentHash, "contentHash");
    meta = Collections.unmodifiableMap(new TreeMap<>(meta == null ? Map.of() : meta));
    Map<Layer<?>, Object> copy = new LinkedHashMap<>();
    if (layers != null) {
      for (Map.Entry<Layer<?>, Object> e : layers.entrySet()) {
        copy.put(e.getKey(), freeze(e.getKey(), e.getValue(), text.length()));
      }
    }
    layers = Collections.unmodifiableMap(copy);
  }

  /**
   * Creates an unannotated article. When {@code id} is null or blank a stable id is derived from
   * the content hash, so the same text always gets the same id.
   */
  public static Article of(String id, String source, String url, String title, String text, Map<String, String> meta) {
    Objects.requireNonNull(text, "text");
    String hash = contentHash(text);
    String theId = id == null || id.isBlank() ? deriveId(hash) : id.strip();
    return new Article(theId, source == null ? "unknown" : source, blankToNull(url), blankToNull(title), text, hash, meta, Map.of());
  }

  /** SHA-256 of the text after Unicode NFC normalisation and whitespace collapsing. */
  public static String contentHash(String text) {
    String normal = Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(normal.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }

  /** The id used when the input gives none: the first 16 hex digits of the content hash. */
  public static String deriveId(String contentHash) {
    return contentHash.substring(0, 16);
  }

  /** Returns a copy of this article with {@code value} stored under {@code layer} (replacing any). */
  public <T> Article with(Layer<T> layer, T value) {
    Map<Layer<?>, Object> copy = new LinkedHashMap<>(layers);
    copy.put(layer, value);
    return new Article(id, source, url, title, text, contentHash, meta, copy);
  }

  /** Returns a copy with {@code value} under {@code key} in its metadata (replacing any). */
  public Article withMeta(String key, String value) {
    Map<String, String> copy = new TreeMap<>(meta);
    copy.put(key, value);
    return new Article(id, source, url, title, text, contentHash, copy, layers);
  }

  /** Returns a copy with another id (used when the input's id collides or is corrected). */
  public Article withId(String newId) {
    return new Article(newId, source, url, title, text, contentHash, meta, layers);
  }

  public boolean has(Layer<?> layer) {
    return layers.containsKey(layer);
  }

  @SuppressWarnings("unchecked")
  public <T> Optional<T> get(Layer<T> layer) {
    return Optional.ofNullable((T) layers.get(layer));
  }

  /** The layer's value; throws naming the layer and the stage that usually provides it when absent. */
  public <T> T expect(Layer<T> layer) {
    return get(layer).orElseThrow(() -> new IllegalStateException(
        "article " + id + " has no '" + layer.name() + "' layer; run the '" + layer.usualProvider() + "' stage first"));
  }

  /** The debris spans, empty when the article was not cleaned. */
  public List<RemovedSpan> removed() {
    return get(Layers.REMOVED).orElse(List.of());
  }

  /** The headline: the given title, else the title line the cleanup stage found, else null. */
  public String displayTitle() {
    if (title != null) {
      return title;
    }
    return get(Layers.TITLE).map(s -> text.substring(s.start(), s.end()).strip()).orElse(null);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static Object freeze(Layer<?> layer, Object value, int textLength) {
    Objects.requireNonNull(value, () -> "null value for layer " + layer);
    if (layer.isList()) {
      List<?> list = List.copyOf((Collection<?>) value);
      for (Object element : list) {
        check(layer, element, textLength);
      }
      return list;
    }
    check(layer, value, textLength);
    return value;
  }

  private static void check(Layer<?> layer, Object value, int textLength) {
    if (!layer.elementType().isInstance(value)) {
      throw new IllegalArgumentException("layer '" + layer + "' holds " + layer.elementType().getSimpleName()
          + ", not " + value.getClass().getSimpleName());
    }
    if (value instanceof Span span && span.end() > textLength) {
      throw new IllegalArgumentException("span " + span + " in layer '" + layer + "' ends after the text (length "
          + textLength + ")");
    }
  }
}
