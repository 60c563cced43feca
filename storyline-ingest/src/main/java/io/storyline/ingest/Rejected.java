package io.storyline.ingest;

/** Thrown inside the package when an input cannot become an article; the message is the reason. */
final class Rejected extends Exception {

  Rejected(String reason) {
    super(reason, null, false, false);
  }
}
