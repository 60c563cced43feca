package io.storyline.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.search.EntityScope;
import io.storyline.search.Filters;
import io.storyline.search.SearchQuery;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The search bodies sent to OpenSearch for entity filters that follow merges and splits. */
class ClusterQueriesTest {
  private static final Filters STOLTENBERG = new Filters(Set.of(), null, null, "per-jens-stoltenberg", null, null, null);

  @Test
  void anEntityFilterWithoutCorrectionsIsATermsFilterOnTheLinkedIds() {
    String body = ClusterQueries.body(SearchQuery.of("NATO").withFilters(STOLTENBERG), null).toString();
    assertThat(body).contains("{\"terms\":{\"entity\":[\"per-jens-stoltenberg\"]}}").doesNotContain("must_not");
  }

  @Test
  void aSplitAddsTheArticlesMovedToTheEntityAndExcludesThoseMovedAway() {
    Filters split = STOLTENBERG.withScope(new EntityScope(Set.of("per-stoltenberg"), Set.of("a2", "a1"), Set.of("b1")));
    String body = ClusterQueries.body(SearchQuery.of("NATO").withFilters(split), null).toString();
    assertThat(body).contains("{\"bool\":{\"should\":[{\"terms\":{\"entity\":[\"per-jens-stoltenberg\",\"per-stoltenberg\"]}},"
        + "{\"terms\":{\"id\":[\"a1\",\"a2\"]}}],\"minimum_should_match\":1,\"must_not\":[{\"terms\":{\"id\":[\"b1\"]}}]}}");
  }
}
