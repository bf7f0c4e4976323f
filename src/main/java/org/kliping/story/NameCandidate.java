package org.kliping.story;

import org.kliping.domain.NameKind;

/**
 * A capitalised phrase found in one sentence, before the article-wide pass decides about it.
 *
 * @param kind         the kind, or null when nothing in the sentence told
 * @param initialOnly  a lone unknown word at the start of a sentence (or quote): capitalised perhaps
 *                     only by position, kept only if the article confirms it elsewhere
 */
record NameCandidate(String name, NameKind kind, int start, int end, boolean initialOnly, boolean singleWord) {
}
