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
import java.util.function.Supplier;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
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
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
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
  /** Null when the store was opened read-only. */
  private final IndexWriter writer;
  private final SearcherManager searchers;
  /** What every commit records beside the articles (see {@link #open(Path, ArticleJson, Supplier)}). */
  private final Supplier<Map<String, String>> commitData;
  /** The commit data of the commit a read-only store shows; null for a writer. */
  private final Map<String, String> snapshotData;
  /** Writes not yet visible to {@link #searchers}: hash to id, and id to article. */
  private final Map<String, String> pendingByHash = new HashMap<>();
  private final Map<String, Article> pendingById = new HashMap<>();

  private LuceneArticleStore(IndexWriter writer, ArticleJson json, Supplier<Map<String, String>> commitData)
      throws IOException {
    this.writer = writer;
    this.json = json;
    this.searchers = new SearcherManager(writer, null);
    this.commitData = commitData;
    this.snapshotData = null;
  }

  private LuceneArticleStore(DirectoryReader snapshot, ArticleJson json) throws IOException {
    this.writer = null;
    this.json = json;
    this.searchers = new SearcherManager(snapshot, null);
    this.commitData = Map::of;
    this.snapshotData = Map.copyOf(snapshot.getIndexCommit().getUserData());
  }

  /** Opens (creating when absent) the store in {@code dataDir}, keeping the foundation layers. */
  public static LuceneArticleStore open(Path dataDir) {
    return open(dataDir, new ArticleJson());
  }

  /** Opens (creating when absent) the store in {@code dataDir}, keeping the layers {@code json} knows. */
  public static LuceneArticleStore open(Path dataDir, ArticleJson json) {
    return open(dataDir, json, () -> null);
  }

  /**
   * Opens (creating when absent) the store in {@code dataDir} for writing; every commit also records
   * {@code commitData} as it is at that moment (read it back with {@link #committedData}), so that whatever the
   * store's commit must agree with (where other logs stood) is made durable in the same atomic step. When it gives
   * null, a commit keeps what the commit before recorded.
   */
  public static LuceneArticleStore open(Path dataDir, ArticleJson json, Supplier<Map<String, String>> commitData) {
    Path dir = dataDir.resolve("articles");
    try {
      Files.createDirectories(dir);
      IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer())
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
          .setCommitOnClose(true);
      return new LuceneArticleStore(new IndexWriter(FSDirectory.open(dir), config), json, commitData);
    } catch (org.apache.lucene.store.LockObtainFailedException e) {
      throw new IllegalStateException("the data directory " + dataDir + " is in use by another Storyline process", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the store in " + dataDir + ": " + e.getMessage(), e);
    }
  }

  /**
   * The store in {@code dataDir} as its last commit left it, read-only and unchanging: it takes no lock, so it may be
   * opened while another process writes, and never writes itself ({@link #put} and {@link #commit} throw). Empty
   * when nothing was ever committed there.
   */
  public static LuceneArticleStore openReadOnly(Path dataDir, ArticleJson json) {
    Path dir = dataDir.resolve("articles");
    try {
      Directory directory = Files.isDirectory(dir) ? FSDirectory.open(dir) : null;
      if (directory == null || !DirectoryReader.indexExists(directory)) {
        if (directory != null) {
          directory.close();
        }
        directory = emptyIndex();
      }
      return new LuceneArticleStore(DirectoryReader.open(directory), json);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the store in " + dataDir + ": " + e.getMessage(), e);
    }
  }

  /** An index in memory with one empty commit, for a read-only view of a store that has none yet. */
  private static Directory emptyIndex() throws IOException {
    Directory memory = new ByteBuffersDirectory();
    try (IndexWriter w = new IndexWriter(memory, new IndexWriterConfig(new StandardAnalyzer()))) {
      w.commit();
    }
    return memory;
  }

  /** Whether the store in {@code dataDir} was ever committed (a new data directory's is not, until its first commit). */
  public static boolean hasCommit(Path dataDir) {
    Path dir = dataDir.resolve("articles");
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Directory directory = FSDirectory.open(dir)) {
      return DirectoryReader.indexExists(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the last commit of the store in " + dataDir + ": " + e.getMessage(), e);
    }
  }

  /**
   * The data the last commit of the store in {@code dataDir} recorded ({@link #open(Path, ArticleJson, Supplier)});
   * empty when there is no commit or it recorded none. Reads without a lock.
   */
  public static Map<String, String> committedData(Path dataDir) {
    Path dir = dataDir.resolve("articles");
    if (!Files.isDirectory(dir)) {
      return Map.of();
    }
    try (Directory directory = FSDirectory.open(dir)) {
      return DirectoryReader.indexExists(directory)
          ? Map.copyOf(SegmentInfos.readLatestCommit(directory).getUserData()) : Map.of();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the last commit of the store in " + dataDir + ": " + e.getMessage(), e);
    }
  }

  /** For a read-only store, the data its commit recorded; for a writer, what its last commit recorded. */
  public synchronized Map<String, String> committedData() {
    if (snapshotData != null) {
      return snapshotData;
    }
    Map<String, String> out = new HashMap<>();
    Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
    if (live != null) {
      live.forEach(e -> out.put(e.getKey(), e.getValue()));
    }
    return Map.copyOf(out);
  }

  @Override
  public synchronized PutResult put(Article article) {
    requireWriter();
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
    requireWriter();
    try {
      Map<String, String> data = commitData.get();
      if (data != null && !data.equals(committedData())) {
        writer.setLiveCommitData(Map.copyOf(data).entrySet(), true);
      }
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
      if (writer != null) {
        writer.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the store: " + e.getMessage(), e);
    }
  }

  private void requireWriter() {
    if (writer == null) {
      throw new IllegalStateException("this store was opened read-only; open it with LuceneArticleStore.open to write");
    }
  }

  private synchronized void refresh() {
    if (writer == null) {
      return; // a read-only store shows its one commit
    }
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
