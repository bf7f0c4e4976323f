package org.kliping.service;

import org.kliping.domain.ArticleDraft;

import java.util.ArrayList;
import java.util.List;

/**
 * Bounds on the short fields of an imported article. A megabyte "source" from a hostile or broken file
 * would otherwise be stored, shown in the window's sidebar and indexed as one keyword; it is cut, with a
 * warning that names the field, and the original keeps the full text.
 */
final class MetadataLimits {

    static final int TITLE = 500;
    static final int SOURCE = 200;
    static final int PLACE = 200;
    static final int URL = 2048;
    static final int EXTERNAL_ID = 500;

    private MetadataLimits() {
    }

    static ArticleDraft apply(ArticleDraft d) {
        List<String> warnings = new ArrayList<>(d.warnings());
        String title = cut(d.title(), TITLE, "title", warnings);
        String source = cut(d.source(), SOURCE, "source", warnings);
        String place = cut(d.place(), PLACE, "place", warnings);
        String url = cut(d.url(), URL, "url", warnings);
        String externalId = cut(d.externalId(), EXTERNAL_ID, "id", warnings);
        if (warnings.size() == d.warnings().size()) return d;
        return new ArticleDraft(externalId, title, d.titleDerived(), d.lede(), d.paragraphs(), source, place,
                d.published(), d.publishedText(), url, d.language(), d.originName(), d.original(), d.originalText(), warnings, d.authors());
    }

    private static String cut(String value, int max, String field, List<String> warnings) {
        if (value == null || value.length() <= max) return value;
        warnings.add(field + " cut from " + value.length() + " to " + max + " characters");
        return value.substring(0, max).strip();
    }
}
