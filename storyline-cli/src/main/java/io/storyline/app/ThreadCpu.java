package io.storyline.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Processor time of this process's threads by kind (the JIT compiler, the garbage collector, Lingua's fork-join
 * pool, the search indexing thread, Lucene's merges, the others), read from Linux's {@code /proc/self/task/<tid>/comm}
 * and {@code schedstat} (nanoseconds on a CPU). Empty where there is no {@code /proc}. A thread that ended is no longer
 * counted, so take the figures while the threads of interest still run.
 */
public final class ThreadCpu {
  /** The kinds, in the order they are reported, each with the thread-name prefixes that belong to it. */
  private static final Map<String, List<String>> KINDS = kinds();

  private ThreadCpu() {}

  private static Map<String, List<String>> kinds() {
    Map<String, List<String>> kinds = new LinkedHashMap<>();
    kinds.put("JIT compiler", List.of("C1 CompilerThre", "C2 CompilerThre"));
    kinds.put("garbage collector", List.of("GC Thread", "G1 ", "VM Thread"));
    kinds.put("Lingua's pool", List.of("ForkJoinPool.co"));
    kinds.put("search indexing", List.of("storyline-index"));
    kinds.put("Lucene merges", List.of("Lucene Merge"));
    return kinds;
  }

  /** Nanoseconds of CPU per kind (and "other" for the threads of no kind), summed over the live threads; empty without /proc. */
  public static Map<String, Long> byKind() {
    Map<String, Long> out = new LinkedHashMap<>();
    Path tasks = Path.of("/proc/self/task");
    if (!Files.isDirectory(tasks)) {
      return out;
    }
    KINDS.keySet().forEach(k -> out.put(k, 0L));
    out.put("other", 0L);
    try (Stream<Path> threads = Files.list(tasks)) {
      for (Path t : threads.toList()) {
        try {
          String name = Files.readString(t.resolve("comm")).strip();
          String stat = Files.readString(t.resolve("schedstat")).strip();
          long nanos = Long.parseLong(stat.substring(0, stat.indexOf(' ')));
          out.merge(kindOf(name), nanos, Long::sum);
        } catch (NoSuchFileException | NumberFormatException | StringIndexOutOfBoundsException e) {
          // the thread ended meanwhile, or the kernel keeps no schedstat: not counted
        }
      }
    } catch (IOException e) {
      return Map.of();
    }
    return out;
  }

  /** What {@code after} adds to {@code before}, kind by kind (a kind whose threads ended counts 0). */
  public static Map<String, Long> since(Map<String, Long> before, Map<String, Long> after) {
    Map<String, Long> out = new LinkedHashMap<>();
    after.forEach((k, v) -> out.put(k, Math.max(0, v - before.getOrDefault(k, 0L))));
    return out;
  }

  static String kindOf(String threadName) {
    for (Map.Entry<String, List<String>> k : KINDS.entrySet()) {
      if (k.getValue().stream().anyMatch(threadName::startsWith)) {
        return k.getKey();
      }
    }
    return "other";
  }
}
