package io.storyline.cli;

import io.storyline.app.Analysis;
import io.storyline.app.AnalysisSettings;
import io.storyline.app.Watch;
import io.storyline.app.Workspace;
import io.storyline.ingest.dedup.NearDuplicates;
import io.storyline.ingest.dedup.UrlIndex;
import io.storyline.ingest.feed.FeedList;
import io.storyline.ingest.feed.FeedSources;
import io.storyline.ingest.web.Fetcher;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "watch", mixinStandardHelpOptions = true,
    description = {"Follow RSS/Atom feeds: poll each on its own schedule and store new articles as they arrive.",
        "FEED is a feed URL, a file of URLs (one a line) or an OPML file; given feeds are added to the followed list",
        "(see 'storyline sources'). Runs until stopped (Ctrl-C) and resumes where it left off."})
final class WatchCommand implements Callable<Integer> {
  @ParentCommand StorylineCommand root;
  @Spec CommandSpec spec;
  @Mixin DataDir dataDir;
  @Mixin AnalysisOptions analysis;
  @Mixin FetchOptions fetch;
  @Mixin WatchOptions watching;

  @Parameters(arity = "0..*", paramLabel = "FEED", description = "Feed URLs, files of feed URLs, or OPML files.")
  List<String> feeds = List.of();

  @Option(names = "--once", description = "Poll every due feed once, then stop.")
  boolean once;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path data = dataDir.resolve(root);
    LibraryLog.toFile(data);
    Watch.Options options = watching.options();
    FeedList list = FeedList.open(data);
    int added = 0;
    for (String feed : feeds) {
      for (String url : FeedSources.read(feed)) {
        added += list.add(url, Clock.systemUTC().instant()) ? 1 : 0;
      }
    }
    if (list.all().isEmpty()) {
      err.println("storyline watch: no feeds followed; give FEED (a URL, a file of URLs or OPML) or use 'storyline sources add'");
      return 2;
    }
    out.printf("Following %d feeds (%d new) into %s%n", list.all().size(), added, data);
    out.flush();
    AnalysisSettings settings = analysis.settings(data, err, false);
    Analysis chosen = analysis.analysis(settings);
    AtomicBoolean stop = new AtomicBoolean();
    CountDownLatch done = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      stop.set(true);
      try {
        done.await(60, TimeUnit.SECONDS); // the poll under way ends and everything is committed
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "storyline-watch-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    try (Workspace workspace = Workspace.open(data, chosen.recognizer().gazetteer()::canonical);
         UrlIndex urls = UrlIndex.open(data, id -> workspace.articles().get(id).isPresent(), NearDuplicates.DEFAULT_THRESHOLD);
         Fetcher fetcher = new Fetcher(fetch.policy(watching.maxBytes))) {
      settings.write(data);
      Watch watch = new Watch(workspace, chosen.pipeline(), analysis.threads(), fetcher, list, urls, options, Clock.systemUTC());
      int polled = watch.run(stop::get, once, new WatchLines(out, err));
      out.printf("Stopped after %d polls; %,d articles in the store%n", polled, workspace.articles().count());
      return 0;
    } finally {
      done.countDown();
      if (!stop.get()) {
        try {
          Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
          // shutting down already
        }
      }
    }
  }
}
