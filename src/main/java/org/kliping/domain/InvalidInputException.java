package org.kliping.domain;

/** A request that cannot be carried out as given (an empty tag, a quote not in the text, a bad date). */
public final class InvalidInputException extends KlipingException {
    public InvalidInputException(String message) {
        super(message);
    }
}
