package io.storyline.cli;

import io.storyline.app.Watch;
import io.storyline.ingest.feed.FeedState;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** What a watch prints: one line per poll on {@code out}, one per problem or partly analysed article on {@code err}. */
final class WatchLines implements Watch.Events {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());
  private final PrintWriter out;
  private final PrintWriter err;

  WatchLines(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public void polled(FeedState state, String summary) {
    synchronized (out) {
      out.printf("%s %s: %s; next poll %s%n", TIME.format(state.lastPoll()), state.url(), summary, TIME.format(state.nextPoll()));
      out.flush();
    }
  }

  @Override
  public void problem(String location, String reason) {
    line("problem", location, reason);
  }

  @Override
  public void partial(String location, String reason) {
    line("partial", location, reason);
  }

  private void line(String what, String location, String reason) {
    synchronized (err) {
      err.println("  " + what + ": " + location + ": " + reason);
      err.flush();
    }
  }
}
