package io.storyline.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexDeletionPolicy;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The numbering of the search index's commits ({@value #KEY} in each commit's data), and what it allows: going back
 * to the commit before the last (kept by {@link KeepLastTwo}) when the data directory's commit point, the article
 * store, never recorded the last one, and reading the commit a store snapshot recorded.
 */
final class CommitSequence {
  static final String KEY = "storyline.search.sequence";

  private CommitSequence() {}

  static Iterable<Map.Entry<String, String>> data(long sequence) {
    return Map.of(KEY, Long.toString(sequence)).entrySet();
  }

  static long of(Iterable<Map.Entry<String, String>> data) {
    for (Map.Entry<String, String> e : data) {
      if (e.getKey().equals(KEY)) {
        return Long.parseLong(e.getValue());
      }
    }
    return 0;
  }

  static long of(IndexCommit commit) throws IOException {
    return of(commit.getUserData().entrySet());
  }

  /** Keeps the last two commits, so a commit that the data directory's commit point never recorded can be undone. */
  static final class KeepLastTwo extends IndexDeletionPolicy {
    @Override
    public void onInit(List<? extends IndexCommit> commits) {
      onCommit(commits);
    }

    @Override
    public void onCommit(List<? extends IndexCommit> commits) {
      for (int i = 0; i < commits.size() - 2; i++) {
        commits.get(i).delete();
      }
    }
  }

  /** The newest commit numbered {@code sequence}, else the newest; an empty index when there is none. */
  static IndexCommit find(Path dir, long sequence) throws IOException {
    Directory directory = Files.isDirectory(dir) ? FSDirectory.open(dir) : null;
    if (directory == null || !DirectoryReader.indexExists(directory)) {
      if (directory != null) {
        directory.close();
      }
      directory = new ByteBuffersDirectory();
      try (IndexWriter w = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
        w.commit();
      }
    }
    List<IndexCommit> commits = DirectoryReader.listCommits(directory);
    for (IndexCommit c : commits.reversed()) {
      if (of(c) == sequence) {
        return c;
      }
    }
    return commits.getLast();
  }

  static boolean rollBack(Path dir, long sequence, Analyzer analyzer) {
    if (!Files.isDirectory(dir)) {
      return sequence == 0;
    }
    try (Directory directory = FSDirectory.open(dir)) {
      if (!DirectoryReader.indexExists(directory)) {
        return sequence == 0;
      }
      List<IndexCommit> commits = DirectoryReader.listCommits(directory);
      long latest = of(commits.getLast());
      if (latest == sequence) {
        return true;
      }
      IndexCommit target = latest < sequence ? null
          : commits.reversed().stream().filter(c -> sequenceOf(c) == sequence).findFirst().orElse(null);
      if (target == null) {
        return false;
      }
      IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.APPEND)
          .setIndexCommit(target).setIndexDeletionPolicy(new KeepLastTwo()).setCommitOnClose(false);
      try (IndexWriter w = new IndexWriter(directory, config)) {
        w.setLiveCommitData(data(sequence), true);
        w.commit();
      }
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot take the search index in " + dir + " back to its commit " + sequence
          + ": " + e.getMessage(), e);
    }
  }

  private static long sequenceOf(IndexCommit c) {
    try {
      return of(c);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
