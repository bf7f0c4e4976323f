package org.kliping.domain;

/** How search results are ordered: by relevance, newest first ({@code DATE}) or oldest first; undated last. */
public enum SortOrder { RELEVANCE, DATE, OLDEST_FIRST }
