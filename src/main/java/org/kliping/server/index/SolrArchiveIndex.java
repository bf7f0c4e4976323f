package org.kliping.server.index;

import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.request.GenericSolrRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;
import org.kliping.domain.IndexEntry;
import org.kliping.domain.InvalidInputException;
import org.kliping.domain.SearchHit;
import org.kliping.domain.SearchRequest;
import org.kliping.domain.SearchResult;
import org.kliping.domain.SortOrder;
import org.kliping.search.SearchEngineParts;
import org.kliping.search.SearchSettings;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The team archive's search index: one SolrCloud collection whose documents are the desktop's
 * ({@link SearchEngineParts#fields}), searched by the Kliping plugin ({@code /kliping}). One shard with a replica
 * on each node: every replica can answer alone, and SolrJ sends each request to a live one.
 */
public final class SolrArchiveIndex implements AutoCloseable {
    public static final String CONFIGSET = "kliping";
    static final String[] CONFIG_FILES = {"solrconfig.xml", "schema.xml"};

    private final CloudSolrClient client;
    private final String collection;
    private final SearchEngineParts parts = new SearchEngineParts(SearchSettings.defaults());

    public SolrArchiveIndex(CloudSolrClient client, String collection) {
        this.client = client;
        this.collection = collection;
    }

    /** A client of the cluster at these node URLs ({@code http://host:8983/solr}). */
    public static SolrArchiveIndex connect(List<String> solrUrls, String collection) {
        return new SolrArchiveIndex(new CloudSolrClient.Builder(solrUrls).build(), collection);
    }

    public String collection() {
        return collection;
    }

    /** Uploads the configset and creates the collection when the cluster has none of that name. */
    public void ensureCollection(int replicas) {
        try {
            List<String> existing = CollectionAdminRequest.listCollections(client);
            if (existing.contains(collection)) return;
            Path zip = Files.createTempFile("kliping-configset", ".zip");
            try {
                try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
                    for (String name : CONFIG_FILES) {
                        out.putNextEntry(new ZipEntry(name));
                        try (InputStream in = org.kliping.server.solr.KlipingSearchHandler.class
                                .getResourceAsStream("conf/" + name)) {
                            in.transferTo(out);
                        }
                        out.closeEntry();
                    }
                }
                ConfigSetAdminRequest.Upload upload = new ConfigSetAdminRequest.Upload();
                upload.setConfigSetName(CONFIGSET);
                upload.setUploadFile(zip.toFile(), "application/zip");
                upload.setOverwrite(true);
                upload.process(client);
            } finally {
                Files.deleteIfExists(zip);
            }
            CollectionAdminRequest.createCollection(collection, CONFIGSET, 1, replicas).process(client);
        } catch (IOException | SolrServerException | SolrException e) {
            throw new IndexUnavailableException("cannot create the collection '" + collection + "': " + e.getMessage()
                    + coreFailures(), e);
        }
    }

    /** Why cores failed to load on a node (Solr says it only in its log and in the cores' status). */
    private String coreFailures() {
        try {
            ModifiableSolrParams p = new ModifiableSolrParams();
            p.set("action", "STATUS");
            NamedList<Object> rsp = client.request(new GenericSolrRequest(SolrRequest.METHOD.GET, "/admin/cores", p));
            Object failures = rsp.get("initFailures");
            return failures == null ? "" : " (" + failures + ")";
        } catch (IOException | SolrServerException | SolrException e) {
            return "";
        }
    }

    /** The Solr document of an article: the desktop document's fields plus the body for snippets. */
    SolrInputDocument document(IndexEntry entry) {
        SolrInputDocument doc = new SolrInputDocument();
        for (Map.Entry<String, List<Object>> f : parts.fields(entry).entrySet()) {
            for (Object v : f.getValue()) doc.addField(f.getKey(), v);
        }
        doc.setField(SearchEngineParts.BODY_STORED, entry.article().body());
        return doc;
    }

    /** Adds or replaces these articles and removes those; visible to searches when this returns. */
    public void apply(Collection<IndexEntry> upserts, Collection<Long> deletes) {
        try {
            UpdateRequest u = new UpdateRequest();
            for (IndexEntry e : upserts) u.add(document(e));
            if (!deletes.isEmpty()) u.deleteById(deletes.stream().map(String::valueOf).toList());
            u.setAction(UpdateRequest.ACTION.COMMIT, true, true, true); // soft commit: searchable, in the update log
            u.process(client, collection);
        } catch (IOException | SolrServerException | SolrException e) {
            throw new IndexUnavailableException("the search cluster did not take " + upserts.size() + " changes: "
                    + e.getMessage(), e);
        }
    }

    public void deleteAll() {
        try {
            UpdateRequest u = new UpdateRequest();
            u.deleteByQuery("*:*");
            u.setAction(UpdateRequest.ACTION.COMMIT, true, true, true);
            u.process(client, collection);
        } catch (IOException | SolrServerException | SolrException e) {
            throw new IndexUnavailableException("cannot clear the index: " + e.getMessage(), e);
        }
    }

    public SearchResult search(SearchRequest request) {
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", request.query());
        p.set("limit", request.limit());
        p.set("offset", request.offset());
        p.set("sort", request.sort() == SortOrder.DATE ? "date" : request.sort() == SortOrder.OLDEST_FIRST ? "oldest" : "relevance");
        GenericSolrRequest r = new GenericSolrRequest(SolrRequest.METHOD.GET, "/kliping", p).setRequiresCollection(true);
        NamedList<Object> rsp;
        try {
            rsp = client.request(r, collection);
        } catch (SolrException e) {
            if (e.code() == 400) throw new InvalidInputException(e.getMessage());
            throw new IndexUnavailableException("search failed: " + e.getMessage(), e);
        } catch (IOException | SolrServerException e) {
            throw new IndexUnavailableException("the search cluster did not answer: " + e.getMessage(), e);
        }
        return result(rsp);
    }

    @SuppressWarnings("unchecked")
    private static SearchResult result(NamedList<Object> rsp) {
        List<SearchHit> hits = new ArrayList<>();
        for (Object o : (List<Object>) rsp.get("hits")) {
            NamedList<Object> h = (NamedList<Object>) o;
            String published = (String) h.get("published");
            hits.add(new SearchHit(((Number) h.get("id")).longValue(), (String) h.get("externalId"), (String) h.get("title"),
                    (String) h.get("source"), published == null ? null : LocalDate.parse(published),
                    ((Number) h.get("score")).floatValue(), (String) h.get("snippet")));
        }
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        NamedList<Object> f = (NamedList<Object>) rsp.get("facets");
        if (f != null) {
            for (Map.Entry<String, Object> dim : f) {
                Map<String, Long> values = new LinkedHashMap<>();
                for (Map.Entry<String, Object> v : (NamedList<Object>) dim.getValue()) {
                    values.put(v.getKey(), ((Number) v.getValue()).longValue());
                }
                facets.put(dim.getKey(), values);
            }
        }
        List<String> notices = new ArrayList<>();
        Object n = rsp.get("notices");
        if (n instanceof List<?> l) l.forEach(x -> notices.add(String.valueOf(x)));
        return new SearchResult(((Number) rsp.get("total")).longValue(), hits, facets, notices,
                ((Number) rsp.get("totalAllWords")).longValue());
    }

    /** Articles in the index (every replica holds all). */
    public long count() {
        try {
            ModifiableSolrParams p = new ModifiableSolrParams();
            p.set("q", "*:*");
            p.set("rows", 0);
            return client.query(collection, p).getResults().getNumFound();
        } catch (IOException | SolrServerException | SolrException e) {
            throw new IndexUnavailableException("the search cluster did not answer: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            client.close();
        } catch (IOException ignored) {
            // closing
        }
    }
}
