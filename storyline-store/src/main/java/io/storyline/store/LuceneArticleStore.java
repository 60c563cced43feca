package io.storyline.store;

import io.storyline.core.Article;
import io.storyline.core.ArticleStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The embedded default {@link ArticleStore}: a Lucene index under {@code <data>/articles}.
 *
 * <p>Each article is one Lucene document holding its export-format JSON, keyed by id and content
 * hash. Lucene commits are atomic and fsynced, so a kill between commits loses only what was not yet
 * committed, and the index always opens at its last commit. Writes are serialised by this object;
 * reads may come from any thread.
 */
public final class LuceneArticleStore implements ArticleStore {
  private static final String ID = "id";
  private static final String ID_SORT = "id_sort";
  private static final String HASH = "hash";
  private static final String JSON = "json";
  private static final int PAGE = 1000;

  private final ArticleJson json;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  /** Writes not yet visible to {@link #searchers}: hash to id, and id to article. */
  private final Map<String, String> pendingByHash = new HashMap<>();
  private final Map<String, Article> pendingById = new HashMap<>();

  private LuceneArticleStore(IndexWriter writer, ArticleJson json) throws IOException {
    this.writer = writer;
    this.json = json;
    this.searchers = new SearcherManager(writer, null);
  }

  /** Opens (creating when absent) the store in {@code dataDir}, keeping the foundation layers. */
  public static LuceneArticleStore open(Path dataDir) {
    return open(dataDir, new ArticleJson());
  }

  /** Opens (creating when absent) the store in {@code dataDir}, keeping the layers {@code json} knows. */
  public static LuceneArticleStore open(Path dataDir, ArticleJson json) {
    Path dir = dataDir.resolve("articles");
    try {
      Files.createDirectories(dir);
      IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer())
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
          .setCommitOnClose(true);
      return new LuceneArticleStore(new IndexWriter(FSDirectory.open(dir), config), json);
    } catch (org.apache.lucene.store.LockObtainFailedException e) {
      throw new IllegalStateException("the data directory " + dataDir + " is in use by another Storyline process", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the store in " + dataDir + ": " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized PutResult put(Article article) {
    Optional<String> twin = idForHash(article.contentHash());
    if (twin.isPresent()) {
      return new PutResult(PutResult.Status.DUPLICATE, article.id(), twin.get());
    }
    boolean exists = get(article.id()).isPresent();
    Document doc = new Document();
    doc.add(new StringField(ID, article.id(), Field.Store.NO));
    doc.add(new SortedDocValuesField(ID_SORT, new BytesRef(article.id())));
    doc.add(new StringField(HASH, article.contentHash(), Field.Store.NO));
    doc.add(new StoredField(JSON, json.writeBytes(article)));
    try {
      writer.updateDocument(new Term(ID, article.id()), doc);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write article " + article.id() + ": " + e.getMessage(), e);
    }
    pendingByHash.values().remove(article.id());
    pendingByHash.put(article.contentHash(), article.id());
    pendingById.put(article.id(), article);
    return new PutResult(exists ? PutResult.Status.UPDATED : PutResult.Status.STORED, article.id(), null);
  }

  @Override
  public Optional<Article> get(String id) {
    synchronized (this) {
      Article pending = pendingById.get(id);
      if (pending != null) {
        return Optional.of(pending);
      }
    }
    return withSearcher(s -> {
      TopDocs hits = s.search(new TermQuery(new Term(ID, id)), 1);
      return hits.scoreDocs.length == 0 ? Optional.<Article>empty() : Optional.of(load(s.storedFields(), hits.scoreDocs[0].doc));
    });
  }

  @Override
  public Optional<String> idForHash(String contentHash) {
    synchronized (this) {
      String pending = pendingByHash.get(contentHash);
      if (pending != null) {
        return Optional.of(pending);
      }
    }
    return withSearcher(s -> {
      TopDocs hits = s.search(new TermQuery(new Term(HASH, contentHash)), 1);
      if (hits.scoreDocs.length == 0) {
        return Optional.<String>empty();
      }
      String id = load(s.storedFields(), hits.scoreDocs[0].doc).id();
      synchronized (this) {
        // The stored twin may have been replaced by new content under the same id since the last refresh.
        return pendingById.containsKey(id) ? Optional.<String>empty() : Optional.of(id);
      }
    });
  }

  /**
   * Streams the store a page at a time from one point-in-time view, each page after the last id of the one
   * before, reading each article once (the cost grows with the store, not with its square).
   */
  @Override
  public void forEach(Consumer<Article> visitor) {
    forEachJson(bytes -> visitor.accept(json.read(bytes)));
  }

  /**
   * Visits every stored article's export-format JSON (UTF-8) in id order without decoding it: what an export of
   * JSON Lines streams.
   */
  public void forEachJson(Consumer<byte[]> visitor) {
    refresh();
    Sort byId = new Sort(new SortField(ID_SORT, SortField.Type.STRING));
    withSearcher(s -> {
      ScoreDoc after = null;
      TopDocs page;
      do {
        page = s.searchAfter(after, new MatchAllDocsQuery(), PAGE, byId);
        StoredFields fields = s.storedFields();
        for (ScoreDoc d : page.scoreDocs) {
          BytesRef bytes = fields.document(d.doc).getBinaryValue(JSON);
          visitor.accept(java.util.Arrays.copyOfRange(bytes.bytes, bytes.offset, bytes.offset + bytes.length));
        }
        after = page.scoreDocs.length == 0 ? null : page.scoreDocs[page.scoreDocs.length - 1];
      } while (page.scoreDocs.length == PAGE);
      return null;
    });
  }

  @Override
  public List<String> ids(int offset, int limit) {
    refresh();
    return withSearcher(s -> {
      int want = offset + limit;
      return want <= 0 ? List.<String>of() : idsOf(s, s.search(new MatchAllDocsQuery(), want,
          new Sort(new SortField(ID_SORT, SortField.Type.STRING))), offset);
    });
  }

  /** Ids that start with {@code prefix}, in id order, {@code max} at most (committed articles). */
  @Override
  public List<String> idsStartingWith(String prefix, int max) {
    refresh();
    return withSearcher(s -> idsOf(s, s.search(new PrefixQuery(new Term(ID, prefix)), Math.max(1, max),
        new Sort(new SortField(ID_SORT, SortField.Type.STRING))), 0));
  }

  /** The ids of the hits from {@code offset} on, read from the sort field rather than from the stored article. */
  private static List<String> idsOf(IndexSearcher s, TopDocs top, int offset) {
    List<String> ids = new ArrayList<>();
    ScoreDoc[] docs = top.scoreDocs;
    for (int i = offset; i < docs.length; i++) {
      ids.add(((BytesRef) ((FieldDoc) docs[i]).fields[0]).utf8ToString());
    }
    return ids;
  }

  @Override
  public long count() {
    refresh();
    return withSearcher(s -> (long) s.count(new MatchAllDocsQuery()));
  }

  @Override
  public synchronized void commit() {
    try {
      writer.commit();
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot commit the store: " + e.getMessage(), e);
    }
    pendingByHash.clear();
    pendingById.clear();
  }

  @Override
  public synchronized void close() {
    try {
      searchers.close();
      writer.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the store: " + e.getMessage(), e);
    }
  }

  private synchronized void refresh() {
    try {
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    pendingByHash.clear();
    pendingById.clear();
  }

  private Article load(StoredFields fields, int doc) throws IOException {
    BytesRef bytes = fields.document(doc).getBinaryValue(JSON);
    return json.read(java.util.Arrays.copyOfRange(bytes.bytes, bytes.offset, bytes.offset + bytes.length));
  }

  private interface SearcherCall<T> {
    T call(IndexSearcher searcher) throws IOException;
  }

  private <T> T withSearcher(SearcherCall<T> call) {
    try {
      IndexSearcher s = searchers.acquire();
      try {
        return call.call(s);
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the store: " + e.getMessage(), e);
    }
  }
}
