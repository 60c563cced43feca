package io.storyline.flink;

import io.storyline.app.ChronicleDirectory;
import io.storyline.app.RegistryDirectory;
import io.storyline.app.Storage;
import io.storyline.app.StorylineFacets;
import io.storyline.app.Workspace;
import io.storyline.opensearch.ClusterAddress;
import io.storyline.opensearch.ClusterDirectories;
import io.storyline.opensearch.OpenSearchCluster;
import java.util.Collection;

/**
 * Copies what the job's writer committed at a checkpoint into an OpenSearch cluster store, so that
 * {@code storyline serve --store opensearch://...} serves it while the job runs: the checkpoint's articles as
 * stored (with their entity links, event and storyline), then the entities, events and storylines as they now
 * stand. Writes replace documents with the same ids, so copying an article again changes nothing; the writer copies
 * the articles of a replayed epoch again (the data directory already holds them), which covers a failure between
 * the directory's commit and the copy.
 *
 * <p>Cost: the articles of each checkpoint, plus every entity, event and storyline at each checkpoint (the
 * directories are published whole: O(entities + events) per checkpoint).
 */
final class ClusterMirror implements AutoCloseable {
  private final OpenSearchCluster cluster;

  ClusterMirror(String address) {
    this.cluster = OpenSearchCluster.connect(ClusterAddress.parse(address), Storage.codec(), new StorylineFacets());
  }

  /** Copies the stored articles with these ids and the directories of {@code workspace}, which has just committed. */
  ClusterDirectories.Published copy(Workspace workspace, Collection<String> ids) {
    for (String id : ids) {
      workspace.articles().get(id).ifPresent(cluster.articles()::write);
    }
    cluster.articles().commit();
    return cluster.directories().publish(new RegistryDirectory(workspace), new ChronicleDirectory(workspace));
  }

  @Override
  public void close() {
    cluster.close();
  }
}
