package io.storyline.ingest.web;

/**
 * What a conditional request sends back: the ETag and Last-Modified of the last response (either may be null).
 */
public record Validators(String etag, String lastModified) {

  /** No validators: an unconditional request. */
  public static final Validators NONE = new Validators(null, null);
}
