package io.storyline.cli;

import io.storyline.app.ChronicleDirectory;
import io.storyline.app.RegistryDirectory;
import io.storyline.app.Storage;
import io.storyline.app.StorylineFacets;
import io.storyline.app.Workspace;
import io.storyline.opensearch.ClusterAddress;
import io.storyline.opensearch.ClusterDirectories;
import io.storyline.opensearch.OpenSearchCluster;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "publish", mixinStandardHelpOptions = true,
    description = {"Copy a data directory's articles (with all annotations), entities, events and storylines into a",
        "cluster store, for 'storyline serve --store ADDRESS'. Documents with the same ids are replaced."})
final class PublishCommand implements Callable<Integer> {
  @ParentCommand StorylineCommand root;
  @Spec CommandSpec spec;
  @Mixin DataDir dataDir;

  @Option(names = "--store", required = true, paramLabel = "ADDRESS",
      description = "The cluster store: opensearch://HOST:PORT[/PREFIX] (indices PREFIX-articles, ...; default prefix storyline).")
  String store;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    ClusterAddress address = ClusterAddress.parse(store);
    Path data = dataDir.existing(root);
    try (Workspace workspace = Workspace.read(data, EntityNames.canonical());
         OpenSearchCluster cluster = OpenSearchCluster.connect(address, Storage.codec(), new StorylineFacets())) {
      long started = System.nanoTime();
      AtomicLong n = new AtomicLong();
      workspace.articles().forEach(a -> {
        cluster.articles().write(a);
        n.incrementAndGet();
      });
      cluster.articles().commit();
      double seconds = (System.nanoTime() - started) / 1e9;
      ClusterDirectories.Published p = cluster.directories().publish(new RegistryDirectory(workspace),
          new ChronicleDirectory(workspace));
      out.printf("Published %,d articles in %.1f s (%,.0f articles/s), %,d entities, %,d storylines and %,d events"
          + " from %s to %s%n", n.get(), seconds, n.get() / Math.max(seconds, 1e-9), p.entities(), p.storylines(),
          p.events(), data, address.given());
      return 0;
    }
  }
}
