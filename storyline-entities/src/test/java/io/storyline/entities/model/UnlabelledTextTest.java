package io.storyline.entities.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnlabelledTextTest {
  @TempDir Path data;

  @Test
  void eachSemEvalTextOfTheLanguageIsReadOnceAndSlavicNerRawTextsByTheirFolder() throws IOException {
    Path csv = data.resolve(UnlabelledText.SEMEVAL);
    Files.createDirectories(csv.getParent());
    Files.writeString(csv, """
        pair_id,lang1,lang2,text1,text2,Overall
        1_2,es,it,"Biden vio a Scholz.
        Hablaron.","Biden ha incontrato Scholz.",1.0
        3_4,es,es,"Biden vio a Scholz.
        Hablaron.","Llovió en París.",2.0
        """);
    Path raw = data.resolve(UnlabelledText.SLAVICNER_RAW).resolve("brexit/pl/brexit_pl_1.txt");
    Files.createDirectories(raw.getParent());
    Files.writeString(raw, "Farage odszedł z UKIP.\n\nW Londynie padało.");

    List<String> spanish = UnlabelledText.sentences(data, "es").stream().map(s -> String.join(" ", s)).toList();
    List<String> polish = UnlabelledText.sentences(data, "pl").stream().map(s -> String.join(" ", s)).toList();

    assertThat(spanish).containsExactly("biden vio a scholz .", "hablaron .", "llovió en parís .");
    assertThat(polish).containsExactly("farage odszedł z ukip .", "w londynie padało .");
  }

  @Test
  void aLanguageWithoutTextGivesNoSentences() throws IOException {
    assertThat(UnlabelledText.sentences(data, "sl")).isEmpty();
  }

  @Test
  void aPageDeclaringTheLanguageGivesItsLongerLinesWithoutTags() throws IOException {
    Path folder = data.resolve("pages");
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("a.html"), "<html lang=\"es-ES\"><head><script>var x = 1;</script></head><body>"
        + "<div>Menu</div><p>El ministro se reunió con el alcalde de Sevilla .</p></body></html>");
    Files.writeString(folder.resolve("b.html"), "<html lang=\"it\"><body><p>Il ministro ha incontrato.</p></body></html>");
    Path archive = data.resolve(UnlabelledText.HTML_PAGES);
    Files.createDirectories(archive.getParent());
    Process tar = new ProcessBuilder("tar", "-cJf", archive.toString(), "-C", folder.toString(), "a.html", "b.html")
        .inheritIO().start();
    try {
      assertThat(tar.waitFor()).isZero();
    } catch (InterruptedException e) {
      throw new IOException(e);
    }
    List<String> spanish = UnlabelledText.sentences(data, "es").stream().map(s -> String.join(" ", s)).toList();
    assertThat(spanish).containsExactly("el ministro se reunió con el alcalde de sevilla .");
    assertThat(UnlabelledText.sentences(data, "it")).isEmpty(); // four words: taken as page furniture
  }
}
