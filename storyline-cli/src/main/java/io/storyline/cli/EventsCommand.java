package io.storyline.cli;

import io.storyline.app.Workspace;
import io.storyline.events.Chronicle;
import io.storyline.core.DidYouMean;
import io.storyline.entities.registry.Entity;
import io.storyline.events.Event;
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

@Command(name = "events", mixinStandardHelpOptions = true,
    description = "List events (one happening, many reports in any language) in date order, with their English gist.")
final class EventsCommand implements Callable<Integer> {
  @ParentCommand StorylineCommand root;
  @Spec CommandSpec spec;
  @Mixin DataDir dataDir;

  @Option(names = "--storyline", paramLabel = "ID", description = "Only the events of this storyline.")
  String storyline;

  @Mixin ListFilters filters;

  enum Sort { date, newest, articles }

  @Option(names = "--sort", defaultValue = "date", paramLabel = "ORDER",
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}: oldest first; dates with an unknown year last).")
  Sort sort;

  @Option(names = "--limit", defaultValue = "50", description = "At most this many rows (default: ${DEFAULT-VALUE}).")
  int limit;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Workspace workspace = Workspace.read(dataDir.existing(root), EntityNames.canonical())) {
      Chronicle chronicle = workspace.chronicle();
      List<Event> all = storyline == null ? chronicle.events()
          : chronicle.events(chronicle.storyline(storyline).orElseThrow(() -> new IllegalArgumentException(
              "no storyline with id '" + storyline + "'" + DidYouMean.hint(DidYouMean.closest(storyline,
                  chronicle.storylines().stream().map(Storyline::id).toList())) + "; list the ids with: storyline storylines")));
      Entity entity = filters.entity(workspace.entities());
      List<Event> events = all.stream()
          .filter(e -> filters.overlaps(e.dateValue(), e.dateValue()) && filters.anyLanguage(e.languages()))
          .filter(e -> entity == null || e.articleIds().stream().anyMatch(entity.articles()::contains))
          .sorted(switch (sort) {
            case date -> Text.byDate(Event::dateValue, false);
            case newest -> Text.byDate(Event::dateValue, true);
            case articles -> java.util.Comparator.comparingInt((Event e) -> -e.articleIds().size());
          })
          .toList();
      out.printf("%-15s  %-26s  %-11s  %-12s  %-9s  %-8s  %s%n", "ID", "DATE", "CONFIDENCE", "KIND", "LANGUAGES",
          "ARTICLES", "GIST");
      for (Event e : events.stream().limit(limit).toList()) {
        out.printf("%-15s  %-26s  %-11s  %-12s  %-9s  %-8d  %s%n", e.id(), Text.clip(e.displayDate(), 26),
            Text.confidence(e.dateValue(), e.dateConfidence()), Text.clip(e.kind(), 12),
            Text.clip(String.join(",", e.languages()), 9), e.articleIds().size(), Text.clip(e.gist(), 100));
      }
      out.printf("%,d of %,d events%n", Math.min(limit, events.size()), events.size());
      return 0;
    }
  }
}
