package io.storyline.entities.registry;

import java.io.Closeable;
import java.util.List;

/** Where the registry's events are kept. */
public interface RegistryLog extends Closeable {

  /** Every event appended so far, in order; a torn last record (a crash mid-write) is skipped. */
  List<RegistryEvent> replay();

  /** Appends a batch and makes it durable before returning. */
  void append(List<RegistryEvent> batch);

  @Override
  void close();

  /** A log that keeps nothing, for evaluations and tests. */
  static RegistryLog none() {
    return new RegistryLog() {
      @Override
      public List<RegistryEvent> replay() {
        return List.of();
      }

      @Override
      public void append(List<RegistryEvent> batch) {}

      @Override
      public void close() {}
    };
  }
}
