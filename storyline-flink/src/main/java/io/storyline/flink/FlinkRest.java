package io.storyline.flink;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The few calls of Flink's REST API that {@code cluster status} and {@code cluster stop} need. */
final class FlinkRest {
  /** One job as the JobManager lists it. */
  record Job(String id, String name, String state, long startMillis) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;

  FlinkRest(String hostPort) {
    this.base = "http://" + hostPort;
  }

  List<Job> jobs() {
    JsonNode overview = call(HttpRequest.newBuilder(URI.create(base + "/jobs/overview")).GET());
    List<Job> jobs = new ArrayList<>();
    for (JsonNode j : overview.path("jobs")) {
      jobs.add(new Job(j.path("jid").asText(), j.path("name").asText(), j.path("state").asText(),
          j.path("start-time").asLong()));
    }
    return jobs;
  }

  /** Cancels a job; its last checkpoint and the offsets its consumer group committed stay. */
  void cancel(String jobId) {
    call(HttpRequest.newBuilder(URI.create(base + "/jobs/" + jobId + "?mode=cancel"))
        .method("PATCH", HttpRequest.BodyPublishers.noBody()));
  }

  private JsonNode call(HttpRequest.Builder request) {
    try {
      HttpResponse<String> r = http.send(request.timeout(Duration.ofSeconds(30)).build(),
          HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() >= 300) {
        throw new IllegalStateException("Flink at " + base + " answered " + r.statusCode() + ": " + r.body());
      }
      return r.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(r.body());
    } catch (IOException e) {
      throw new IllegalStateException("cannot reach Flink's REST endpoint at " + base + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while calling Flink at " + base, e);
    }
  }
}
