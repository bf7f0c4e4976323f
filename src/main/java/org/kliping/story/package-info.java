/**
 * Stories, names and figures, computed from articles alone (JDK and {@code org.kliping.domain} only).
 *
 * <ul>
 *   <li>{@link org.kliping.story.NameExtractor} with {@link org.kliping.story.Aliases}: people, places and
 *       organisations by capitalised-phrase rules, a bundled gazetteer and user-extendable aliases;</li>
 *   <li>{@link org.kliping.story.FigureExtractor}: numbers with what they count, their qualifier, their source
 *       and their sentence;</li>
 *   <li>{@link org.kliping.story.StoryClusterer}: articles about one event grouped and named;</li>
 *   <li>{@link org.kliping.story.StoryComparison}: a story's figures side by side, disagreements flagged,
 *       as Markdown or CSV.</li>
 * </ul>
 *
 * All classes are immutable after construction and safe to share between threads. {@code service.StoryService}
 * builds the extractors for each use (a story opened, a re-clustering), with the archive's current aliases;
 * constructing them reads the bundled word lists again ({@code BundledList}), which is small beside the work. Choices and measurements:
 * {@code docs/decisions/0004-stories.md}.
 */
package org.kliping.story;
