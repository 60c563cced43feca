package io.storyline.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The lock on a data directory ({@value #FILE}): every {@link Workspace} holds it shared, so commands that only
 * read may run beside a server as before (the stores' own write locks still keep a second writer out), while
 * {@code reprocess} holds it exclusively and so runs alone. Whoever first gets it exclusively also finishes an
 * interrupted switch-over of a reprocess before anything is read. File locks belong to the process, so the
 * holders inside this JVM are counted here.
 */
final class DataLock implements AutoCloseable {
  static final String FILE = "storyline.lock";
  private static final int SHARED_ATTEMPTS = 20;
  private static final long RETRY_MILLIS = 50;

  private static final Map<Path, Held> HELD = new HashMap<>();

  private static final class Held {
    final FileChannel channel;
    final FileLock lock;
    final boolean exclusive;
    int users = 1;

    Held(FileChannel channel, FileLock lock, boolean exclusive) {
      this.channel = channel;
      this.lock = lock;
      this.exclusive = exclusive;
    }
  }

  private final Path key;
  private boolean closed;

  private DataLock(Path key) {
    this.key = key;
  }

  /**
   * Locks {@code data} (created when absent), shared or exclusively; {@code recover} runs first whenever the lock
   * could be had exclusively, so it sees the directory with nobody else in it.
   *
   * @throws IllegalStateException when another Storyline process (or workspace) holds it in a conflicting way
   */
  static DataLock acquire(Path data, boolean exclusive, Consumer<Path> recover) {
    synchronized (HELD) {
      Path key;
      try {
        Files.createDirectories(data);
        key = data.toRealPath();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot open the data directory " + data + ": " + e.getMessage(), e);
      }
      Held held = HELD.get(key);
      if (held != null) {
        if (exclusive || held.exclusive) {
          throw inUse(data);
        }
        held.users++;
        return new DataLock(key);
      }
      FileChannel channel = null;
      try {
        channel = FileChannel.open(key.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.READ,
            StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock();
        if (lock != null) {
          recover.accept(data);
          if (!exclusive) {
            lock.release();
            lock = shared(channel);
          }
        } else if (!exclusive) {
          lock = shared(channel);
        }
        if (lock == null) {
          throw inUse(data);
        }
        HELD.put(key, new Held(channel, lock, exclusive));
        channel = null;
        return new DataLock(key);
      } catch (OverlappingFileLockException e) {
        throw inUse(data);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot lock the data directory " + data + ": " + e.getMessage(), e);
      } finally {
        if (channel != null) {
          try {
            channel.close();
          } catch (IOException ignored) {
            // the lock attempt failed already; that is what the caller hears about
          }
        }
      }
    }
  }

  /** A shared lock, waiting a moment for a process that holds it exclusively only to check the directory. */
  private static FileLock shared(FileChannel channel) throws IOException {
    for (int attempt = 0; attempt < SHARED_ATTEMPTS; attempt++) {
      FileLock lock = channel.tryLock(0, Long.MAX_VALUE, true);
      if (lock != null) {
        return lock;
      }
      try {
        Thread.sleep(RETRY_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
    }
    return null;
  }

  private static IllegalStateException inUse(Path data) {
    return new IllegalStateException("the data directory " + data + " is in use by another Storyline process "
        + "(a reprocess runs alone; wait for it or for the other process to finish)");
  }

  @Override
  public void close() {
    synchronized (HELD) {
      if (closed) {
        return;
      }
      closed = true;
      Held held = HELD.get(key);
      if (held == null || --held.users > 0) {
        return;
      }
      HELD.remove(key);
      try {
        held.lock.release();
        held.channel.close();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot release the lock on " + key + ": " + e.getMessage(), e);
      }
    }
  }
}
