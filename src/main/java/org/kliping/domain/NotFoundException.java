package org.kliping.domain;

/** An article, highlight, tag or saved search that does not exist. */
public final class NotFoundException extends KlipingException {
    public NotFoundException(String what) {
        super(what + " not found");
    }
}
