package io.storyline.cli;

import io.storyline.ingest.feed.FeedList;
import io.storyline.ingest.feed.FeedSources;
import io.storyline.ingest.feed.FeedState;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "sources", mixinStandardHelpOptions = true,
    description = {"List the followed feeds: state, articles, problems, last success, last error and next poll.",
        "'sources add|remove|pause|resume FEED' changes the list, also while 'storyline watch' runs."},
    subcommands = {SourcesCommand.Add.class, SourcesCommand.Remove.class, SourcesCommand.Pause.class, SourcesCommand.Resume.class})
final class SourcesCommand implements Callable<Integer> {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

  @ParentCommand StorylineCommand root;
  @Spec CommandSpec spec;
  @Mixin DataDir dataDir;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    var feeds = FeedList.open(dataDir.existing(root)).all(); // a listing never creates the directory
    if (feeds.isEmpty()) {
      out.println("No feeds followed; add one with 'storyline sources add URL' or 'storyline watch URL'.");
      return 0;
    }
    out.printf("%-7s %8s %8s  %-16s  %-16s  %s%n", "STATE", "ARTICLES", "PROBLEMS", "LAST SUCCESS", "NEXT POLL", "FEED / LAST ERROR");
    for (FeedState f : feeds) {
      out.printf("%-7s %8d %8d  %-16s  %-16s  %s%n", f.status(), f.articles(), f.problems(), time(f.lastSuccess()),
          f.paused() ? "-" : time(f.nextPoll()), f.url() + (f.title() == null ? "" : " (" + f.title() + ")"));
      if (f.lastError() != null) {
        out.printf("%61s  last error: %s%n", "", f.lastError());
      }
    }
    return 0;
  }

  private static String time(Instant t) {
    return t == null ? "never" : TIME.format(t);
  }

  /** The shared part of the subcommands: the data directory of the parent and the feed arguments. */
  abstract static class Change implements Callable<Integer> {
    @ParentCommand SourcesCommand parent;
    @Spec CommandSpec spec;
    @Parameters(arity = "1..*", paramLabel = "FEED", description = "Feed URLs (for add: also files of URLs or OPML).")
    List<String> feeds;

    abstract boolean apply(FeedList list, String url) throws IOException;

    abstract String done();

    List<String> urls(String feed) throws IOException {
      return List.of(feed);
    }

    @Override
    public Integer call() throws IOException {
      FeedList list = FeedList.open(parent.dataDir.resolve(parent.root));
      int bad = 0;
      for (String feed : feeds) {
        try {
          for (String url : urls(feed)) {
            if (apply(list, url)) {
              spec.commandLine().getOut().println(done() + ": " + url);
            } else {
              bad++;
              spec.commandLine().getErr().println("storyline sources " + spec.name() + ": " + url
                  + (spec.name().equals("add") ? " is followed already" : " is not followed (see 'storyline sources')"));
            }
          }
        } catch (IOException e) {
          bad++;
          spec.commandLine().getErr().println("storyline sources " + spec.name() + ": " + e.getMessage());
        }
      }
      return bad == 0 ? 0 : 1;
    }
  }

  @Command(name = "add", description = "Follow feeds: URLs, files of URLs, or OPML files.")
  static final class Add extends Change {
    @Override
    boolean apply(FeedList list, String url) throws IOException {
      if (!url.startsWith("http://") && !url.startsWith("https://")) {
        throw new IOException(url + " is not a feed URL (http://, https://)");
      }
      return list.add(url, Instant.now());
    }

    @Override
    List<String> urls(String feed) throws IOException {
      return FeedSources.read(feed);
    }

    @Override
    String done() {
      return "added";
    }
  }

  @Command(name = "remove", description = "Stop following feeds (their articles stay in the store).")
  static final class Remove extends Change {
    @Override
    boolean apply(FeedList list, String url) throws IOException {
      return list.remove(url);
    }

    @Override
    String done() {
      return "removed";
    }
  }

  /** Pause and resume: the same change with the opposite value. */
  abstract static class Switch extends Change {
    abstract boolean pause();

    @Override
    boolean apply(FeedList list, String url) throws IOException {
      return list.pause(url, pause());
    }

    @Override
    String done() {
      return pause() ? "paused" : "resumed";
    }
  }

  @Command(name = "pause", description = "Stop polling feeds for now; 'resume' polls them again.")
  static final class Pause extends Switch {
    @Override
    boolean pause() {
      return true;
    }
  }

  @Command(name = "resume", description = "Poll paused feeds again.")
  static final class Resume extends Switch {
    @Override
    boolean pause() {
      return false;
    }
  }
}
