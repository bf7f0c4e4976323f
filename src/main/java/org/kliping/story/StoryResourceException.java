package org.kliping.story;

/** A bundled word list (gazetteer, aliases, stopwords, units) is missing or unreadable. */
public final class StoryResourceException extends RuntimeException {
    public StoryResourceException(String resource, Throwable cause) {
        super("cannot read bundled list " + resource, cause);
    }
}
