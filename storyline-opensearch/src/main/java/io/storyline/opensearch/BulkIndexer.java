package io.storyline.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;

/**
 * Writes documents with OpenSearch's bulk API: batches of {@code batchDocs} documents (or {@code batchBytes}),
 * at most {@code maxInFlight} batches on the wire at once. A caller that gets ahead of the cluster waits in
 * {@link #add} until a batch comes back (back-pressure); a batch the cluster rejects as overloaded (HTTP 429)
 * is sent again after a pause. Item failures are kept and thrown, naming the documents, by the next
 * {@link #flush}. Thread-safe.
 */
final class BulkIndexer {
  private static final int RETRIES = 5;

  private final OpenSearchClient client;
  private final int batchDocs;
  private final int batchBytes;
  private final Semaphore inFlight;
  private final int maxInFlight;
  private final List<String> failures = new ArrayList<>();
  private StringBuilder batch = new StringBuilder();
  private int docs;

  BulkIndexer(OpenSearchClient client, int batchDocs, int batchBytes, int maxInFlight) {
    this.client = client;
    this.batchDocs = batchDocs;
    this.batchBytes = batchBytes;
    this.maxInFlight = maxInFlight;
    this.inFlight = new Semaphore(maxInFlight);
  }

  /** Queues a document to be written under {@code id} in {@code index}, replacing any with that id. */
  void add(String index, String id, ObjectNode document) {
    String line;
    try {
      ObjectNode action = OpenSearchClient.JSON.createObjectNode();
      action.putObject("index").put("_index", index).put("_id", id);
      line = OpenSearchClient.JSON.writeValueAsString(action) + "\n" + OpenSearchClient.JSON.writeValueAsString(document) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String full = null;
    synchronized (this) {
      batch.append(line);
      docs++;
      if (docs >= batchDocs || batch.length() >= batchBytes) {
        full = batch.toString();
        batch = new StringBuilder();
        docs = 0;
      }
    }
    if (full != null) {
      send(full);
    }
  }

  /** Sends what is queued and waits until every batch is answered; throws naming the documents that failed. */
  void flush() {
    String rest;
    synchronized (this) {
      rest = docs == 0 ? null : batch.toString();
      batch = new StringBuilder();
      docs = 0;
    }
    if (rest != null) {
      send(rest);
    }
    inFlight.acquireUninterruptibly(maxInFlight); // every batch answered
    inFlight.release(maxInFlight);
    synchronized (failures) {
      if (!failures.isEmpty()) {
        String what = String.join("; ", failures.subList(0, Math.min(5, failures.size())));
        int n = failures.size();
        failures.clear();
        throw new IllegalStateException(n + " document(s) were not written to OpenSearch at "
            + client.address().given() + ": " + what + (n > 5 ? "; ..." : ""));
      }
    }
  }

  private void send(String ndjson) {
    inFlight.acquireUninterruptibly(); // back-pressure: wait while maxInFlight batches are on the wire
    sendAttempt(ndjson, 0);
  }

  private void sendAttempt(String ndjson, int attempt) {
    client.bulkAsync(ndjson).whenComplete((response, error) -> {
      try {
        if (error != null) {
          fail(client.unreachable(error).getMessage());
        } else if (response.statusCode() == 429 && attempt < RETRIES) {
          sleep(100L << attempt);
          sendAttempt(ndjson, attempt + 1);
          return; // the permit stays with the retry
        } else if (response.statusCode() >= 300) {
          fail("HTTP " + response.statusCode() + ": " + abbreviate(response.body()));
        } else {
          items(response);
        }
        inFlight.release();
      } catch (RuntimeException e) {
        fail(e.toString());
        inFlight.release();
      }
    });
  }

  private void items(HttpResponse<String> response) {
    JsonNode answer;
    try {
      answer = OpenSearchClient.JSON.readTree(response.body());
    } catch (IOException e) {
      fail("an answer that is not JSON: " + abbreviate(response.body()));
      return;
    }
    if (!answer.path("errors").asBoolean(false)) {
      return;
    }
    for (JsonNode item : answer.path("items")) {
      JsonNode result = item.path("index");
      if (result.has("error")) {
        fail("document " + result.path("_id").asText() + ": " + result.path("error").path("reason").asText());
      }
    }
  }

  private void fail(String message) {
    synchronized (failures) {
      failures.add(message);
    }
  }

  private static String abbreviate(String s) {
    return s == null ? "" : s.length() > 300 ? s.substring(0, 300) + "..." : s;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
