package io.storyline.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * JSON over OpenSearch's REST API with the JDK's HTTP client. Failures name the cluster address, the
 * request and OpenSearch's reason. Thread-safe.
 */
final class OpenSearchClient {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration CONNECT = Duration.ofSeconds(5);
  private static final Duration REQUEST = Duration.ofSeconds(60);

  private final ClusterAddress address;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT).build();

  OpenSearchClient(ClusterAddress address) {
    this.address = address;
  }

  ClusterAddress address() {
    return address;
  }

  /** Sends a JSON request ({@code body} null for none) and returns the answer; throws on an error status. */
  JsonNode send(String method, String path, Object body) {
    HttpResponse<String> r = sendRaw(method, path, body);
    if (r.statusCode() >= 300) {
      throw failure(method, path, r.statusCode(), r.body());
    }
    return parse(r.body());
  }

  /** Like {@link #send} but answers {@code null} for a 404 (a missing document or index). */
  JsonNode sendOrNull(String method, String path, Object body) {
    HttpResponse<String> r = sendRaw(method, path, body);
    if (r.statusCode() == 404) {
      return null;
    }
    if (r.statusCode() >= 300) {
      throw failure(method, path, r.statusCode(), r.body());
    }
    return parse(r.body());
  }

  /** Sends an NDJSON bulk body without waiting: the answer's status and body, or the failure. */
  CompletableFuture<HttpResponse<String>> bulkAsync(String ndjson) {
    return http.sendAsync(request("POST", "/_bulk", ndjson, "application/x-ndjson"),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> sendRaw(String method, String path, Object body) {
    String text;
    try {
      text = body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      return http.send(request(method, path, text, "application/json"), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw unreachable(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for OpenSearch at " + address.given(), e);
    }
  }

  private HttpRequest request(String method, String path, String body, String type) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(address.http() + path)).timeout(REQUEST)
        .header("Content-Type", type);
    return b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
  }

  /** The error for a transport failure: names the address and says what to check. */
  IllegalStateException unreachable(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && !(cause instanceof ConnectException) && !(cause instanceof HttpTimeoutException)) {
      cause = cause.getCause();
    }
    String why = cause instanceof HttpConnectTimeoutException ? "no answer within " + CONNECT.toSeconds() + " s"
        : cause instanceof ConnectException ? "connection refused"
        : cause instanceof HttpTimeoutException ? "no answer within " + REQUEST.toSeconds() + " s"
        : cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    return new IllegalStateException("cannot reach OpenSearch at " + address.given() + " (" + address.http() + "): "
        + why + "; is it running, and is the address right?", e);
  }

  private IllegalStateException failure(String method, String path, int status, String body) {
    String reason = body;
    try {
      JsonNode error = JSON.readTree(body).path("error");
      if (error.isObject()) {
        JsonNode root = error.path("root_cause").path(0);
        reason = (root.isMissingNode() ? error : root).path("reason").asText(body);
      }
    } catch (IOException ignored) {
      // not JSON: keep the body
    }
    return new IllegalStateException("OpenSearch at " + address.given() + " refused " + method + " " + path
        + " (HTTP " + status + "): " + abbreviate(reason));
  }

  private static String abbreviate(String s) {
    return s == null ? "" : s.length() > 400 ? s.substring(0, 400) + "..." : s;
  }

  private JsonNode parse(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new IllegalStateException("OpenSearch at " + address.given() + " answered something that is not JSON: "
          + abbreviate(body), e);
    }
  }
}
