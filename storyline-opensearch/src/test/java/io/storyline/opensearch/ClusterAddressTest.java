package io.storyline.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storyline.search.ArticleFacets;
import io.storyline.store.ArticleJson;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class ClusterAddressTest {
  @Test
  void anAddressNamesTheRestEndpointAndTheIndexPrefix() {
    ClusterAddress a = ClusterAddress.parse("opensearch://search.local:9200/news");
    assertThat(a.http()).hasToString("http://search.local:9200");
    assertThat(a.index("articles")).isEqualTo("news-articles");
    assertThat(ClusterAddress.parse("opensearchs://h:443").http()).hasToString("https://h:443");
    assertThat(ClusterAddress.parse("opensearch://h:9200").index("events")).isEqualTo("storyline-events");
  }

  @Test
  void aBadAddressIsRefusedNamingItAndTheValidForm() {
    assertThatThrownBy(() -> ClusterAddress.parse("elastic://h:9200"))
        .hasMessageContaining("'elastic://h:9200'").hasMessageContaining("opensearch://HOST:PORT");
    assertThatThrownBy(() -> ClusterAddress.parse("opensearch://h"))
        .hasMessageContaining("'opensearch://h'").hasMessageContaining("needs a host and a port");
    assertThatThrownBy(() -> ClusterAddress.parse("opensearch://h:9200/News!"))
        .hasMessageContaining("'News!'");
  }

  @Test
  void anUnreachableClusterIsAnErrorNamingItsAddress() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort(); // free once closed: nothing listens there
    }
    String address = "opensearch://127.0.0.1:" + port;
    assertThatThrownBy(() -> OpenSearchCluster.connect(ClusterAddress.parse(address), new ArticleJson(), ArticleFacets.METADATA))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("cannot reach OpenSearch at " + address).hasMessageContaining("connection refused");
  }
}
