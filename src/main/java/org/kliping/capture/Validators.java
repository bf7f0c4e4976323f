package org.kliping.capture;

/** What a server said identifies a version of a document, sent back to ask only for a newer one; fields may be null. */
public record Validators(String etag, String lastModified) {
    public static final Validators NONE = new Validators(null, null);
}
