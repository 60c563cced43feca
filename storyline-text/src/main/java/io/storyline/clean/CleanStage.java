package io.storyline.clean;

import io.storyline.core.Article;
import io.storyline.core.Layer;
import io.storyline.core.Layers;
import io.storyline.core.Stage;
import java.util.List;
import java.util.Set;

/**
 * Marks scraping debris (ad labels, bylines, photo credits, related links, footers...) as {@link Layers#REMOVED}
 * spans of the original text, and finds the headline line ({@link Layers#TITLE}) when the input gave no title.
 *
 * <p>Nothing is deleted. Spans cover whole lines without their line break, except a metadata header glued to the
 * start of a paragraph, of which only the header is marked. Each span records its rule as {@code clean:<rule>}.
 * Cleanup runs before language detection, so the phrase lists of every language ({@code phrases/<lang>.txt}) apply
 * to every article; they are combined with language-independent signals: word counts, sentence punctuation, digits,
 * web addresses, duplicates, and the line's zone: the <em>head</em> (before the first line of running text) or the
 * <em>tail</em> (after the last). A paragraph of running text (a sentence of eight words or more) is removed only by
 * strong, specific patterns: an exact duplicate, a typo-report or copyright footer, a subscription call next to a
 * web address, a related-article lead-in, a repeated caption. The two weakest signals (a short bulleted line, a
 * headline-like line after the last paragraph) count only when a specific rule found debris in the same zone.
 *
 * <table>
 *   <caption>Reasons</caption>
 *   <tr><th>reason</th><th>what is removed</th><th>rules</th></tr>
 *   <tr><td>ad-label</td><td>a line that only says "advertisement" (Reklama, Реклама, Anzeige...)</td>
 *       <td>ad-label</td></tr>
 *   <tr><td>navigation</td><td>menu items, short bulleted links and breadcrumbs in the head or tail</td>
 *       <td>navigation-item, nav-bullet, breadcrumb</td></tr>
 *   <tr><td>language-switcher</td><td>a line of ISO language codes in the head or tail ("RU", "UA | EN")</td>
 *       <td>language-codes</td></tr>
 *   <tr><td>counter</td><td>a line of numbers without letters (view and comment counters)</td>
 *       <td>number-only</td></tr>
 *   <tr><td>dateline</td><td>a date or time standing alone, or with at most three words, in the head or tail</td>
 *       <td>date-only, dateline</td></tr>
 *   <tr><td>separator</td><td>a line with neither letters nor digits ("* * *")</td><td>symbols-only</td></tr>
 *   <tr><td>byline</td><td>author or source line in the head or tail ("Текст:", "Autor:", "By Jane Doe")</td>
 *       <td>byline, byline-name</td></tr>
 *   <tr><td>header</td><td>a metadata header such as "date 2024-07" opening the article (maybe only a prefix)</td>
 *       <td>metadata-header</td></tr>
 *   <tr><td>photo-credit</td><td>a short line opening with (or, after a sentence, holding) a credit marker
 *       ("Фото:", "Fot.", "Autor.", "Címlapkép forrása:"), or a bare photo word on a line of up to four words</td>
 *       <td>photo-credit, photo-word</td></tr>
 *   <tr><td>caption</td><td>a short line next to a photo credit (see {@link Sweep})</td>
 *       <td>caption-by-credit</td></tr>
 *   <tr><td>duplicate</td><td>every copy after the first of a line with at least
 *       {@value Rules#MIN_DUPLICATE_KEY} letters and digits, compared in lower case on letters and digits only</td>
 *       <td>duplicate-line</td></tr>
 *   <tr><td>tags</td><td>a tag list ("ТЕГИ:", "Tagi:", "Címkék:")</td><td>tag-list</td></tr>
 *   <tr><td>related</td><td>a link to another article: a lead-in ("Czytaj także", "Leggi anche"), an
 *       "earlier reported" line in the tail, or a headline-like line after the last paragraph</td>
 *       <td>related-link, related-tail, tail-headline</td></tr>
 *   <tr><td>promo</td><td>newsletter, messenger and subscription calls</td><td>promo-call, promo-link</td></tr>
 *   <tr><td>link</td><td>a line that is a web address with at most two other words</td><td>link-only</td></tr>
 *   <tr><td>share</td><td>share and print buttons</td><td>share-button</td></tr>
 *   <tr><td>footer</td><td>comment links, typo-report ("Ctrl + Enter") and copyright notices</td>
 *       <td>comments-link, footer-text</td></tr>
 * </table>
 *
 * <p>Immutable and thread-safe: the phrase lists are loaded once, by the constructor. Cleaning is deterministic
 * and reads only the original text, so applying the stage to its own output gives the same spans.
 */
public final class CleanStage implements Stage {
  /** The stage name, also the prefix of every span's provenance. */
  public static final String NAME = "clean";

  private final Rules rules;

  /** Loads the phrase lists of every language. */
  public CleanStage() {
    this.rules = new Rules(PhraseBook.load());
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of();
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layers.REMOVED, Layers.TITLE);
  }

  /** No debris marked and no title line found: the whole text is kept. */
  @Override
  public Article skip(Article article) {
    return article.with(Layers.REMOVED, List.of());
  }

  @Override
  public Article apply(Article article) {
    Sweep sweep = new Sweep(rules, article.text());
    Article cleaned = article.with(Layers.REMOVED, sweep.run());
    if (article.title() != null) {
      return cleaned;
    }
    return sweep.headline().map(title -> cleaned.with(Layers.TITLE, title)).orElse(cleaned);
  }
}
