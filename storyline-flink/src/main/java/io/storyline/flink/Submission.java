package io.storyline.flink;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/** Runs the job in a MiniCluster in this process, or submits it to a Flink cluster. */
final class Submission {
  /** What a submission did: the job id, and for a local bounded run its time and CPU. */
  record Result(String jobId, boolean finished, long wallNanos, long cpuNanos) {
    String describe() {
      return finished
          ? String.format("job %s finished in %.1f s (%.1f s CPU of this process)", jobId, wallNanos / 1e9, cpuNanos / 1e9)
          : "submitted job " + jobId;
    }
  }

  private Submission() {}

  /** Runs in a local MiniCluster until the job ends (bounded) or the process is stopped. */
  static Result local(ClusterConfig config, boolean bounded) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(
        config.parallelism(), StorylineJob.configuration());
    StorylineJob.define(env, config, bounded);
    long wall = System.nanoTime();
    long cpu = processCpuNanos();
    JobExecutionResult r = env.execute(StorylineJob.NAME);
    return new Result(r.getJobID().toString(), true, System.nanoTime() - wall, processCpuNanos() - cpu);
  }

  /** Submits to the JobManager at {@code flink.jobmanager}, shipping this application's jars, and returns. */
  static Result remote(ClusterConfig config, boolean bounded) throws Exception {
    String[] hostPort = config.flink().split(":");
    StreamExecutionEnvironment env = StreamExecutionEnvironment.createRemoteEnvironment(hostPort[0],
        Integer.parseInt(hostPort[1]), StorylineJob.configuration(), applicationJars());
    StorylineJob.define(env, config, bounded);
    JobClient job = env.executeAsync(StorylineJob.NAME);
    return new Result(job.getJobID().toString(), false, 0, 0);
  }

  /** The jars of this application that a Flink distribution lacks: all but Flink's own (connectors excepted). */
  static String[] applicationJars() {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(p -> p.endsWith(".jar"))
        .filter(p -> {
          String name = new File(p).getName();
          return !name.startsWith("flink-") || name.startsWith("flink-connector-");
        })
        .toArray(String[]::new);
  }

  static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }
}
