package io.storyline.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * A unified highlighter for the body fields. Every body field indexes the same stored clean text,
 * so each field's value is read from the one stored copy, and offsets from the postings map
 * straight into the article's original text.
 */
final class ArticleHighlighter extends UnifiedHighlighter {
  static final String STORED_TEXT = "text";
  static final int PASSAGES = 2;

  ArticleHighlighter(IndexSearcher searcher, LanguageAnalyzers analyzers) {
    super(UnifiedHighlighter.builder(searcher, analyzers)
        .withFormatter(new SnippetFormatter())
        .withMaxLength(Integer.MAX_VALUE - 1)
        .withMaxNoHighlightPassages(0));
  }

  /** Snippets per field (in {@code fields} order) per doc (in {@code docs} order); null where none. */
  Object[][] highlight(String[] fields, org.apache.lucene.search.Query query, int[] docs) throws IOException {
    int[] passages = new int[fields.length];
    Arrays.fill(passages, PASSAGES);
    var byField = highlightFieldsAsObjects(fields, query, docs, passages);
    Object[][] out = new Object[fields.length][];
    for (int f = 0; f < fields.length; f++) {
      out[f] = byField.get(fields[f]);
    }
    return out;
  }

  @Override
  protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
      throws IOException {
    List<CharSequence[]> values = new ArrayList<>();
    var stored = getIndexSearcher().storedFields();
    for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
      String text = stored.document(doc, java.util.Set.of(STORED_TEXT)).get(STORED_TEXT);
      CharSequence[] perField = new CharSequence[fields.length];
      Arrays.fill(perField, text == null ? "" : text);
      values.add(perField);
    }
    return values;
  }
}
