package io.storyline.cli;

import io.storyline.app.Analysis;
import io.storyline.app.AnalysisSettings;
import io.storyline.app.ChronicleDirectory;
import io.storyline.app.FeedDirectory;
import io.storyline.app.RegistryDirectory;
import io.storyline.app.Storage;
import io.storyline.app.StorylineFacets;
import io.storyline.app.Watch;
import io.storyline.app.WebIngest;
import io.storyline.app.Workspace;
import io.storyline.app.export.WebExport;
import io.storyline.ingest.dedup.NearDuplicates;
import io.storyline.ingest.dedup.UrlIndex;
import io.storyline.ingest.feed.FeedList;
import io.storyline.ingest.web.Fetcher;
import io.storyline.opensearch.ClusterAddress;
import io.storyline.opensearch.OpenSearchCluster;
import io.storyline.web.Services;
import io.storyline.web.WebConfig;
import io.storyline.web.WebServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve the web UI and the REST API (OpenAPI document at /api/openapi.json) until stopped.",
        "Binds to 127.0.0.1 unless --host says otherwise; on another address write endpoints need --token.",
        "With --watch it also follows the feeds of 'storyline sources' (managed from the Sources page and /api/sources)."})
final class ServeCommand implements Callable<Integer> {
  /** Longest wait for the poll under way when the server stops. */
  private static final long STOP_WAIT_MILLIS = 60_000;

  @ParentCommand StorylineCommand root;
  @Spec CommandSpec spec;
  @Mixin DataDir dataDir;
  @Mixin AnalysisOptions analysis;
  @Mixin FetchOptions fetch;
  @Mixin WatchOptions watchOptions;

  @Option(names = "--host", defaultValue = WebServer.LOOPBACK, description = "Address to bind (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(names = "--port", defaultValue = "8080", description = "Port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--token", defaultValue = "${env:STORYLINE_TOKEN}", paramLabel = "TOKEN",
      description = "Bearer token required by write endpoints (default: $STORYLINE_TOKEN).")
  String token;

  @Option(names = "--watch", description = "Poll the followed feeds in this process, as 'storyline watch' does.")
  boolean watch;

  @Option(names = "--store", paramLabel = "ADDRESS",
      description = {"Serve from a cluster store instead of the data directory: opensearch://HOST:PORT[/PREFIX]",
          "(what 'storyline publish' wrote there; read-only: no uploads, corrections or export)."})
  String store;

  @Override
  public Integer call() throws InterruptedException, IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (store != null && watch) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--watch follows feeds into a data directory; a cluster store (--store " + store + ") is read-only here");
    }
    if (store != null) {
      return serveCluster(out);
    }
    Path data = dataDir.resolve(root);
    if (watch) {
      LibraryLog.toFile(data);
    }
    AnalysisSettings settings = analysis.settings(data, err, false);
    Analysis chosen = watch ? analysis.analysis(settings) : null; // else built on the first upload
    Watch.Options followed = watch ? watchOptions.options() : null; // a bad value stops here, before serving
    FeedList feeds = FeedList.open(data);
    try (Workspace workspace = Workspace.open(data, EntityNames.canonical());
         UrlIndex urls = watch ? UrlIndex.open(data, id -> workspace.articles().get(id).isPresent(), NearDuplicates.DEFAULT_THRESHOLD) : null;
         Fetcher fetcher = watch ? new Fetcher(fetch.policy(watchOptions.maxBytes)) : null) {
      Services services = Services.of(workspace.articles(), workspace.search())
          .withEntities(new RegistryDirectory(workspace))
          .withStorylines(new ChronicleDirectory(workspace))
          .withIngest(new WebIngest(workspace, () -> {
            settings.write(data); // uploads are analysed alike with the stored articles
            return chosen != null ? chosen : analysis.analysis(settings);
          }, analysis.threads()))
          .withExport(new WebExport(workspace))
          .withSources(new FeedDirectory(feeds, watch, Clock.systemUTC()));
      WebServer server = new WebServer(services, config());
      server.start(host, port);
      workspace.describeWriter("storyline serve at " + server.uri()); // corrections go there while it runs
      AtomicBoolean stop = new AtomicBoolean();
      Thread watcher = null;
      if (watch) {
        settings.write(data);
        Watch follow = new Watch(workspace, chosen.pipeline(), analysis.threads(), fetcher, feeds, urls,
            followed, Clock.systemUTC());
        watcher = new Thread(() -> follow(follow, stop, out, err), "storyline-watch");
        watcher.start();
      }
      out.printf("Storyline is serving %s (%,d articles) at %s%s%nStop with Ctrl-C.%n", data,
          workspace.articles().count(), server.uri(), watch ? ", following " + feeds.all().size() + " feeds" : "");
      out.flush();
      Thread poller = watcher;
      untilStopped(server, () -> {
        stop.set(true);
        try {
          if (poller != null) {
            poller.join(STOP_WAIT_MILLIS); // the poll under way ends and is committed
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
      return 0;
    }
  }

  /** Runs the watch until {@code stop}; a failure ends the watch (said on {@code err}) but not the server. */
  private static void follow(Watch watch, AtomicBoolean stop, PrintWriter out, PrintWriter err) {
    try {
      watch.run(stop::get, false, new WatchLines(out, err));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException | RuntimeException e) {
      synchronized (err) {
        err.println("storyline serve: the watch stopped (the server goes on): " + e.getMessage());
        err.flush();
      }
    }
  }

  private int serveCluster(PrintWriter out) throws InterruptedException {
    try (OpenSearchCluster cluster = OpenSearchCluster.connect(ClusterAddress.parse(store), Storage.codec(),
        new StorylineFacets())) {
      WebServer server = new WebServer(cluster.services(), config());
      server.start(host, port);
      out.printf("Storyline is serving %s (%,d articles) at %s%nStop with Ctrl-C.%n", store,
          cluster.articles().count(), server.uri());
      out.flush();
      untilStopped(server, () -> {});
      return 0;
    }
  }

  private WebConfig config() {
    return token == null || token.isBlank() ? WebConfig.defaults() : WebConfig.defaults().withToken(token);
  }

  /** Waits for the process to be told to stop (Ctrl-C, SIGTERM): stops the server, then runs {@code then}. */
  private static void untilStopped(WebServer server, Runnable then) throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.stop();
      then.run();
      stopped.countDown();
    }, "storyline-stop"));
    stopped.await();
  }
}
