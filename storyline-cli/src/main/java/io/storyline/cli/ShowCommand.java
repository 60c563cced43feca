package io.storyline.cli;

import io.storyline.app.Workspace;
import io.storyline.core.Article;
import io.storyline.core.DateWords;
import io.storyline.core.Layers;
import io.storyline.core.RemovedSpan;
import io.storyline.core.TextSpan;
import io.storyline.store.LuceneArticleStore;
import io.storyline.time.TimeExpression;
import io.storyline.time.TimeLayers;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "show", mixinStandardHelpOptions = true,
    description = {"Show one article: its clean text with removed debris marked, its language and annotations.",
        "Removed debris is shown as [-text-]{reason} and time expressions as <<text>>{value},",
        "or struck through and underlined on a colour terminal."})
final class ShowCommand implements Callable<Integer> {
  private static final String STRIKE = "\u001b[2;9m";
  private static final String UNDERLINE = "\u001b[4;36m";
  private static final String RESET = "\u001b[0m";

  @ParentCommand StorylineCommand root;
  @Spec CommandSpec spec;
  @Mixin DataDir dataDir;

  @Parameters(paramLabel = "ID", description = "Article id (see `storyline articles`), or its first characters when they are unique.")
  String id;

  @Option(names = "--hide-removed", description = "Leave the removed debris out of the text.")
  boolean hideRemoved;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Workspace workspace = Workspace.read(dataDir.existing(root), EntityNames.canonical())) {
      LuceneArticleStore store = workspace.articles();
      Article a;
      try {
        a = store.find(id);
      } catch (java.util.NoSuchElementException e) {
        spec.commandLine().getErr().println("storyline show: " + e.getMessage() + " in " + dataDir.resolve(root)
            + "; list the ids with: storyline articles");
        return 1;
      }
      header(out, a);
      story(out, a, workspace);
      out.println();
      out.println(hideRemoved ? io.storyline.core.TextMask.readable(a) : marked(a, Boolean.getBoolean("storyline.stdout.tty")));
      out.println();
      annotations(out, a);
      return 0;
    }
  }

  private static void header(PrintWriter out, Article a) {
    out.printf("id        %s%n", a.id());
    out.printf("source    %s%n", a.source());
    if (a.url() != null) {
      out.printf("url       %s%n", a.url());
    }
    out.printf("title     %s%n", Text.headline(a));
    a.get(Layers.LANGUAGE).ifPresent(l -> out.printf(Locale.ROOT, "language  %s (confidence %.2f, %s)%n", l.code(), l.confidence(), l.stage()));
    a.get(TimeLayers.PUBLISHED).ifPresent(p -> out.printf("published %s (to the %s, from %s)%n", DateWords.of(p.value()),
        p.granularity().name().toLowerCase(Locale.ROOT), p.source()));
    a.get(TimeLayers.EVENT_DATE).ifPresent(e -> out.printf("event     %s: %s%n",
        DateWords.withConfidence(e.value(), e.confidence()), e.basis()));
    a.meta().forEach((k, v) -> out.printf("meta      %s = %s%n", k, Text.clip(v, 100)));
  }

  /** Its event and storyline, the entities it names (current names, most mentioned first) and its quotes. */
  private static void story(PrintWriter out, Article a, Workspace workspace) {
    var chronicle = workspace.chronicle();
    var event = chronicle.eventOf(a.id()).flatMap(chronicle::event);
    event.ifPresent(e -> out.printf("in event  %s (%s): %s%n", e.id(), e.displayDate(), Text.clip(e.gist(), 100)));
    chronicle.storylineOf(a.id()).flatMap(chronicle::storyline)
        .ifPresent(s -> out.printf("storyline %s: %s%n", s.id(), Text.clip(s.label(), 100)));
    java.util.Map<String, Long> counts = a.get(io.storyline.entities.EntityLayers.MENTIONS).orElse(List.of()).stream()
        .filter(m -> m.entityId() != null)
        .collect(java.util.stream.Collectors.groupingBy(m -> m.entityId(), java.util.LinkedHashMap::new,
            java.util.stream.Collectors.counting()));
    out.printf("entities  %d%n", counts.size());
    counts.entrySet().stream().sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed()).forEach(c -> {
      var entity = workspace.entities().lookup(c.getKey());
      out.printf("  %-32s %-4s %3d×  %s%n", entity.map(e -> e.id()).orElse(c.getKey()),
          entity.map(e -> e.type().code()).orElse("?"), c.getValue(), entity.map(e -> e.name()).orElse(""));
    });
    List<io.storyline.events.Quote> quotes = event.stream().flatMap(e -> e.quotes().stream())
        .filter(q -> q.articleId().equals(a.id())).sorted(Comparator.comparingInt(io.storyline.events.Quote::start)).toList();
    out.printf("quotes    %d%n", quotes.size());
    quotes.forEach(q -> out.printf("  \"%s\" — %s%n", Text.clip(q.text(), 100),
        q.speakerName() == null ? "speaker unknown" : q.speakerName() + (q.speakerEntityId() == null ? "" : " (" + q.speakerEntityId() + ")")));
  }

  /** A marker around a span of the text: removed debris or a time expression. */
  private record Mark(int start, int end, String open, String close) {}

  /**
   * The whole original text with each removed span wrapped as {@code [-text-]{reason}} and each
   * time expression as {@code <<text>>{value}} (struck through and underlined on a colour terminal).
   */
  static String marked(Article a, boolean ansi) {
    List<Mark> marks = new ArrayList<>();
    for (RemovedSpan r : a.removed()) {
      marks.add(ansi ? new Mark(r.start(), r.end(), STRIKE, RESET + " {" + r.reason() + "}")
          : new Mark(r.start(), r.end(), "[-", "-]{" + r.reason() + "}"));
    }
    for (TimeExpression t : a.get(TimeLayers.TIMES).orElse(List.of())) {
      marks.add(ansi ? new Mark(t.start(), t.end(), UNDERLINE, RESET + "{" + t.interval() + "}")
          : new Mark(t.start(), t.end(), "<<", ">>{" + t.interval() + "}"));
    }
    marks.sort(Comparator.comparingInt(Mark::start));
    StringBuilder b = new StringBuilder();
    String text = a.text();
    int at = 0;
    for (Mark m : marks) {
      if (m.start() < at) {
        continue; // overlapping spans are marked once
      }
      b.append(text, at, m.start()).append(m.open()).append(text, m.start(), m.end()).append(m.close());
      at = m.end();
    }
    return b.append(text.substring(at)).toString();
  }

  private static void annotations(PrintWriter out, Article a) {
    List<RemovedSpan> removed = a.removed();
    out.printf("removed   %d spans%n", removed.size());
    for (RemovedSpan r : removed) {
      out.printf("  [%d, %d) %-18s %-28s %s%n", r.start(), r.end(), r.reason(), r.stage(), Text.clip(a.text().substring(r.start(), r.end()), 60));
    }
    List<TimeExpression> times = a.get(TimeLayers.TIMES).orElse(List.of());
    out.printf("times     %d%n", times.size());
    for (TimeExpression t : times) {
      out.printf("  [%d, %d) %-24s %-26s %-6s %s%n", t.start(), t.end(), Text.clip(t.text(), 24), t.interval(),
          t.granularity().name().toLowerCase(Locale.ROOT), t.stage());
    }
    List<TextSpan> sentences = a.get(Layers.SENTENCES).orElse(List.of());
    out.printf("sentences %d%n", sentences.size());
    for (TextSpan s : sentences) {
      out.printf("  [%d, %d) %s%n", s.start(), s.end(), Text.clip(a.text().substring(s.start(), s.end()), 90));
    }
  }
}
