package io.storyline.cli;

import io.storyline.app.AnalysisSettings;
import io.storyline.app.ChronicleDirectory;
import io.storyline.app.RegistryDirectory;
import io.storyline.app.Storage;
import io.storyline.app.StorylineFacets;
import io.storyline.app.WebIngest;
import io.storyline.app.export.WebExport;
import io.storyline.app.Workspace;
import io.storyline.opensearch.ClusterAddress;
import io.storyline.opensearch.OpenSearchCluster;
import io.storyline.web.Services;
import io.storyline.web.WebConfig;
import io.storyline.web.WebServer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve the web UI and the REST API (OpenAPI document at /api/openapi.json) until stopped.",
        "Binds to 127.0.0.1 unless --host says otherwise; on another address write endpoints need --token."})
final class ServeCommand implements Callable<Integer> {
  @ParentCommand StorylineCommand root;
  @Spec CommandSpec spec;
  @Mixin DataDir dataDir;
  @Mixin AnalysisOptions analysis;

  @Option(names = "--host", defaultValue = WebServer.LOOPBACK, description = "Address to bind (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(names = "--port", defaultValue = "8080", description = "Port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--token", defaultValue = "${env:STORYLINE_TOKEN}", paramLabel = "TOKEN",
      description = "Bearer token required by write endpoints (default: $STORYLINE_TOKEN).")
  String token;

  @Option(names = "--store", paramLabel = "ADDRESS",
      description = {"Serve from a cluster store instead of the data directory: opensearch://HOST:PORT[/PREFIX]",
          "(what 'storyline publish' wrote there; read-only: no uploads, corrections or export)."})
  String store;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    if (store != null) {
      return serveCluster(out);
    }
    Path data = dataDir.resolve(root);
    AnalysisSettings settings = analysis.settings(data, spec.commandLine().getErr(), false);
    try (Workspace workspace = Workspace.open(data, EntityNames.canonical())) {
      Services services = Services.of(workspace.articles(), workspace.search())
          .withEntities(new RegistryDirectory(workspace))
          .withStorylines(new ChronicleDirectory(workspace))
          .withIngest(new WebIngest(workspace, () -> {
            settings.write(data); // uploads are analysed alike with the stored articles
            return analysis.analysis(settings);
          }, analysis.threads()))
          .withExport(new WebExport(workspace));
      WebServer server = new WebServer(services, config());
      server.start(host, port);
      workspace.describeWriter("storyline serve at " + server.uri()); // corrections go there while it runs
      out.printf("Storyline is serving %s (%,d articles) at %s%nStop with Ctrl-C.%n", data,
          workspace.articles().count(), server.uri());
      out.flush();
      untilStopped(server);
      return 0;
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
      untilStopped(server);
      return 0;
    }
  }

  private WebConfig config() {
    return token == null || token.isBlank() ? WebConfig.defaults() : WebConfig.defaults().withToken(token);
  }

  private static void untilStopped(WebServer server) throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.stop();
      stopped.countDown();
    }, "storyline-stop"));
    stopped.await();
  }
}
