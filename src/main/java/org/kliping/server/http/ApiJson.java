package org.kliping.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.kliping.domain.Annotation;
import org.kliping.domain.Article;
import org.kliping.domain.SearchHit;
import org.kliping.domain.SearchResult;
import org.kliping.server.TeamArchive;
import org.kliping.server.db.TeamStore;

import java.util.List;
import java.util.Map;

/**
 * The API's JSON: the field names of the CLI's {@code --json} output (a contract), plus what a shared archive adds:
 * each article's {@code version}, and who wrote each tag, highlight and note ({@code user}).
 */
final class ApiJson {
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final List<String> FACETS = List.of("source", "place", "tag", "year");

    private ApiJson() {
    }

    static ObjectNode listItem(Article a, List<String> tags) {
        ObjectNode o = MAPPER.createObjectNode();
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

    static ObjectNode details(TeamStore.Details d) {
        Article a = d.article();
        ObjectNode o = listItem(a, d.tags().stream().map(TeamStore.UserTag::name).toList());
        o.put("version", d.version());
        o.put("titleDerived", a.titleDerived());
        ArrayNode authors = o.putArray("authors");
        a.authors().forEach(authors::add);
        o.put("publishedText", a.publishedText());
        o.put("url", a.url());
        o.put("language", a.language());
        o.put("origin", a.originName());
        o.put("importedAt", a.importedAt().toString());
        o.put("importedBy", d.createdBy());
        o.put("sha256", a.sha256());
        o.put("lede", a.lede());
        o.put("body", a.body());
        o.put("deleted", d.deleted());
        ArrayNode tagsBy = o.putArray("tagsBy");
        d.tags().forEach(t -> tagsBy.addObject().put("name", t.name()).put("user", t.user()));
        ArrayNode ann = o.putArray("annotations");
        d.annotations().forEach(x -> ann.add(annotation(x.annotation(), x.user())));
        ArrayNode notes = o.putArray("notes");
        d.notes().forEach(n -> notes.add(note(n, a.id())));
        return o;
    }

    static ObjectNode note(TeamStore.UserNote n, long articleId) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", n.id());
        o.put("articleId", articleId);
        o.put("text", n.text());
        o.put("user", n.user());
        o.put("createdAt", n.createdAt().toString());
        return o;
    }

    static ObjectNode annotation(Annotation a, String user) {
        ObjectNode o = MAPPER.createObjectNode();
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
        o.put("user", user);
        return o;
    }

    static ObjectNode search(SearchResult r) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("total", r.total());
        o.put("totalAllWords", r.totalAllWords());
        ArrayNode hits = o.putArray("hits");
        for (SearchHit h : r.hits()) {
            ObjectNode x = hits.addObject();
            x.put("id", h.id());
            x.put("externalId", h.externalId());
            x.put("title", h.title());
            x.put("source", h.source());
            x.put("published", h.published() == null ? null : h.published().toString());
            x.put("score", h.score());
            x.put("snippet", h.snippet());
        }
        ObjectNode facets = o.putObject("facets");
        for (String f : FACETS) {
            ObjectNode counts = facets.putObject(f);
            r.facets().getOrDefault(f, Map.of()).forEach(counts::put);
        }
        ArrayNode notices = o.putArray("notices");
        r.notices().forEach(notices::add);
        return o;
    }

    static ObjectNode importResult(TeamArchive.ImportResult r) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("imported", r.imported());
        o.put("duplicates", r.duplicates());
        ArrayNode rejected = o.putArray("rejected");
        r.rejected().forEach(p -> rejected.addObject().put("path", p.path()).put("error", p.error()));
        o.putArray("skipped");
        ArrayNode warnings = o.putArray("warnings");
        r.warnings().forEach(p -> warnings.addObject().put("path", p.path()).put("warning", p.error()));
        ArrayNode ids = o.putArray("ids");
        r.ids().forEach(ids::add);
        return o;
    }
}
