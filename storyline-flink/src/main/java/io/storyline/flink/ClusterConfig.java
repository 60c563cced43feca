package io.storyline.flink;

import io.storyline.language.LanguageSet;
import io.storyline.opensearch.ClusterAddress;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the distributed pipeline runs and writes, read from one properties file ({@code deploy/cluster.properties}
 * is an example). Unknown keys and bad values are refused with the key, the value and the valid choices.
 *
 * @param kafka          Kafka bootstrap servers, {@code host:port[,host:port...]}
 * @param topic          the topic articles are published to and read from
 * @param group          the consumer group the job commits its read positions in
 * @param partitions     partitions of the topic when {@code publish} creates it
 * @param flink          the Flink JobManager's REST address {@code host:port}, or {@code local} for a MiniCluster
 *                       in this process
 * @param data           the Storyline data directory the job's writer stores into (on the writer's task manager)
 * @param parallelism    parallel analysis workers
 * @param checkpoints    time between checkpoints; the writer commits at each one
 * @param languages      the language set, as {@code ingest --languages}
 * @param accuracy       language identification accuracy, as {@code ingest --langid-accuracy}
 * @param store          an OpenSearch cluster store ({@code opensearch://host:port[/prefix]}) the writer copies each
 *                       checkpoint's articles, entities, events and storylines into, or null for none
 */
public record ClusterConfig(String kafka, String topic, String group, int partitions, String flink, Path data,
    int parallelism, Duration checkpoints, String languages, String accuracy, String store) {

  static final int MAX_PARALLELISM = 1024;
  private static final Pattern HOST_PORT = Pattern.compile("[A-Za-z0-9.\\-]+:\\d{1,5}");
  private static final Pattern TOPIC = Pattern.compile("[A-Za-z0-9._\\-]{1,249}");
  private static final Pattern DURATION = Pattern.compile("([1-9]\\d{0,8})\\s*(ms|s|m|h)");

  /** The keys, with what each takes and its default ({@code null}: required). */
  private static final Map<String, String[]> KEYS = new TreeMap<>(Map.ofEntries(
      Map.entry("kafka.bootstrap.servers", new String[] {"host:port[,host:port...]", null}),
      Map.entry("kafka.topic", new String[] {"a Kafka topic name (letters, digits, . _ -)", "storyline-articles"}),
      Map.entry("kafka.group.id", new String[] {"a consumer group name", "storyline"}),
      Map.entry("kafka.partitions", new String[] {"a whole number from 1 to 10000", "4"}),
      Map.entry("flink.jobmanager", new String[] {"host:port of the Flink REST endpoint, or local", "local"}),
      Map.entry("storyline.data", new String[] {"a directory path", "storyline-data"}),
      Map.entry("parallelism", new String[] {"a whole number from 1 to " + MAX_PARALLELISM, "2"}),
      Map.entry("checkpoint.interval", new String[] {"a duration such as 500ms, 10s, 2m", "10s"}),
      Map.entry("languages", new String[] {"default, eu, all or a comma list of language codes", "default"}),
      Map.entry("langid.accuracy", new String[] {"low or high", "low"}),
      Map.entry("opensearch.address",
          new String[] {"opensearch://host:port[/prefix] to copy each checkpoint into, or none", "none"})));

  /** Reads and checks {@code file}; the message names the file and every bad key or value. */
  public static ClusterConfig read(Path file) {
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(in);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read the cluster configuration " + file + ": " + e.getMessage(), e);
    }
    Map<String, String> values = new TreeMap<>();
    p.stringPropertyNames().forEach(k -> values.put(k, p.getProperty(k).strip()));
    return of(values, file.toString());
  }

  /** Checks {@code values}, naming {@code origin} in the message. */
  static ClusterConfig of(Map<String, String> values, String origin) {
    List<String> problems = new ArrayList<>();
    for (String key : values.keySet()) {
      if (!KEYS.containsKey(key)) {
        problems.add("unknown key '" + key + "' (valid keys: " + String.join(", ", KEYS.keySet()) + ")");
      }
    }
    Values v = new Values(values, problems);
    String kafka = v.matching("kafka.bootstrap.servers", s -> List.of(s.split(",")).stream()
        .allMatch(h -> HOST_PORT.matcher(h.strip()).matches()));
    String topic = v.matching("kafka.topic", s -> TOPIC.matcher(s).matches());
    String group = v.matching("kafka.group.id", s -> !s.isBlank());
    int partitions = v.number("kafka.partitions", 1, 10_000);
    String flink = v.matching("flink.jobmanager", s -> s.equals("local") || HOST_PORT.matcher(s).matches());
    String data = v.matching("storyline.data", s -> !s.isBlank());
    int parallelism = v.number("parallelism", 1, MAX_PARALLELISM);
    Duration interval = v.duration("checkpoint.interval");
    String languages = v.matching("languages", s -> {
      try {
        LanguageSet.parse(s);
        return true;
      } catch (IllegalArgumentException e) {
        return false;
      }
    });
    String accuracy = v.matching("langid.accuracy", s -> s.equals("low") || s.equals("high"));
    String store = v.matching("opensearch.address", s -> {
      try {
        return s.equals("none") || ClusterAddress.parse(s) != null;
      } catch (IllegalArgumentException e) {
        return false;
      }
    });
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("bad cluster configuration " + origin + ":\n  " + String.join("\n  ", problems));
    }
    return new ClusterConfig(kafka, topic, group, partitions, flink, Path.of(data), parallelism, interval,
        languages, accuracy, store == null || store.equals("none") ? null : store);
  }

  /** The configuration with {@code parallelism} analysis workers. */
  ClusterConfig withParallelism(int workers) {
    return new ClusterConfig(kafka, topic, group, partitions, flink, data, workers, checkpoints, languages, accuracy,
        store);
  }

  boolean local() {
    return flink.equals("local");
  }

  /** Reads values by key, collecting every problem instead of stopping at the first. */
  private record Values(Map<String, String> values, List<String> problems) {
    String matching(String key, java.util.function.Predicate<String> valid) {
      String[] spec = KEYS.get(key);
      String value = values.getOrDefault(key, spec[1]);
      if (value == null) {
        problems.add("missing key '" + key + "' (" + spec[0] + ")");
        return null;
      }
      if (!valid.test(value)) {
        problems.add("bad value '" + value + "' for '" + key + "': expected " + spec[0]);
        return null;
      }
      return value;
    }

    int number(String key, int min, int max) {
      String value = matching(key, s -> s.matches("\\d{1,9}") && Integer.parseInt(s) >= min && Integer.parseInt(s) <= max);
      return value == null ? 0 : Integer.parseInt(value);
    }

    Duration duration(String key) {
      String value = matching(key, s -> DURATION.matcher(s).matches());
      if (value == null) {
        return Duration.ZERO;
      }
      Matcher m = DURATION.matcher(value);
      m.matches();
      long n = Long.parseLong(m.group(1));
      return switch (m.group(2)) {
        case "ms" -> Duration.ofMillis(n);
        case "s" -> Duration.ofSeconds(n);
        case "m" -> Duration.ofMinutes(n);
        default -> Duration.ofHours(n);
      };
    }
  }
}
