package org.kliping.server.solr;

import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.common.util.NamedList;
import org.apache.solr.common.util.SimpleOrderedMap;
import org.apache.solr.handler.RequestHandlerBase;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.response.SolrQueryResponse;
import org.apache.solr.security.AuthorizationContext;
import org.apache.solr.security.PermissionNameProvider;
import org.kliping.domain.SearchHit;
import org.kliping.domain.SearchRequest;
import org.kliping.domain.SearchResult;
import org.kliping.domain.SortOrder;
import org.kliping.search.InvalidQueryException;
import org.kliping.search.SearchEngineParts;
import org.kliping.search.SearchSettings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Kliping's search inside a Solr core ({@code /kliping} in the configset): the query language, translation,
 * ranking, snippets and facets of the desktop ({@link SearchEngineParts}), run on this replica's searcher. Every
 * replica holds the whole archive (one shard), so any live replica answers as the desktop would.
 * Parameters: {@code q}, {@code limit}, {@code offset}, {@code sort} (relevance|date|oldest).
 */
public final class KlipingSearchHandler extends RequestHandlerBase {
    private static final SearchEngineParts PARTS = new SearchEngineParts(SearchSettings.defaults());

    @Override
    public void handleRequestBody(SolrQueryRequest req, SolrQueryResponse rsp) {
        SolrParams p = req.getParams();
        SortOrder sort = switch (p.get("sort", "relevance")) {
            case "date" -> SortOrder.DATE;
            case "oldest" -> SortOrder.OLDEST_FIRST;
            default -> SortOrder.RELEVANCE;
        };
        SearchRequest request = new SearchRequest(p.get("q", ""), p.getInt("limit", 20), p.getInt("offset", 0), sort);
        SearchResult result;
        try {
            result = PARTS.search(req.getSearcher().getIndexReader(), request);
        } catch (InvalidQueryException e) {
            throw new SolrException(SolrException.ErrorCode.BAD_REQUEST, e.getMessage());
        }
        rsp.add("total", result.total());
        rsp.add("totalAllWords", result.totalAllWords());
        rsp.add("notices", new ArrayList<>(result.notices()));
        List<NamedList<Object>> hits = new ArrayList<>();
        for (SearchHit h : result.hits()) {
            NamedList<Object> o = new SimpleOrderedMap<>();
            o.add("id", h.id());
            o.add("externalId", h.externalId());
            o.add("title", h.title());
            o.add("source", h.source());
            o.add("published", h.published() == null ? null : h.published().toString());
            o.add("score", h.score());
            o.add("snippet", h.snippet());
            hits.add(o);
        }
        rsp.add("hits", hits);
        NamedList<Object> facets = new SimpleOrderedMap<>();
        for (Map.Entry<String, Map<String, Long>> dim : result.facets().entrySet()) {
            NamedList<Object> values = new SimpleOrderedMap<>();
            dim.getValue().forEach(values::add);
            facets.add(dim.getKey(), values);
        }
        rsp.add("facets", facets);
    }

    @Override
    public String getDescription() {
        return "Kliping search: the desktop's query language and ranking";
    }

    @Override
    public PermissionNameProvider.Name getPermissionName(AuthorizationContext request) {
        return PermissionNameProvider.Name.READ_PERM;
    }
}
