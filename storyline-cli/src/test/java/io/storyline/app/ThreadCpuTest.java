package io.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The benchmark's split of the processor time of threads other than the analysis threads and the writer. */
class ThreadCpuTest {
  @Test
  void threadsAreSortedByTheNamesTheJvmAndStorylineGiveThem() {
    assertThat(ThreadCpu.kindOf("C2 CompilerThre")).isEqualTo("JIT compiler");
    assertThat(ThreadCpu.kindOf("GC Thread#1")).isEqualTo("garbage collector");
    assertThat(ThreadCpu.kindOf("ForkJoinPool.co")).isEqualTo("Lingua's pool");
    assertThat(ThreadCpu.kindOf("storyline-index")).isEqualTo("search indexing");
    assertThat(ThreadCpu.kindOf("storyline-pipel")).isEqualTo("other");
  }

  @Test
  void theProcessorTimeOfABusyIndexingThreadIsCountedAsSearchIndexing() throws Exception {
    assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "Linux only: /proc");
    Map<String, Long> before = ThreadCpu.byKind();
    CountDownLatch counted = new CountDownLatch(1);
    AtomicLong busyNanos = new AtomicLong();
    Thread busy = new Thread(() -> {
      var threads = ManagementFactory.getThreadMXBean();
      long start = threads.getCurrentThreadCpuTime();
      double sink = 0;
      while (threads.getCurrentThreadCpuTime() - start < 200_000_000L) {
        sink += Math.sqrt(sink + 1);
      }
      busyNanos.set(threads.getCurrentThreadCpuTime() - start + (sink < 0 ? 1 : 0));
      try {
        counted.await(); // alive while counted: an ended thread is no longer in /proc
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "storyline-index-test");
    busy.start();
    while (busyNanos.get() == 0) {
      Thread.sleep(20);
    }
    Map<String, Long> used = ThreadCpu.since(before, ThreadCpu.byKind());
    counted.countDown();
    busy.join();

    assertThat(used.get("search indexing")).isBetween(busyNanos.get() / 2, busyNanos.get() * 2);
  }
}
