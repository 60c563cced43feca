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

  /** The events {@code events}, read-only: appending anything throws. For a registry that only reads. */
  static RegistryLog readOnly(List<RegistryEvent> events) {
    List<RegistryEvent> copy = List.copyOf(events);
    return new RegistryLog() {
      @Override
      public List<RegistryEvent> replay() {
        return copy;
      }

      @Override
      public void append(List<RegistryEvent> batch) {
        if (!batch.isEmpty()) {
          throw new IllegalStateException("this registry was opened read-only; corrections need the writing process");
        }
      }

      @Override
      public void close() {}
    };
  }

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
