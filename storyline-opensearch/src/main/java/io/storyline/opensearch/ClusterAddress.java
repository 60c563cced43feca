package io.storyline.opensearch;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Where the cluster store is: {@code opensearch://host:port} (HTTP) or {@code opensearchs://host:port}
 * (HTTPS), with an optional index prefix as the path ({@code opensearch://host:9200/news} names the
 * indices {@code news-articles}, {@code news-entities}, ...; {@code storyline} when absent).
 *
 * @param given  the address as the user wrote it, for messages
 * @param http   the REST endpoint
 * @param prefix the index name prefix
 */
public record ClusterAddress(String given, URI http, String prefix) {
  public static final String SCHEME = "opensearch";
  public static final String DEFAULT_PREFIX = "storyline";
  private static final String FORM = "opensearch://HOST:PORT[/INDEX_PREFIX] (or opensearchs:// for HTTPS)";

  /** Whether {@code store} names a cluster store rather than a directory. */
  public static boolean isCluster(String store) {
    return store != null && (store.startsWith(SCHEME + "://") || store.startsWith(SCHEME + "s://"));
  }

  /** Parses the address; throws naming it and the valid form when it is not one. */
  public static ClusterAddress parse(String address) {
    if (!isCluster(address)) {
      throw new IllegalArgumentException("the store address '" + address + "' is not a cluster address; valid: " + FORM);
    }
    URI uri;
    try {
      uri = new URI(address);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("the store address '" + address + "' is malformed (" + e.getReason()
          + "); valid: " + FORM, e);
    }
    if (uri.getHost() == null || uri.getPort() < 0) {
      throw new IllegalArgumentException("the store address '" + address + "' needs a host and a port; valid: " + FORM);
    }
    String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("^/+|/+$", "");
    if (!path.isEmpty() && !path.matches("[a-z0-9][a-z0-9_-]*")) {
      throw new IllegalArgumentException("the index prefix '" + path + "' of the store address '" + address
          + "' is not a valid index name: use lower-case letters, digits, '-' and '_'");
    }
    String scheme = uri.getScheme().endsWith("s") ? "https" : "http";
    return new ClusterAddress(address, URI.create(scheme + "://" + uri.getHost() + ":" + uri.getPort()),
        path.isEmpty() ? DEFAULT_PREFIX : path);
  }

  /** The index holding one kind of document: {@code articles}, {@code entities}, {@code events}, {@code storylines}. */
  public String index(String kind) {
    return prefix + "-" + kind;
  }
}
