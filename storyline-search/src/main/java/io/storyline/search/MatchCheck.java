package io.storyline.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/** Tells, for a hit, whether the query text itself matched it and which expansion variants did. */
final class MatchCheck {
  private final IndexSearcher searcher;
  private final Weight text;
  private final List<QueryFactory.Variant> variants;
  private final List<Weight> variantWeights = new ArrayList<>();

  MatchCheck(IndexSearcher searcher, Query text, List<QueryFactory.Variant> variants) throws IOException {
    this.searcher = searcher;
    this.variants = variants;
    this.text = variants.isEmpty() || text instanceof MatchAllDocsQuery ? null : weight(text);
    for (QueryFactory.Variant v : variants) {
      variantWeights.add(weight(v.query()));
    }
  }

  /** True when the query text matches the doc (always, when there are no expansions). */
  boolean direct(int doc) throws IOException {
    return text == null || matches(text, doc);
  }

  /** The variants that match the doc, in expansion order, without repeats. */
  List<String> via(int doc) throws IOException {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < variants.size(); i++) {
      String name = variants.get(i).text();
      if (!out.contains(name) && matches(variantWeights.get(i), doc)) {
        out.add(name);
      }
    }
    return out;
  }

  private Weight weight(Query q) throws IOException {
    return searcher.createWeight(searcher.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1f);
  }

  private boolean matches(Weight w, int doc) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    Scorer scorer = w.scorer(leaf);
    int local = doc - leaf.docBase;
    return scorer != null && scorer.iterator().advance(local) == local;
  }
}
