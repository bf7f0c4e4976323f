package org.kliping.domain;

/** How search results are ordered. */
public enum SortOrder { RELEVANCE, DATE }
