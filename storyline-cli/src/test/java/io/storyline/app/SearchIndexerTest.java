package io.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storyline.core.Article;
import io.storyline.search.SearchIndex;
import io.storyline.search.SearchQuery;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.store.AlreadyClosedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The indexing thread behind the writer: a commit holds what was handed over, in order; a failure is not lost. */
class SearchIndexerTest {
  @TempDir Path dir;

  private static Article article(String id, String text) {
    return Article.of(id, "test", null, null, text, Map.of());
  }

  @Test
  void aCommitHoldsEveryArticleHandedOverAndALaterVersionReplacesAnEarlierOne() {
    try (SearchIndex index = SearchIndex.open(dir)) {
      SearchIndexer indexer = new SearchIndexer(IngestRun.Linker.NONE, index);
      for (int i = 0; i < SearchIndexer.BACKLOG * 3; i++) { // more than the backlog: the writer waits, nothing is lost
        indexer.link(article("a" + i, "Ryanair cancels flight number " + i + " from Dublin."));
      }
      indexer.link(article("a0", "Aer Lingus replaces the cancelled flight."));
      indexer.commit();

      assertThat(index.count()).isEqualTo(SearchIndexer.BACKLOG * 3);
      assertThat(index.search(SearchQuery.of("Ryanair")).total()).isEqualTo(SearchIndexer.BACKLOG * 3 - 1);
      assertThat(index.search(SearchQuery.of("Lingus")).hits()).extracting(h -> h.id()).containsExactly("a0");
    }
  }

  @Test
  void whatIndexingThrowsIsThrownToTheWriterAtTheCommit() {
    SearchIndex index = SearchIndex.open(dir);
    SearchIndexer indexer = new SearchIndexer(IngestRun.Linker.NONE, index);
    index.close(); // the indexing thread's next article fails

    indexer.link(article("late", "An article handed over after the index closed."));

    assertThatThrownBy(indexer::commit).isInstanceOf(AlreadyClosedException.class)
        .satisfies(e -> assertThat(e.getStackTrace()).as("thrown by indexing the article, not by the commit")
            .anyMatch(f -> f.getClassName().equals(SearchIndex.class.getName()) && f.getMethodName().equals("index")));
  }
}
