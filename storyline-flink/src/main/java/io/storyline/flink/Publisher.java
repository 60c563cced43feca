package io.storyline.flink;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storyline.core.Article;
import io.storyline.ingest.IngestOptions;
import io.storyline.ingest.IngestSink;
import io.storyline.ingest.Ingestor;
import io.storyline.ingest.web.FetchPolicy;
import io.storyline.ingest.web.Fetcher;
import io.storyline.ingest.web.WebReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Publishes articles into the topic, one JSON Lines record per Kafka record. JSON Lines files go line by line as
 * written, with their path and line number in headers, so that the job reads each record exactly as
 * {@code storyline ingest FILE} would; other inputs (HTML, text, WARC, web pages and feeds) are read as ingest reads
 * them and published as JSON records with their text. The producer is idempotent: a retried send is stored once.
 */
public final class Publisher implements AutoCloseable {
  static final String PATH = "storyline.path";
  static final String LINE = "storyline.line";
  static final String CHARSET = "storyline.charset";

  private static final ObjectMapper JSON = new ObjectMapper();
  /** The file names ingest reads as JSON Lines. */
  private static final java.util.regex.Pattern JSON_LINES =
      java.util.regex.Pattern.compile("\\.(jsonl|ndjson|json)$", java.util.regex.Pattern.CASE_INSENSITIVE);

  private final ClusterConfig config;
  private final KafkaProducer<byte[], byte[]> producer;
  /** Sends acknowledged and refused, counted as Kafka answers, so that a backfill keeps nothing per record. */
  private final java.util.concurrent.atomic.AtomicLong acknowledged = new java.util.concurrent.atomic.AtomicLong();
  private final List<String> refused = java.util.Collections.synchronizedList(new ArrayList<>());

  /** What was published: records sent, and inputs or lines that were not. */
  public record Report(long published, List<String> problems) {}

  public Publisher(ClusterConfig config) {
    this.config = config;
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.kafka());
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
    p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Long.toString(2 * StorylineJob.MAX_BYTES));
    this.producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
  }

  /** Creates the topic with the configured partitions unless it exists. */
  public void createTopic() {
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", config.kafka()))) {
      admin.createTopics(List.of(new NewTopic(config.topic(), config.partitions(), (short) 1))).all().get();
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw new IllegalStateException("cannot create topic " + config.topic() + " on " + config.kafka() + ": "
            + e.getCause().getMessage(), e.getCause());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating topic " + config.topic(), e);
    }
  }

  /** Publishes every input (files, directories, http(s) URLs) and waits until Kafka has them all. */
  public Report publish(List<String> inputs) {
    List<String> problems = new ArrayList<>();
    List<String> others = new ArrayList<>();
    for (String input : inputs) {
      Path path = Path.of(input);
      if (!WebReader.isUrl(input) && Files.isRegularFile(path) && JSON_LINES.matcher(input).find()) {
        publishLines(path);
      } else {
        others.add(input);
      }
    }
    if (!others.isEmpty()) {
      publishRead(others, problems);
    }
    producer.flush(); // waits for every answer
    problems.addAll(refused);
    refused.clear();
    return new Report(acknowledged.getAndSet(0), problems);
  }

  private void publishLines(Path file) {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      long number = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        number++;
        if (!line.isBlank()) {
          send(line, file.toString(), number);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private void publishRead(List<String> inputs, List<String> problems) {
    try (Fetcher fetcher = new Fetcher(FetchPolicy.defaults())) {
      new Ingestor(new IngestOptions(StorylineJob.MAX_BYTES), new WebReader(fetcher))
          .ingest(inputs, InputStream.nullInputStream(), new IngestSink() {
            long number;

            @Override
            public void accept(Article a) {
              send(record(a), a.meta().getOrDefault("file", a.source()), ++number);
            }

            @Override
            public void reject(String location, String reason) {
              problems.add(location + ": " + reason);
            }
          });
    }
  }

  /** An article as the JSON Lines record ingest reads back to the same article. */
  private static String record(Article a) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", a.id());
    o.put("source", a.source());
    if (a.url() != null) {
      o.put("url", a.url());
    }
    if (a.title() != null) {
      o.put("title", a.title());
    }
    o.put("text", a.text());
    for (String key : List.of("published", "lang")) {
      if (a.meta().containsKey(key)) {
        o.put(key, a.meta().get(key));
      }
    }
    return o.toString();
  }

  private void send(String json, String path, long line) {
    ProducerRecord<byte[], byte[]> r = new ProducerRecord<>(config.topic(),
        (path + ":" + line).getBytes(StandardCharsets.UTF_8), json.getBytes(StandardCharsets.UTF_8));
    r.headers().add(PATH, path.getBytes(StandardCharsets.UTF_8));
    r.headers().add(LINE, Long.toString(line).getBytes(StandardCharsets.UTF_8));
    r.headers().add(CHARSET, "UTF-8".getBytes(StandardCharsets.UTF_8));
    producer.send(r, (metadata, e) -> {
      if (e == null) {
        acknowledged.incrementAndGet();
      } else {
        refused.add(path + ":" + line + ": not published: " + e.getMessage());
      }
    });
  }

  @Override
  public void close() {
    producer.close();
  }
}
