package io.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterAddressCommandTest {
  @Test
  void serveFromAnUnreachableClusterFailsNamingTheAddress() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort(); // free once closed: nothing listens there
    }
    String address = "opensearch://127.0.0.1:" + port;
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), "serve", "--store", address);
    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains("storyline serve: cannot reach OpenSearch at " + address)
        .contains("connection refused");
  }

  @Test
  void publishToSomethingThatIsNotAClusterAddressNamesTheValidForm(@TempDir Path tmp) {
    StringWriter err = new StringWriter();
    Path data = tmp.resolve("data");
    int code = Main.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
        "--data", data.toString(), "publish", "--store", "http://127.0.0.1:9200");
    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains("'http://127.0.0.1:9200' is not a cluster address")
        .contains("opensearch://HOST:PORT");
  }
}
