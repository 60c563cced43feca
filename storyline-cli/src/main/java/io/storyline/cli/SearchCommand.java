package io.storyline.cli;

import io.storyline.app.RegistryDirectory;
import io.storyline.app.Workspace;
import io.storyline.core.Article;
import io.storyline.search.Expansion;
import io.storyline.search.Hit;
import io.storyline.search.SearchQuery;
import io.storyline.search.Snippet;
import io.storyline.search.SortOrder;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "search", mixinStandardHelpOptions = true,
    description = {"Search the articles in every language, as the web UI does: the names a query mentions are",
        "expanded to their forms in other languages and scripts (\"Stoltenberg\" also finds \"Столтенберг\").",
        "Query syntax: terms (all required), \"phrases\", OR, NOT, -term, prefix*."})
final class SearchCommand implements Callable<Integer> {
  @ParentCommand StorylineCommand root;
  @Spec CommandSpec spec;
  @Mixin DataDir dataDir;
  @Mixin ListFilters filters;

  @Parameters(paramLabel = "QUERY", arity = "1..*", description = "What to look for; several words are one query.")
  List<String> words;

  @Option(names = "--event", paramLabel = "ID", description = "Only articles reporting this event.")
  String event;

  @Option(names = "--storyline", paramLabel = "ID", description = "Only articles of this storyline.")
  String storyline;

  @Option(names = "--source", paramLabel = "SOURCE", description = "Only articles from this source, exactly.")
  String source;

  @Option(names = "--sort", defaultValue = "relevance", paramLabel = "ORDER",
      description = "relevance, newest or oldest (default: ${DEFAULT-VALUE}).")
  String sort;

  @Option(names = "--limit", defaultValue = "20", description = "At most this many hits (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--offset", defaultValue = "0", description = "Skip this many hits first.")
  int offset;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    SortOrder order = SortOrder.parse(sort);
    try (Workspace workspace = Workspace.read(dataDir.existing(root), EntityNames.canonical())) {
      String text = String.join(" ", words);
      List<Expansion> expansions = new RegistryDirectory(workspace).expand(text);
      SearchQuery q = SearchQuery.of(text).withExpansions(expansions).withSort(order)
          .withFilters(filters.search(workspace.entities(), event, storyline, source));
      SearchPages found = SearchPages.of(workspace.search(), q, offset, limit);
      for (Expansion e : expansions) {
        out.printf("'%s' also found as: %s%n", e.term(), Text.clip(String.join(", ", e.variants()), 100));
      }
      for (Hit h : found.hits()) {
        Article a = workspace.articles().get(h.id()).orElse(null);
        out.printf("%n%-16s  %-4s  %-24s  %s%n", h.id(), h.lang(), Text.clip(a == null ? "" : Text.published(a), 24),
            Text.clip(a == null ? h.title() : Text.headline(a), 80));
        if (h.crossLanguage()) {
          out.printf("  found as %s%n", String.join(", ", h.via()));
        }
        for (Snippet s : h.snippets().stream().limit(2).toList()) {
          out.printf("  %s%n", Text.clip(marked(s), 160));
        }
      }
      out.printf("%n%,d of %s%,d articles match%n", found.hits().size(), found.totalExact() ? "" : "at least ", found.total());
      return 0;
    }
  }

  /** The snippet with its matches in [brackets]. */
  private static String marked(Snippet s) {
    StringBuilder b = new StringBuilder();
    int at = 0;
    for (Snippet.Range r : s.highlights()) {
      b.append(s.text(), at, r.start()).append('[').append(s.text(), r.start(), r.end()).append(']');
      at = r.end();
    }
    return b.append(s.text().substring(at)).toString();
  }
}
