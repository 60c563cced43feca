package io.storyline.cli;

import io.storyline.app.Workspace;
import io.storyline.core.Article;
import io.storyline.core.LanguageGuess;
import io.storyline.core.Layers;
import io.storyline.store.LuceneArticleStore;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "articles", mixinStandardHelpOptions = true, description = "List stored articles: id, language, date, title.")
final class ArticlesCommand implements Callable<Integer> {
  @ParentCommand StorylineCommand root;
  @Spec CommandSpec spec;
  @Mixin DataDir dataDir;

  @Option(names = "--limit", defaultValue = "100", description = "At most this many rows (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--offset", defaultValue = "0", description = "Skip this many rows first.")
  int offset;

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    try (Workspace workspace = Workspace.read(dataDir.resolve(root), EntityNames.canonical())) {
      LuceneArticleStore store = workspace.articles();
      long total = store.count();
      out.printf("%-16s  %-4s  %-24s  %s%n", "ID", "LANG", "PUBLISHED", "TITLE");
      for (String id : store.ids(offset, limit)) {
        Article a = store.get(id).orElseThrow();
        String lang = a.get(Layers.LANGUAGE).map(LanguageGuess::code).orElse("-");
        out.printf("%-16s  %-4s  %-24s  %s%n", id, lang, Text.clip(Text.published(a), 24), Text.clip(Text.headline(a), 80));
      }
      out.printf("%,d of %,d articles in %s%n", Math.max(0, Math.min(limit, total - offset)), total, dataDir.resolve(root));
      return 0;
    }
  }
}
