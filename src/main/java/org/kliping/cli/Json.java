package org.kliping.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.kliping.domain.Annotation;
import org.kliping.domain.Article;
import org.kliping.domain.ArticleNote;
import org.kliping.domain.SearchHit;
import org.kliping.domain.Tag;
import org.kliping.domain.OcrInfo;
import org.kliping.service.ArticleDetails;

import java.util.List;
import java.util.Map;

/** The CLI's JSON shapes, built field by field: these names are a contract other tools call. */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    static String write(Object node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    static ObjectNode listItem(Article a, List<String> tags) {
        ObjectNode o = object();
        o.put("id", a.id());
        o.put("externalId", a.externalId());
        o.put("title", a.title());
        o.put("source", a.source());
        o.put("place", a.place());
        o.put("published", a.published() == null ? null : a.published().toString());
        ArrayNode t = o.putArray("tags");
        tags.forEach(t::add);
        return o;
    }

    static ObjectNode details(ArticleDetails d, boolean withOriginal) {
        Article a = d.article();
        ObjectNode o = listItem(a, d.tags().stream().map(Tag::name).toList());
        o.put("titleDerived", a.titleDerived());
        o.put("publishedText", a.publishedText());
        o.put("url", a.url());
        o.put("language", a.language());
        o.put("origin", a.originName());
        o.put("importedAt", a.importedAt().toString());
        o.put("sha256", a.sha256());
        o.put("starred", a.starred());
        o.put("read", a.read());
        o.put("lede", a.lede());
        o.put("body", a.body());
        ArrayNode ann = o.putArray("annotations");
        d.annotations().forEach(x -> ann.add(annotation(x)));
        ArrayNode notes = o.putArray("notes");
        for (ArticleNote n : d.notes()) {
            notes.addObject().put("id", n.id()).put("text", n.text()).put("createdAt", n.createdAt().toString());
        }
        ArrayNode also = o.putArray("alsoPublishedAs");
        for (Article x : d.alsoPublishedAs()) also.addObject().put("id", x.id()).put("title", x.title()).put("source", x.source());
        if (withOriginal) o.put("original", d.original());
        o.put("originMediaType", d.originMediaType());
        if (d.paper() != null && d.paper().ocr() != null) {
            OcrInfo ocr = d.paper().ocr();
            ObjectNode x = o.putObject("ocr");
            x.put("engine", ocr.engine());
            ArrayNode languages = x.putArray("languages");
            ocr.languages().forEach(languages::add);
            x.put("confidence", ocr.confidence());
        }
        return o;
    }

    static ObjectNode annotation(Annotation a) {
        ObjectNode o = object();
        o.put("id", a.id());
        o.put("articleId", a.articleId());
        o.put("quote", a.quote());
        o.put("note", a.note());
        o.put("color", a.color());
        o.put("start", a.start());
        o.put("end", a.end());
        o.put("state", a.state().wireName());
        ArrayNode t = o.putArray("tags");
        a.tags().forEach(t::add);
        o.put("createdAt", a.createdAt().toString());
        return o;
    }

    static ObjectNode hit(SearchHit h) {
        ObjectNode o = object();
        o.put("id", h.id());
        o.put("externalId", h.externalId());
        o.put("title", h.title());
        o.put("source", h.source());
        o.put("published", h.published() == null ? null : h.published().toString());
        o.put("score", h.score());
        o.put("snippet", h.snippet());
        return o;
    }

    static ObjectNode counts(Map<String, Long> counts) {
        ObjectNode o = object();
        counts.forEach(o::put);
        return o;
    }
}
