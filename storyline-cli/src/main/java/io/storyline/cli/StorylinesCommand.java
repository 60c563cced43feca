package io.storyline.cli;

import io.storyline.app.Workspace;
import io.storyline.core.DateWords;
import io.storyline.entities.registry.Entity;
import io.storyline.events.Storyline;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "storylines", mixinStandardHelpOptions = true,
    description = "List storylines: threads of events over months or years, most articles first.")
final class StorylinesCommand implements Callable<Integer> {
  @ParentCommand StorylineCommand root;
  @Spec CommandSpec spec;
  @Mixin DataDir dataDir;

  @Mixin ListFilters filters;

  enum Sort { articles, newest, oldest }

  @Option(names = "--sort", defaultValue = "articles", paramLabel = "ORDER",
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}: most articles first; newest and oldest by the "
          + "last and first event).")
  Sort sort;

  @Option(names = "--limit", defaultValue = "30", description = "At most this many rows (default: ${DEFAULT-VALUE}).")
  int limit;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Workspace workspace = Workspace.read(dataDir.existing(root), EntityNames.canonical())) {
      Entity entity = filters.entity(workspace.entities());
      List<Storyline> all = workspace.chronicle().storylines().stream()
          .filter(s -> filters.overlaps(s.startValue(), s.endValue()) && filters.anyLanguage(s.languages()))
          .filter(s -> entity == null || workspace.chronicle().events(s).stream()
              .anyMatch(e -> e.articleIds().stream().anyMatch(entity.articles()::contains)))
          .sorted(switch (sort) {
            case articles -> java.util.Comparator.comparingInt((Storyline s) -> -s.articleCount());
            case newest -> Text.byDate(Storyline::endValue, true);
            case oldest -> Text.byDate(Storyline::startValue, false);
          })
          .toList();
      out.printf("%-12s  %-32s  %-6s  %-8s  %-16s  %s%n", "ID", "SPAN", "EVENTS", "ARTICLES", "LANGUAGES", "LABEL");
      for (Storyline s : all.stream().limit(limit).toList()) {
        out.printf("%-12s  %-32s  %-6d  %-8d  %-16s  %s%n", s.id(), Text.clip(span(s), 32), s.eventIds().size(), s.articleCount(),
            Text.clip(String.join(" ", s.languages()), 16), Text.clip(s.label(), 60));
      }
      out.printf("%,d of %,d storylines%n", Math.min(limit, all.size()), all.size());
      return 0;
    }
  }

  /** From its first event's date to its last, in words ("May 2023 – 9 April 2025"). */
  static String span(Storyline s) {
    return DateWords.span(s.startValue(), s.endValue());
  }
}
