package io.storyline.cli;

import io.storyline.app.Workspace;
import io.storyline.core.Article;
import io.storyline.core.LanguageGuess;
import io.storyline.core.Layers;
import io.storyline.search.Hit;
import io.storyline.search.SearchQuery;
import io.storyline.search.SortOrder;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "articles", mixinStandardHelpOptions = true,
    description = "List stored articles: id, language, publication date, title; newest first unless --sort says otherwise.")
final class ArticlesCommand implements Callable<Integer> {
  enum Sort { newest, oldest, id }

  @ParentCommand StorylineCommand root;
  @Spec CommandSpec spec;
  @Mixin DataDir dataDir;
  @Mixin ListFilters filters;

  @Option(names = "--sort", defaultValue = "newest", paramLabel = "ORDER",
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); articles without a date come last.")
  Sort sort;

  @Option(names = "--source", paramLabel = "SOURCE", description = "Only articles from this source, exactly.")
  String source;

  @Option(names = "--limit", defaultValue = "100", description = "At most this many rows (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--offset", defaultValue = "0", description = "Skip this many rows first.")
  int offset;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Workspace workspace = Workspace.read(dataDir.existing(root), EntityNames.canonical())) {
      List<String> ids;
      long total;
      if (sort == Sort.id && !filters.any() && source == null) {
        ids = workspace.articles().ids(offset, limit);
        total = workspace.articles().count();
      } else {
        SearchQuery q = SearchQuery.of("").withSort(sort == Sort.oldest ? SortOrder.OLDEST : SortOrder.NEWEST)
            .withFilters(filters.search(workspace.entities(), null, null, source));
        SearchPages pages = SearchPages.of(workspace.search(), q, offset, limit);
        ids = pages.hits().stream().map(Hit::id).toList();
        total = pages.total();
      }
      if (sort == Sort.id) {
        ids = ids.stream().sorted().toList();
      }
      out.printf("%-16s  %-4s  %-24s  %s%n", "ID", "LANG", "PUBLISHED", "TITLE");
      for (String id : ids) {
        Article a = workspace.articles().get(id).orElseThrow();
        String lang = a.get(Layers.LANGUAGE).map(LanguageGuess::code).orElse("-");
        out.printf("%-16s  %-4s  %-24s  %s%n", id, lang, Text.clip(Text.published(a), 24), Text.clip(Text.headline(a), 80));
      }
      out.printf("%,d of %,d articles in %s%n", ids.size(), total, workspace.directory());
      return 0;
    }
  }
}
