package org.kliping.domain;

/** What a name in an article refers to, as far as rules and a gazetteer can tell. */
public enum NameKind { PERSON, PLACE, ORGANISATION, OTHER }
