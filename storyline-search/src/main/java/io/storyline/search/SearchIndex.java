package io.storyline.search;

import io.storyline.core.Article;
import io.storyline.core.LanguageGuess;
import io.storyline.core.Layers;
import io.storyline.core.TextMask;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.ExitableDirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The full-text index of articles under {@code <data>/search}: each article's clean text (debris
 * blanked, offsets kept) analysed for its language and in a language-neutral field, with filters,
 * highlighted snippets, sorting and stable page cursors.
 *
 * <p>Thread-safe. One process at a time may open an index (Lucene's write lock). Indexed articles
 * become searchable at the next {@link #commit()}, or within a search or two after it on another thread.
 *
 * <pre>{@code
 * try (SearchIndex index = SearchIndex.open(dataDir)) {
 *   index.index(article);
 *   index.commit();
 *   SearchResult r = index.search(SearchQuery.of("\"Mark Rutte\" Japan"));
 * }
 * }</pre>
 */
public final class SearchIndex implements ArticleSearch {
  private static final FieldType BODY_TYPE = bodyType();

  private final LanguageAnalyzers analyzers = new LanguageAnalyzers();
  private final ArticleFacets facets;
  /** Null when opened read-only. */
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private volatile Translations translations = Translations.NONE;
  private volatile QueryLimits limits = QueryLimits.DEFAULT;

  /** The number of the last commit ({@link CommitSequence}). */
  private long sequence;

  private SearchIndex(IndexWriter writer, ArticleFacets facets) throws IOException {
    this.writer = writer;
    this.facets = facets;
    this.searchers = new SearcherManager(writer, null);
    Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
    this.sequence = live == null ? 0 : CommitSequence.of(live);
  }

  private SearchIndex(DirectoryReader snapshot, ArticleFacets facets) throws IOException {
    this.writer = null;
    this.facets = facets;
    this.searchers = new SearcherManager(snapshot, null);
    this.sequence = CommitSequence.of(snapshot.getIndexCommit());
  }

  /** Opens (creating when absent) the index in {@code <dataDir>/search}, reading only metadata facets. */
  public static SearchIndex open(Path dataDir) {
    return open(dataDir, ArticleFacets.METADATA);
  }

  /** Opens (creating when absent) the index in {@code <dataDir>/search}; {@code facets} reads dates and ids. */
  public static SearchIndex open(Path dataDir, ArticleFacets facets) {
    Path dir = dataDir.resolve("search");
    try {
      Files.createDirectories(dir);
      IndexWriterConfig config = new IndexWriterConfig(new LanguageAnalyzers())
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
          .setIndexDeletionPolicy(new CommitSequence.KeepLastTwo())
          .setCommitOnClose(true);
      return new SearchIndex(new IndexWriter(FSDirectory.open(dir), config), facets);
    } catch (org.apache.lucene.store.LockObtainFailedException e) {
      throw new IllegalStateException("the search index in " + dir + " is in use by another Storyline process", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the search index in " + dir + ": " + e.getMessage(), e);
    }
  }

  /**
   * The index in {@code <dataDir>/search} as its commit numbered {@code sequence} left it (the newest commit when it
   * keeps no such commit any more, or {@code sequence} is negative), read-only and unchanging: it takes no lock, so
   * it may be opened while another process writes. Empty when nothing was committed there.
   */
  public static SearchIndex openReadOnly(Path dataDir, ArticleFacets facets, long sequence) {
    try {
      return new SearchIndex(DirectoryReader.open(CommitSequence.find(dataDir.resolve("search"), sequence)), facets);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the search index in " + dataDir + ": " + e.getMessage(), e);
    }
  }

  /**
   * Takes the index in {@code <dataDir>/search} back to its commit numbered {@code sequence}, when a later commit
   * was made (the commit before the last is kept for this). Returns whether the index is now at that commit; false
   * when it is behind it or no longer keeps it, and it must be built again.
   */
  public static boolean rollBack(Path dataDir, long sequence) {
    return CommitSequence.rollBack(dataDir.resolve("search"), sequence, new LanguageAnalyzers());
  }

  /** The number of the last commit: 0 before the first, one more at each {@link #commit()}. */
  public synchronized long committedSequence() {
    return sequence;
  }

  /** Adds the article, replacing an earlier version with the same id. */
  public void index(Article article) {
    requireWriter();
    try {
      writer.updateDocument(new Term(IndexFields.ID, article.id()), document(article));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot index article " + article.id() + ": " + e.getMessage(), e);
    }
  }

  /** Removes the article with this id, if indexed. */
  public void delete(String id) {
    requireWriter();
    try {
      writer.deleteDocuments(new Term(IndexFields.ID, id));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete article " + id + " from the index: " + e.getMessage(), e);
    }
  }

  /** Makes everything indexed so far durable and searchable; a commit with changes gets the next number. */
  public synchronized void commit() {
    requireWriter();
    try {
      if (writer.hasUncommittedChanges()) {
        writer.setLiveCommitData(CommitSequence.data(sequence + 1), true);
        writer.commit();
        sequence++;
      }
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot commit the search index: " + e.getMessage(), e);
    }
  }

  @Override
  public SearchResult search(SearchQuery query) {
    long started = System.nanoTime();
    Sort sort = sort(query.sort());
    QueryLimits bounds = limits;
    return withSearcher(shared -> {
      QueryFactory queries = new QueryFactory(analyzers, bodyFieldsIn(shared), bounds);
      Query text = queries.text(query.text());
      List<QueryFactory.Variant> variants = new ArrayList<>(queries.variants(query.expansions()));
      String translated = translations == Translations.NONE ? null
          : ConceptExpansion.rewrite(query.text(), translations, languages(shared).keySet(), nameWords(query.expansions()));
      if (translated != null) {
        variants.add(queries.translated(translated));
      }
      SearchBudget budget = new SearchBudget(shared, bounds.timeBudget());
      try {
        return search(query, budget, sort, queries.combine(text, variants, query.filters()), text, variants, started);
      } catch (ExitableDirectoryReader.ExitingReaderException e) {
        throw budget.exceeded(query.text());
      }
    });
  }

  /** Runs the parsed query on the budget's searcher: the clock runs from rewriting to the last snippet. */
  private SearchResult search(SearchQuery query, SearchBudget budget, Sort sort, Query full, Query text,
      List<QueryFactory.Variant> variants, long started) throws IOException {
    IndexSearcher s = budget.searcher();
    TopFieldDocs top;
    try {
      top = query.cursor() == null
          ? s.search(full, query.limit() + 1, sort, true)
          : s.searchAfter(Cursor.decode(query.sort(), query.cursor()), full, query.limit() + 1, sort, true);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new IllegalArgumentException("the query '" + SearchBudget.abbreviated(query.text())
          + "' expands to too many terms; make it more specific", e);
    }
    budget.check(query.text());
    int n = Math.min(query.limit(), top.scoreDocs.length);
    int[] docs = new int[n];
    for (int i = 0; i < n; i++) {
      docs[i] = top.scoreDocs[i].doc;
    }
    MatchCheck check = new MatchCheck(s, text, variants);
    List<Hit> hits = hits(s, docs, top, check, text, variants);
    String next = top.scoreDocs.length > n ? Cursor.encode(query.sort(), (FieldDoc) top.scoreDocs[n - 1]) : null;
    return new SearchResult(hits, top.totalHits.value(), top.totalHits.relation() == TotalHits.Relation.EQUAL_TO, next,
        (System.nanoTime() - started) / 1_000_000);
  }

  /** Bounds what each later search may cost ({@link QueryLimits#DEFAULT} until called). */
  public void useLimits(QueryLimits newLimits) {
    this.limits = java.util.Objects.requireNonNull(newLimits, "limits");
  }

  /**
   * Expands each plain query word with the words of other languages the index holds that share its concept
   * ({@link ConceptExpansion}): hits found only that way rank below exact ones and name the expanded query in
   * {@link Hit#via()}.
   */
  public void useTranslations(Translations translations) {
    this.translations = java.util.Objects.requireNonNull(translations, "translations");
  }

  /** The lower-case words of the terms entity expansions matched: names, which are never translated. */
  private static Set<String> nameWords(List<Expansion> expansions) {
    Set<String> words = new java.util.HashSet<>();
    for (Expansion e : expansions) {
      for (String w : e.term().toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
        words.add(w);
      }
    }
    return words;
  }

  /** How many articles are indexed (committed and refreshed). */
  @Override
  public long count() {
    return withSearcher(s -> (long) s.getIndexReader().numDocs());
  }

  /** Indexed articles per language code, most frequent first. */
  @Override
  public Map<String, Long> languages() {
    return withSearcher(SearchIndex::languages);
  }

  private static Map<String, Long> languages(IndexSearcher s) throws IOException {
    Map<String, Long> counts = new TreeMap<>();
    Terms terms = MultiTerms.getTerms(s.getIndexReader(), IndexFields.LANG);
    if (terms != null) {
      TermsEnum e = terms.iterator();
      for (BytesRef t = e.next(); t != null; t = e.next()) {
        String code = t.utf8ToString();
        counts.put(code, (long) s.count(new TermQuery(new Term(IndexFields.LANG, code))));
      }
    }
    Map<String, Long> sorted = new LinkedHashMap<>();
    counts.entrySet().stream().filter(en -> en.getValue() > 0)
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).forEach(en -> sorted.put(en.getKey(), en.getValue()));
    return sorted;
  }

  @Override
  public synchronized void close() {
    try {
      searchers.close();
      if (writer != null) {
        writer.close();
      }
      analyzers.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the search index: " + e.getMessage(), e);
    }
  }

  private void requireWriter() {
    if (writer == null) {
      throw new IllegalStateException("this search index was opened read-only; open it with SearchIndex.open to write");
    }
  }

  private Document document(Article a) {
    Document doc = new Document();
    doc.add(new StringField(IndexFields.ID, a.id(), Field.Store.YES));
    doc.add(new SortedDocValuesField(IndexFields.ID_SORT, new BytesRef(a.id())));
    String lang = a.get(Layers.LANGUAGE).map(LanguageGuess::code).orElse(LanguageGuess.UNDETERMINED);
    doc.add(new StringField(IndexFields.LANG, lang, Field.Store.YES));
    doc.add(new StringField(IndexFields.SOURCE, a.source(), Field.Store.YES));
    String title = a.displayTitle();
    if (title != null) {
      doc.add(new TextField(LanguageAnalyzers.TITLE, title, Field.Store.YES));
    }
    facets.published(a).ifPresent(p -> {
      long millis = p.toEpochMilli();
      doc.add(new LongPoint(IndexFields.PUBLISHED, millis));
      doc.add(new NumericDocValuesField(IndexFields.PUBLISHED, millis));
      doc.add(new StoredField(IndexFields.PUBLISHED, millis));
    });
    facets.entityIds(a).forEach(id -> doc.add(new StringField(IndexFields.ENTITY, id, Field.Store.NO)));
    facets.eventIds(a).forEach(id -> doc.add(new StringField(IndexFields.EVENT, id, Field.Store.NO)));
    facets.storylineIds(a).forEach(id -> doc.add(new StringField(IndexFields.STORYLINE, id, Field.Store.NO)));
    String clean = TextMask.clean(a);
    doc.add(new StoredField(ArticleHighlighter.STORED_TEXT, clean));
    doc.add(new Field(LanguageAnalyzers.BODY, clean, BODY_TYPE));
    LanguageAnalyzers.fieldFor(lang).ifPresent(f -> doc.add(new Field(f, clean, BODY_TYPE)));
    return doc;
  }

  private static Sort sort(SortOrder order) {
    SortField id = new SortField(IndexFields.ID_SORT, SortField.Type.STRING);
    if (order == SortOrder.RELEVANCE) {
      return new Sort(SortField.FIELD_SCORE, id);
    }
    boolean newest = order == SortOrder.NEWEST;
    return new Sort(new SortField(IndexFields.PUBLISHED, SortField.Type.LONG, newest, newest ? Long.MIN_VALUE : Long.MAX_VALUE), id);
  }

  /** The body fields the index holds (the neutral one and those of the languages indexed so far). */
  private static List<String> bodyFieldsIn(IndexSearcher s) {
    var infos = org.apache.lucene.index.FieldInfos.getMergedFieldInfos(s.getIndexReader());
    List<String> present = new ArrayList<>();
    for (String f : LanguageAnalyzers.bodyFields()) {
      if (f.equals(LanguageAnalyzers.BODY) || infos.fieldInfo(f) != null) {
        present.add(f);
      }
    }
    return present;
  }

  /** Snippets per page doc, {@code [field index][doc index]}, for the page's language fields and the neutral one. */
  private Object[][] highlights(IndexSearcher s, Query text, List<QueryFactory.Variant> variants, int[] docs,
      String[] fields) throws IOException {
    if (docs.length == 0) {
      return new Object[0][];
    }
    BooleanQuery.Builder matching = new BooleanQuery.Builder().add(text, Occur.SHOULD);
    variants.forEach(v -> matching.add(v.query(), Occur.SHOULD));
    return new ArticleHighlighter(s, analyzers).highlight(fields, matching.build(), docs);
  }

  private List<Hit> hits(IndexSearcher s, int[] docs, TopFieldDocs top, MatchCheck check, Query text,
      List<QueryFactory.Variant> variants) throws IOException {
    StoredFields stored = s.storedFields();
    Document[] found = new Document[docs.length];
    Set<String> fieldSet = new LinkedHashSet<>(List.of(LanguageAnalyzers.BODY));
    for (int i = 0; i < docs.length; i++) {
      found[i] = stored.document(docs[i]);
      LanguageAnalyzers.fieldFor(found[i].get(IndexFields.LANG)).ifPresent(fieldSet::add);
    }
    String[] fields = fieldSet.toArray(String[]::new);
    Object[][] snippets = highlights(s, text, variants, docs, fields);
    List<Hit> hits = new ArrayList<>();
    for (int i = 0; i < docs.length; i++) {
      Document d = found[i];
      String lang = d.get(IndexFields.LANG);
      String langField = LanguageAnalyzers.fieldFor(lang).orElse(LanguageAnalyzers.BODY);
      List<Snippet> picked = pick(snippets, fields, i, langField);
      if (picked.isEmpty()) {
        picked = List.of(Snippet.opening(d.get(ArticleHighlighter.STORED_TEXT)));
      }
      boolean direct = check.direct(docs[i]);
      List<String> via = direct ? List.of() : check.via(docs[i]);
      var publishedField = d.getField(IndexFields.PUBLISHED);
      Instant published = publishedField == null ? null : Instant.ofEpochMilli(publishedField.numericValue().longValue());
      float score = top.scoreDocs[i].score;
      hits.add(new Hit(d.get(IndexFields.ID), d.get(LanguageAnalyzers.TITLE), lang, d.get(IndexFields.SOURCE), published,
          Float.isNaN(score) ? 0f : score, direct, via, picked));
    }
    return hits;
  }

  /** The snippets of the doc's language field, else of the neutral field, else none. */
  @SuppressWarnings("unchecked")
  private static List<Snippet> pick(Object[][] snippets, String[] fields, int doc, String langField) {
    Set<String> order = new LinkedHashSet<>(List.of(langField, LanguageAnalyzers.BODY));
    for (String f : order) {
      for (int k = 0; k < fields.length; k++) {
        if (fields[k].equals(f) && snippets[k] != null && snippets[k][doc] instanceof List<?> list && !list.isEmpty()) {
          return (List<Snippet>) list;
        }
      }
    }
    return List.of();
  }

  private static FieldType bodyType() {
    FieldType t = new FieldType();
    t.setTokenized(true);
    t.setStored(false);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    return t;
  }

  private interface SearcherCall<T> {
    T call(IndexSearcher searcher) throws IOException;
  }

  private <T> T withSearcher(SearcherCall<T> call) {
    try {
      if (writer != null) {
        searchers.maybeRefresh(); // a read-only index shows its one commit
      }
      IndexSearcher s = searchers.acquire();
      try {
        return call.call(s);
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the search index: " + e.getMessage(), e);
    }
  }
}
