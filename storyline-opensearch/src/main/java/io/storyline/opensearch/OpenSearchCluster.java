package io.storyline.opensearch;

import io.storyline.search.ArticleFacets;
import io.storyline.store.ArticleJson;
import io.storyline.web.Services;
import java.io.Closeable;

/**
 * A Storyline store on an OpenSearch cluster: articles with their annotation layers, searchable, and
 * the entities, events and storylines the web UI shows. Connecting creates the indices and their
 * mappings when absent.
 *
 * <pre>{@code
 * try (OpenSearchCluster cluster = OpenSearchCluster.connect(ClusterAddress.parse("opensearch://127.0.0.1:9200"),
 *     new ArticleJson(layers), facets)) {
 *   cluster.articles().put(article);
 *   cluster.articles().commit();
 *   cluster.search().search(SearchQuery.of("Rutte"));
 * }
 * }</pre>
 */
public final class OpenSearchCluster implements Closeable {
  /** Bulk batches: documents and bytes per request, and requests on the wire at once. */
  static final int BATCH_DOCS = 500;
  static final int BATCH_BYTES = 5 << 20;
  static final int MAX_IN_FLIGHT = 2;

  private final OpenSearchClient client;
  private final OpenSearchArticleStore articles;
  private final OpenSearchSearch search;
  private final ClusterDirectories directories;

  private OpenSearchCluster(OpenSearchClient client, ArticleDocuments documents) {
    this.client = client;
    BulkIndexer bulk = new BulkIndexer(client, BATCH_DOCS, BATCH_BYTES, MAX_IN_FLIGHT);
    this.articles = new OpenSearchArticleStore(client, documents, bulk);
    this.search = new OpenSearchSearch(client, documents);
    this.directories = new ClusterDirectories(client, bulk);
  }

  /**
   * Connects, checking the cluster answers, and creates the indices that are missing.
   *
   * @throws IllegalStateException naming the address when the cluster cannot be reached or refuses
   */
  public static OpenSearchCluster connect(ClusterAddress address, ArticleJson json, ArticleFacets facets) {
    OpenSearchClient client = new OpenSearchClient(address);
    client.send("GET", "/_cluster/health?wait_for_status=yellow&timeout=30s", null);
    ClusterIndices.create(client);
    return new OpenSearchCluster(client, new ArticleDocuments(json, facets));
  }

  public OpenSearchArticleStore articles() {
    return articles;
  }

  public OpenSearchSearch search() {
    return search;
  }

  /** The entities, events and storylines held in the cluster. */
  public ClusterDirectories directories() {
    return directories;
  }

  /** What the web server serves from the cluster: read-only (no uploads, corrections or export). */
  public Services services() {
    return Services.of(articles, search).withEntities(directories.entities()).withStorylines(directories.storylines());
  }

  public ClusterAddress address() {
    return client.address();
  }

  /** Writes out what is pending. */
  @Override
  public void close() {
    articles.close();
  }
}
