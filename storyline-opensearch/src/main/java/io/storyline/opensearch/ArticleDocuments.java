package io.storyline.opensearch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storyline.core.Article;
import io.storyline.core.LanguageGuess;
import io.storyline.core.Layers;
import io.storyline.core.TextMask;
import io.storyline.search.ArticleFacets;
import io.storyline.store.ArticleJson;
import java.util.Set;

/**
 * An article as one document of the articles index: the article in the export format (docs/export-format.md)
 * under {@code article}, kept but not indexed, and the fields search reads, as the embedded index has them:
 * the clean text (debris blanked, offsets kept) in the neutral body field and in its language's field, title,
 * language, source, publication time and the ids of its entities, events and storylines.
 */
final class ArticleDocuments {
  private final ArticleJson json;
  private final ArticleFacets facets;

  ArticleDocuments(ArticleJson json, ArticleFacets facets) {
    this.json = json;
    this.facets = facets;
  }

  ObjectNode document(Article a) {
    ObjectNode doc = OpenSearchClient.JSON.createObjectNode();
    doc.put("id", a.id());
    doc.put("contentHash", a.contentHash());
    String lang = a.get(Layers.LANGUAGE).map(LanguageGuess::code).orElse(LanguageGuess.UNDETERMINED);
    doc.put("lang", lang);
    doc.put("source", a.source());
    String title = a.displayTitle();
    if (title != null) {
      doc.put("title", title);
    }
    facets.published(a).ifPresent(p -> doc.put("published", p.toEpochMilli()));
    ids(doc, "entity", facets.entityIds(a));
    ids(doc, "event", facets.eventIds(a));
    ids(doc, "storyline", facets.storylineIds(a));
    String clean = TextMask.clean(a);
    doc.put(ClusterIndices.BODY, clean);
    ClusterIndices.fieldFor(lang).ifPresent(f -> doc.put(f, clean));
    doc.set("article", json.toTree(a));
    return doc;
  }

  Article article(com.fasterxml.jackson.databind.JsonNode source) {
    return json.fromTree(source.path("article"));
  }

  private static void ids(ObjectNode doc, String field, Set<String> ids) {
    if (!ids.isEmpty()) {
      ArrayNode arr = doc.putArray(field);
      ids.stream().sorted().forEach(arr::add);
    }
  }
}
