package io.storyline.entities.registry;

import java.io.Closeable;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Where the registry's events are kept. */
public interface RegistryLog extends Closeable {

  /** Every event appended so far, in order; a torn last record (a crash mid-write) is skipped. */
  List<RegistryEvent> replay();

  /** Appends a batch and makes it durable before returning. */
  void append(List<RegistryEvent> batch);

  /**
   * What a registry opening over this log starts from: the state a snapshot saved after a prefix of the log, when
   * one agrees with it, and the events logged after that prefix; else no state and every event ({@link #replay()}).
   */
  default Opening opening() {
    return new Opening(Optional.empty(), replay());
  }

  /**
   * Called after each commit (and when the registry closes) with the registry's state as of the log's end, which
   * a log may save for {@link #opening()}; {@code state} must be called before this returns, if at all.
   */
  default void committed(Supplier<RegistryState> state, boolean closing) {}

  @Override
  void close();

  /** A registry's starting point: the state saved after a prefix of its log (if any), and the events after it. */
  record Opening(Optional<RegistryState> saved, List<RegistryEvent> events) {}

  /** A log that starts a registry from {@code opening} and refuses appends. For a registry that only reads. */
  static RegistryLog readOnly(Opening opening) {
    return new RegistryLog() {
      @Override
      public List<RegistryEvent> replay() {
        if (opening.saved().isPresent()) {
          throw new IllegalStateException("this log starts from a saved state; read its opening()");
        }
        return opening.events();
      }

      @Override
      public Opening opening() {
        return opening;
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
