package io.storyline.flink;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code storyline cluster}: publish articles into Kafka, and submit, list and stop the Flink job, all against the
 * addresses of one configuration file ({@link ClusterConfig}). The launcher runs it for {@code ./storyline cluster}.
 */
@Command(name = "storyline cluster", mixinStandardHelpOptions = true,
    description = {"Run ingest on Kafka and Flink (docs/scale.md).",
        "Every subcommand reads the addresses from --config FILE (deploy/cluster.properties is an example)."},
    subcommands = {ClusterMain.Publish.class, ClusterMain.Submit.class, ClusterMain.Status.class, ClusterMain.Stop.class})
public final class ClusterMain {
  private ClusterMain() {}

  public static void main(String[] args) {
    CommandLine cli = new CommandLine(new ClusterMain());
    cli.setExecutionExceptionHandler((e, line, parsed) -> {
      line.getErr().println("storyline cluster: " + e.getMessage());
      return 2;
    });
    System.exit(cli.execute(args));
  }

  /** The configuration option every subcommand takes. */
  static class Configured {
    @Option(names = "--config", required = true, paramLabel = "FILE", description = "The cluster configuration (properties).")
    Path config;

    ClusterConfig config() {
      return ClusterConfig.read(config);
    }
  }

  @Command(name = "publish", mixinStandardHelpOptions = true,
      description = {"Publish articles into the configured Kafka topic (created when missing).",
          "INPUT is a JSON Lines file (sent line by line, as ingest reads it), another file or directory ingest",
          "reads (HTML, text, WARC), or an http(s) URL of a page or feed."})
  static final class Publish extends Configured implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT")
    List<String> inputs;

    @Override
    public Integer call() {
      ClusterConfig config = config();
      try (Publisher publisher = new Publisher(config)) {
        publisher.createTopic();
        Publisher.Report report = publisher.publish(inputs);
        report.problems().forEach(p -> System.err.println("skipped " + p));
        System.out.printf("Published %,d articles to %s%n", report.published(), config.topic());
        return report.published() > 0 ? 0 : 1;
      }
    }
  }

  @Command(name = "submit", mixinStandardHelpOptions = true,
      description = {"Run the ingest job: Kafka topic in, the configured data directory out.",
          "With --local (or flink.jobmanager=local) the job runs in a Flink MiniCluster in this process."})
  static final class Submit extends Configured implements Callable<Integer> {
    @Option(names = "--local", description = "Run in a MiniCluster in this process, whatever flink.jobmanager says.")
    boolean local;

    @Option(names = "--bounded", description = "Stop at the end of what the topic holds now (a backfill), instead of following it.")
    boolean bounded;

    @Option(names = "--parallelism", paramLabel = "N", description = "Analysis workers (default: the configuration's).")
    Integer parallelism;

    @Override
    public Integer call() throws Exception {
      ClusterConfig config = config();
      if (parallelism != null) {
        if (parallelism < 1 || parallelism > ClusterConfig.MAX_PARALLELISM) {
          throw new IllegalArgumentException("bad --parallelism " + parallelism + ": use 1 to " + ClusterConfig.MAX_PARALLELISM);
        }
        config = config.withParallelism(parallelism);
      }
      Submission.Result result = local || config.local()
          ? Submission.local(config, bounded)
          : Submission.remote(config, bounded);
      System.out.println(result.describe());
      return 0;
    }
  }

  @Command(name = "status", mixinStandardHelpOptions = true, description = "List the jobs of the configured Flink cluster.")
  static final class Status extends Configured implements Callable<Integer> {
    @Override
    public Integer call() {
      ClusterConfig config = config();
      if (config.local()) {
        throw new IllegalArgumentException("flink.jobmanager is local: a local job lives in its submit process; "
            + "set flink.jobmanager=host:port to ask a cluster");
      }
      List<FlinkRest.Job> jobs = new FlinkRest(config.flink()).jobs();
      jobs.forEach(j -> System.out.printf("%s  %-10s %s%n", j.id(), j.state(), j.name()));
      if (jobs.isEmpty()) {
        System.out.println("no jobs on " + config.flink());
      }
      return 0;
    }
  }

  @Command(name = "stop", mixinStandardHelpOptions = true,
      description = {"Cancel the running ingest job; a new submit resumes from the offsets of its last checkpoint."})
  static final class Stop extends Configured implements Callable<Integer> {
    @Override
    public Integer call() {
      ClusterConfig config = config();
      if (config.local()) {
        throw new IllegalArgumentException("flink.jobmanager is local: stop a local job with Ctrl-C in its submit process");
      }
      FlinkRest flink = new FlinkRest(config.flink());
      List<FlinkRest.Job> running = flink.jobs().stream()
          .filter(j -> j.name().equals(StorylineJob.NAME) && j.state().equals("RUNNING")).toList();
      running.forEach(j -> {
        flink.cancel(j.id());
        System.out.println("cancelled " + j.id());
      });
      if (running.isEmpty()) {
        System.out.println("no running " + StorylineJob.NAME + " job on " + config.flink());
        return 1;
      }
      return 0;
    }
  }
}
