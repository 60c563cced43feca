package io.storyline.cli;

import io.storyline.app.Watch;
import java.time.Duration;
import picocli.CommandLine.Option;

/** How feeds are followed: options shared by {@code watch} and {@code serve --watch}. */
final class WatchOptions {
  @Option(names = "--interval", paramLabel = "TIME", defaultValue = "15m", converter = DurationConverter.class,
      description = "Time between polls of a feed that has news (default: ${DEFAULT-VALUE}); doubled after each quiet "
          + "or failed poll, up to 16 times.")
  Duration interval;

  @Option(names = "--max-pages", paramLabel = "N", defaultValue = "100",
      description = "New pages read per poll of a feed at most; the rest wait for its next poll (default: ${DEFAULT-VALUE}).")
  int maxPages;

  @Option(names = "--max-size", paramLabel = "SIZE", defaultValue = "10MB", converter = SizeConverter.class,
      description = "Skip responses larger than this (default: ${DEFAULT-VALUE}).")
  long maxBytes;

  Watch.Options options() {
    return new Watch.Options(interval, maxPages);
  }
}
