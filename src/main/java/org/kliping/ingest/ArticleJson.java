package org.kliping.ingest;

import static org.kliping.ingest.KlipingJsonException.required;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.kliping.domain.Annotation;
import org.kliping.domain.Article;
import org.kliping.domain.ArticleBundle;
import org.kliping.domain.ArticleNote;
import org.kliping.domain.Tag;

/** One article of a Kliping JSON file with everything attached to it. See docs/format-kliping-json.md. */
public record ArticleJson(
        @JsonProperty("id") Long id,
        @JsonProperty("externalId") String externalId,
        @JsonProperty("title") String title,
        @JsonProperty("titleDerived") boolean titleDerived,
        @JsonProperty("lede") String lede,
        @JsonProperty("body") String body,
        @JsonProperty("source") String source,
        @JsonProperty("place") String place,
        @JsonProperty("published") String published,
        @JsonProperty("publishedText") String publishedText,
        @JsonProperty("url") String url,
        @JsonProperty("language") String language,
        @JsonProperty("originName") String originName,
        @JsonProperty("importedAt") String importedAt,
        @JsonProperty("sha256") String sha256,
        @JsonProperty("starred") boolean starred,
        @JsonProperty("read") boolean read,
        @JsonProperty("originalEncoding") String originalEncoding,
        @JsonProperty("original") String original,
        @JsonProperty("tags") List<TagJson> tags,
        @JsonProperty("annotations") List<AnnotationJson> annotations,
        @JsonProperty("notes") List<NoteJson> notes,
        @JsonProperty("paper") PaperJson paper) {

    static ArticleJson from(ArticleBundle bundle) {
        Article a = bundle.article();
        KlipingJsonOriginal original = KlipingJsonOriginal.encode(bundle.original());
        return new ArticleJson(a.id(), a.externalId(), a.title(), a.titleDerived(), a.lede(), a.body(), a.source(),
                a.place(), a.published() == null ? null : a.published().toString(), a.publishedText(), a.url(),
                a.language(), a.originName(), a.importedAt() == null ? null : a.importedAt().toString(), a.sha256(),
                a.starred(), a.read(), original.encoding(), original.text(),
                bundle.tags().stream().map(TagJson::from).toList(),
                bundle.annotations().stream().map(AnnotationJson::from).toList(),
                bundle.notes().stream().map(NoteJson::from).toList(), PaperJson.from(bundle.paper()));
    }

    /** @throws KlipingJsonException when a required field is missing or a value is malformed */
    ArticleBundle toDomain() {
        long articleId = required(id, "id");
        Article article = new Article(articleId, externalId, required(title, "title"), titleDerived, lede,
                required(body, "body"), source, place, KlipingJsonException.date(published, "published"),
                publishedText, url, language, originName, KlipingJsonException.instant(importedAt, "importedAt"),
                sha256, starred, read);
        List<Tag> domainTags = listOf(tags).stream().map(TagJson::toDomain).toList();
        List<Annotation> domainAnnotations = listOf(annotations).stream().map(x -> x.toDomain(articleId)).toList();
        List<ArticleNote> domainNotes = listOf(notes).stream().map(x -> x.toDomain(articleId)).toList();
        return new ArticleBundle(article, KlipingJsonOriginal.decode(originalEncoding, original), domainTags,
                domainAnnotations, domainNotes, paper == null ? null : paper.toDomain());
    }

    private static <T> List<T> listOf(List<T> list) {
        if (list == null) return List.of();
        if (list.contains(null)) throw new KlipingJsonException("a list holds a null element");
        return list;
    }
}
