package org.kliping.ingest;

/**
 * What a format states outright about an article (JSON fields, HTML meta, Markdown front matter); these win
 * over what the text cleaning guesses. Every field may be null.
 */
record KnownFields(String externalId, String title, String source, String place, String dateText, String url,
                   String language, Integer referenceYear) {

    static KnownFields none() {
        return new KnownFields(null, null, null, null, null, null, null, null);
    }

    KnownFields withDate(String newDateText) {
        return new KnownFields(externalId, title, source, place, newDateText, url, language, referenceYear);
    }
}
