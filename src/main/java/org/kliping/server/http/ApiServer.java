package org.kliping.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.kliping.domain.InvalidInputException;
import org.kliping.domain.NotFoundException;
import org.kliping.domain.SearchRequest;
import org.kliping.domain.SortOrder;
import org.kliping.server.TeamArchive;
import org.kliping.server.db.ConflictException;
import org.kliping.server.db.DatabaseUnavailableException;
import org.kliping.server.db.StaleVersionException;
import org.kliping.server.db.TeamStore;
import org.kliping.server.db.TeamUser;
import org.kliping.server.index.IndexUnavailableException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The HTTP JSON API of the team archive ({@code /api/...}, README "Team archive"). Every request carries
 * {@code Authorization: Bearer TOKEN}: none or an unknown one is 401; a reader's write is 403. Errors are
 * {@code {"error": "..."}} with 400 (bad input), 404, 409 (stale version, with {@code current}), 503 (PostgreSQL or
 * the search cluster unavailable: try again).
 */
public final class ApiServer implements AutoCloseable {
    /** Largest request body: an import batch (the client sends files in batches below this). */
    static final int MAX_BODY = 64 * 1024 * 1024;

    private final TeamArchive archive;
    private final HttpServer http;
    private final ExecutorService pool;

    public ApiServer(TeamArchive archive, String host, int port, int threads) throws IOException {
        this.archive = archive;
        this.http = HttpServer.create(new InetSocketAddress(host, port), 64);
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "kliping-api");
            t.setDaemon(true);
            return t;
        });
        http.setExecutor(pool);
        http.createContext("/api/", this::handle);
    }

    public void start() {
        http.start();
    }

    public int port() {
        return http.getAddress().getPort();
    }

    public String url() {
        return "http://" + http.getAddress().getHostString() + ":" + port();
    }

    private record Reply(int status, Object body) {
    }

    private static final class HttpError extends RuntimeException {
        final int status;

        HttpError(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        Reply reply;
        try {
            TeamUser user = authenticate(ex);
            reply = route(ex, user);
        } catch (HttpError e) {
            reply = error(e.status, e.getMessage());
        } catch (StaleVersionException e) {
            ObjectNode o = ApiJson.MAPPER.createObjectNode().put("error", e.getMessage()).put("current", e.current());
            reply = new Reply(409, o);
        } catch (ConflictException e) {
            reply = error(409, e.getMessage());
        } catch (InvalidInputException | IllegalArgumentException e) {
            reply = error(400, e.getMessage());
        } catch (NotFoundException e) {
            reply = error(404, e.getMessage());
        } catch (DatabaseUnavailableException e) {
            reply = error(503, "the archive's database is unavailable; try again shortly (" + e.getMessage() + ")");
        } catch (IndexUnavailableException e) {
            reply = error(503, "the search cluster is unavailable; try again shortly (" + e.getMessage() + ")");
        } catch (RuntimeException e) {
            reply = error(500, "server error: " + e);
        }
        byte[] bytes = ApiJson.MAPPER.writeValueAsBytes(reply.body());
        ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        if (reply.status() == 401) ex.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"kliping\"");
        ex.sendResponseHeaders(reply.status(), bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Reply error(int status, String message) {
        return new Reply(status, ApiJson.MAPPER.createObjectNode().put("error", message));
    }

    private TeamUser authenticate(HttpExchange ex) {
        String header = ex.getRequestHeaders().getFirst("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new HttpError(401, "no token: send Authorization: Bearer TOKEN (kliping login URL, or KLIPING_TOKEN)");
        }
        Optional<TeamUser> user = archive.store().userByToken(header.substring(7).strip());
        return user.orElseThrow(() -> new HttpError(401, "the token is not valid on this server"));
    }

    private static void requireWriter(TeamUser user) {
        if (!user.canWrite()) throw new HttpError(403, "user '" + user.name() + "' is a reader and cannot change the archive");
    }

    private static void requireAdmin(TeamUser user) {
        if (!user.isAdmin()) throw new HttpError(403, "only an admin can do this; '" + user.name() + "' is " + user.role());
    }

    private Reply route(HttpExchange ex, TeamUser user) throws IOException {
        String method = ex.getRequestMethod();
        String[] path = ex.getRequestURI().getPath().substring("/api/".length()).split("/");
        Map<String, String> q = query(ex.getRequestURI().getRawQuery());
        String first = path[0];
        boolean get = method.equals("GET");
        switch (first) {
            case "whoami":
                return ok(ApiJson.MAPPER.createObjectNode().put("name", user.name()).put("role", user.role()));
            case "status": {
                ObjectNode o = ApiJson.MAPPER.createObjectNode();
                o.put("articles", archive.store().count());
                o.put("lastChange", archive.store().lastChange());
                o.put("indexApplied", archive.store().applied("solr:" + archive.index().collection()));
                o.put("indexError", archive.follower().lastError());
                return ok(o);
            }
            case "search": {
                SortOrder sort = switch (q.getOrDefault("sort", "relevance")) {
                    case "date" -> SortOrder.DATE;
                    case "oldest" -> SortOrder.OLDEST_FIRST;
                    case "relevance" -> SortOrder.RELEVANCE;
                    default -> throw new InvalidInputException("unknown sort '" + q.get("sort") + "': relevance, date or oldest");
                };
                int limit = intParam(q, "limit", 20);
                int offset = intParam(q, "offset", 0);
                if (offset + limit > 10_000) throw new InvalidInputException("offset + limit above 10000");
                return ok(ApiJson.search(archive.search(new SearchRequest(q.getOrDefault("q", ""), limit, offset, sort))));
            }
            case "articles": {
                if (path.length == 1 && get) {
                    ArrayNode arr = ApiJson.MAPPER.createArrayNode();
                    archive.list(intParam(q, "limit", 1000), intParam(q, "offset", 0))
                            .forEach(l -> arr.add(ApiJson.listItem(l.article(), l.tags())));
                    return ok(arr);
                }
                long id = idOf(path[1]);
                if (path.length == 2 && get) return ok(ApiJson.details(archive.show(id)));
                requireWriter(user);
                JsonNode body = body(ex);
                if (path.length == 2 && (method.equals("PATCH") || method.equals("PUT"))) {
                    if (!body.hasNonNull("version")) throw new InvalidInputException("an edit needs the version it was made on");
                    int v = archive.edit(id, body.get("version").asInt(), text(body, "title"), text(body, "body"), user);
                    return ok(ApiJson.MAPPER.createObjectNode().put("id", id).put("version", v));
                }
                if (path.length == 3 && path[2].equals("annotations") && method.equals("POST")) {
                    return ok(ApiJson.annotation(archive.annotate(id, text(body, "quote"), text(body, "note"),
                            text(body, "color"), user), user.name()));
                }
                if (path.length == 3 && path[2].equals("notes") && method.equals("POST")) {
                    return ok(ApiJson.note(archive.note(id, text(body, "text"), user), id));
                }
                throw new HttpError(404, "no such endpoint: " + method + " " + ex.getRequestURI().getPath());
            }
            case "annotations": {
                ArrayNode arr = ApiJson.MAPPER.createArrayNode();
                Long article = q.containsKey("article") ? idOf(q.get("article")) : null;
                archive.store().annotations(article).forEach(a -> arr.add(ApiJson.annotation(a.annotation(), a.user())));
                return ok(arr);
            }
            case "tags": {
                ArrayNode arr = ApiJson.MAPPER.createArrayNode();
                for (TeamStore.TagCount t : archive.store().tags()) {
                    arr.addObject().put("name", t.name()).put("count", t.count()).putNull("color");
                }
                return ok(arr);
            }
            case "trash": {
                ArrayNode arr = ApiJson.MAPPER.createArrayNode();
                for (TeamStore.Trashed t : archive.store().trashed()) {
                    arr.addObject().put("id", t.id()).put("title", t.title()).put("deleted", t.deletedAt().toString())
                            .put("deletedBy", t.deletedBy());
                }
                return ok(arr);
            }
            case "export": {
                ArrayNode arr = ApiJson.MAPPER.createArrayNode();
                int offset = 0;
                while (true) {
                    List<TeamStore.Listed> page = archive.list(500, offset);
                    for (TeamStore.Listed l : page) arr.add(ApiJson.details(archive.show(l.article().id())));
                    if (page.size() < 500) break;
                    offset += 500;
                }
                return ok(arr);
            }
            case "audit": {
                requireAdmin(user);
                ArrayNode arr = ApiJson.MAPPER.createArrayNode();
                for (TeamStore.AuditRow r : archive.store().audit(intParam(q, "limit", 100))) {
                    arr.addObject().put("id", r.id()).put("at", r.at().toString()).put("user", r.user())
                            .put("action", r.action()).put("target", r.target()).put("detail", r.detail());
                }
                return ok(arr);
            }
            default:
                break;
        }
        if (get) throw new HttpError(404, "no such endpoint: GET " + ex.getRequestURI().getPath());
        JsonNode body = body(ex);
        switch (first) {
            case "users": {
                requireAdmin(user);
                String name = text(body, "name");
                String role = text(body, "role");
                String token = archive.store().addUser(name, role, user);
                return ok(ApiJson.MAPPER.createObjectNode().put("name", name).put("role", role).put("token", token));
            }
            case "import": {
                requireWriter(user);
                List<TeamArchive.Upload> files = new ArrayList<>();
                for (JsonNode f : body.path("files")) {
                    files.add(new TeamArchive.Upload(f.path("name").asText("upload"),
                            Base64.getDecoder().decode(f.path("data").asText(""))));
                }
                return ok(ApiJson.importResult(archive.importFiles(files, strings(body.path("tags")), user)));
            }
            case "tag": {
                requireWriter(user);
                List<Long> ids = ids(body.path("ids"));
                archive.tag(ids, strings(body.path("add")), strings(body.path("remove")), user);
                ArrayNode arr = ApiJson.MAPPER.createArrayNode();
                for (long id : ids) {
                    ArrayNode t = arr.addObject().put("id", id).putArray("tags");
                    archive.show(id).tags().forEach(x -> t.add(x.name()));
                }
                return ok(arr);
            }
            case "delete":
            case "undelete": {
                requireWriter(user);
                List<Long> ids = ids(body.path("ids"));
                int n = archive.trash(ids, first.equals("delete"), user);
                return ok(ApiJson.MAPPER.createObjectNode().put("changed", n));
            }
            case "reindex": {
                requireAdmin(user);
                return ok(ApiJson.MAPPER.createObjectNode().put("indexed", archive.reindex()));
            }
            default:
                throw new HttpError(404, "no such endpoint: " + method + " " + ex.getRequestURI().getPath());
        }
    }

    private static Reply ok(Object body) {
        return new Reply(200, body);
    }

    private static long idOf(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("'" + s + "' is not an article id");
        }
    }

    private static List<Long> ids(JsonNode node) {
        List<Long> out = new ArrayList<>();
        for (JsonNode n : node) out.add(n.asLong());
        if (out.isEmpty()) throw new InvalidInputException("no article ids given");
        return out;
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : node) if (!n.asText().isBlank()) out.add(n.asText());
        return out;
    }

    private static String text(JsonNode body, String field) {
        JsonNode n = body.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    private static int intParam(Map<String, String> q, String name, int fallback) {
        String v = q.get(name);
        if (v == null) return fallback;
        try {
            int n = Integer.parseInt(v);
            if (n < 0) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name + " must be a whole number of 0 or more, not '" + v + "'");
        }
    }

    private static JsonNode body(HttpExchange ex) throws IOException {
        try (InputStream in = ex.getRequestBody()) {
            byte[] bytes = in.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) throw new HttpError(413, "the request is larger than " + MAX_BODY + " bytes");
            if (bytes.length == 0) return ApiJson.MAPPER.createObjectNode();
            try {
                return ApiJson.MAPPER.readTree(bytes);
            } catch (IOException e) {
                throw new InvalidInputException("the request body is not JSON: " + e.getMessage());
            }
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new HashMap<>();
        if (raw == null) return out;
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.put(k, v);
        }
        return out;
    }

    @Override
    public void close() {
        http.stop(1);
        pool.shutdownNow();
    }
}
