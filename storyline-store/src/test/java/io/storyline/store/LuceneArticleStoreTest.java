package io.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.core.Article;
import io.storyline.core.ArticleStore.PutResult.Status;
import io.storyline.core.LanguageGuess;
import io.storyline.core.Layers;
import io.storyline.core.RemovedSpan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneArticleStoreTest {
  @TempDir Path data;

  private static Article article(String id, String text) {
    return Article.of(id, "test", null, null, text, Map.of())
        .with(Layers.REMOVED, List.of(new RemovedSpan(0, 7, "ad-label", "clean:ad")))
        .with(Layers.LANGUAGE, new LanguageGuess("pl", 0.97, "language"));
  }

  @Test
  void anArticleSurvivesClosingAndReopeningTheStoreWithItsLayers() {
    Article a = article(null, "Reklama\nJaponia chce bliższej współpracy z NATO.");
    try (LuceneArticleStore store = LuceneArticleStore.open(data)) {
      assertThat(store.put(a).status()).isEqualTo(Status.STORED);
      store.commit();
    }
    try (LuceneArticleStore store = LuceneArticleStore.open(data)) {
      assertThat(store.count()).isEqualTo(1);
      assertThat(store.get(a.id())).contains(a);
    }
  }

  @Test
  void theSameContentIsStoredOnceBeforeAndAfterCommit() {
    try (LuceneArticleStore store = LuceneArticleStore.open(data)) {
      Article a = article(null, "Reklama\nSame text.");
      assertThat(store.put(a).status()).isEqualTo(Status.STORED);
      assertThat(store.put(a.withId("other")).existingId()).isEqualTo(a.id());
      store.commit();
      assertThat(store.put(article("third", "Reklama\n  Same   text. "))).extracting(r -> r.status(), r -> r.existingId())
          .containsExactly(Status.DUPLICATE, a.id());
      assertThat(store.count()).isEqualTo(1);
    }
  }

  @Test
  void newContentUnderAKnownIdReplacesTheOldVersion() {
    try (LuceneArticleStore store = LuceneArticleStore.open(data)) {
      store.put(article("doc-1", "Reklama\nFirst version."));
      store.commit();
      assertThat(store.put(article("doc-1", "Reklama\nSecond version.")).status()).isEqualTo(Status.UPDATED);
      assertThat(store.get("doc-1").orElseThrow().text()).endsWith("Second version.");
      store.commit();
      assertThat(store.count()).isEqualTo(1);
      assertThat(store.idForHash(Article.contentHash("Reklama\nFirst version."))).isEmpty();
    }
  }

  @Test
  void listsIdsInOrderPageByPageAndVisitsEveryArticle() {
    try (LuceneArticleStore store = LuceneArticleStore.open(data)) {
      for (int i = 0; i < 25; i++) {
        store.put(article(String.format("a%02d", i), "Reklama\nArticle number " + i));
      }
      store.commit();
      assertThat(store.ids(0, 3)).containsExactly("a00", "a01", "a02");
      assertThat(store.ids(23, 10)).containsExactly("a23", "a24");
      List<String> seen = new ArrayList<>();
      store.forEach(a -> seen.add(a.id()));
      assertThat(seen).hasSize(25).isSorted();
    }
  }

  @Test
  void anUnknownIdIsAbsent() {
    try (LuceneArticleStore store = LuceneArticleStore.open(data)) {
      assertThat(store.get("nope")).isEmpty();
    }
  }

  @Test
  void aCommitRecordsTheGivenDataAStoreOpenedWithoutKeepsItAndAReadOnlyStoreShowsItsCommitAndRefusesWrites() {
    Map<String, String> positions = new java.util.HashMap<>(Map.of("log.bytes", "10"));
    try (LuceneArticleStore store = LuceneArticleStore.open(data, new ArticleJson(), () -> Map.copyOf(positions))) {
      store.put(article("a", "Pierwszy tekst."));
      store.commit();
      positions.put("log.bytes", "25");
      try (LuceneArticleStore reader = LuceneArticleStore.openReadOnly(data, new ArticleJson())) {
        store.put(article("b", "Drugi tekst."));
        store.commit();
        assertThat(reader.count()).as("a reader keeps the commit it opened").isEqualTo(1);
        assertThat(reader.committedData()).containsEntry("log.bytes", "10");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> reader.put(article("c", "Trzeci.")))
            .hasMessageContaining("opened read-only");
      }
    }
    assertThat(LuceneArticleStore.committedData(data)).containsEntry("log.bytes", "25");
    try (LuceneArticleStore store = LuceneArticleStore.open(data)) {
      store.put(article("c", "Trzeci tekst."));
      store.commit();
    }
    assertThat(LuceneArticleStore.committedData(data)).containsEntry("log.bytes", "25");
  }
}
