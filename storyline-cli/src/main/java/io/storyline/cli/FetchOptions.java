package io.storyline.cli;

import io.storyline.ingest.web.FetchPolicy;
import picocli.CommandLine.Option;

/** Options of the commands that fetch from the web ({@code ingest URL}, {@code watch}). */
final class FetchOptions {

  @Option(names = "--allow-loopback",
      description = "Allow fetching from this machine (127.0.0.1, ::1, localhost), for local use; private, "
          + "link-local and multicast addresses stay refused.")
  boolean allowLoopback;

  /** The default fetch policy with these options and the size limit. */
  FetchPolicy policy(long maxBytes) {
    return FetchPolicy.defaults().withLoopback(allowLoopback).withMaxBytes(maxBytes, maxBytes);
  }
}
