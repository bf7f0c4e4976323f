package org.kliping.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The commands on a team archive: {@code --server URL} (or {@code KLIPING_SERVER}) with the token in
 * {@code KLIPING_TOKEN} or saved by {@code kliping login URL}. The same command names, options and {@code --json}
 * field names as on a local archive; the server adds {@code version} and who wrote each tag, highlight and note.
 * Exit codes: 0 done, 1 refused or not found (403, 404, 409) or some files rejected, 2 bad input, 3 no server, no
 * valid token, or the server's database or cluster unavailable.
 */
final class RemoteCli {
    static final List<String> COMMANDS = List.of("import", "list", "show", "search", "tag", "tags", "annotate", "annotations",
            "note", "edit", "delete", "undelete", "trash", "export", "whoami", "audit", "user", "status", "login");
    /** Files are sent in batches of about this many bytes. */
    static final long BATCH_BYTES = 16L * 1024 * 1024;

    private final String url;
    private final String token;
    private final PrintWriter out;
    private final PrintWriter err;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private RemoteCli(String url, String token, PrintWriter out, PrintWriter err) {
        this.url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.token = token;
        this.out = out;
        this.err = err;
    }

    /** True when these arguments are for a server: {@code --server}, {@code KLIPING_SERVER}, or {@code login}. */
    static boolean wanted(String[] args, Map<String, String> env) {
        if (args.length == 0) return false;
        if (args[0].equals("login")) return true;
        for (String a : args) if (a.equals("--server") || a.startsWith("--server=")) return true;
        String server = env.get("KLIPING_SERVER");
        return server != null && !server.isBlank() && COMMANDS.contains(args[0]);
    }

    static int run(String[] args, Map<String, String> env, PrintWriter out, PrintWriter err) {
        List<String> rest = new ArrayList<>();
        String server = env.get("KLIPING_SERVER");
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--server") && i + 1 < args.length) server = args[++i];
            else if (args[i].startsWith("--server=")) server = args[i].substring("--server=".length());
            else rest.add(args[i]);
        }
        try {
            if (rest.get(0).equals("login")) return login(rest, env, out, err);
            if (server == null || server.isBlank()) throw new Usage("give --server URL or set KLIPING_SERVER");
            String token = env.get("KLIPING_TOKEN");
            if (token == null || token.isBlank()) token = savedTokens(env).getProperty(normal(server));
            if (token == null || token.isBlank()) {
                err.println("kliping: no token for " + server + ": set KLIPING_TOKEN or run kliping login " + server);
                return Cli.ARCHIVE_UNAVAILABLE;
            }
            return new RemoteCli(server, token, out, err).command(new Args(rest));
        } catch (Usage e) {
            err.println("kliping: " + e.getMessage());
            return Cli.USAGE;
        } catch (Failed e) {
            err.println("kliping: " + e.getMessage());
            return e.code;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static String normal(String server) {
        return server.endsWith("/") ? server.substring(0, server.length() - 1) : server;
    }

    // ---- the saved tokens (kliping login)

    static Path tokensFile(Map<String, String> env) {
        String xdg = env.get("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : env.get("APPDATA") != null ? Path.of(env.get("APPDATA")) : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("kliping").resolve("servers.properties");
    }

    private static Properties savedTokens(Map<String, String> env) {
        Properties p = new Properties();
        Path f = tokensFile(env);
        if (Files.isRegularFile(f)) {
            try (var r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new Failed(Cli.ARCHIVE_UNAVAILABLE, "cannot read the saved tokens " + f + ": " + e.getMessage());
            }
        }
        return p;
    }

    /** {@code login URL [--token T]}: checks the token (read from stdin without --token) and saves it for URL. */
    private static int login(List<String> args, Map<String, String> env, PrintWriter out, PrintWriter err) {
        Args a = new Args(args);
        String server = a.positional(0, "login needs the server's URL: kliping login URL");
        String token = a.option("token");
        if (token == null) token = env.get("KLIPING_TOKEN");
        if (token == null) {
            try {
                var console = System.console();
                token = console != null ? new String(console.readPassword("token for %s: ", server))
                        : new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new Failed(Cli.USAGE, "cannot read the token: " + e.getMessage());
            }
        }
        token = token.strip();
        RemoteCli c = new RemoteCli(server, token, out, err);
        JsonNode me = c.call("GET", "/api/whoami", null);
        Properties p = savedTokens(env);
        p.setProperty(normal(server), token);
        Path f = tokensFile(env);
        try {
            Files.createDirectories(f.getParent());
            try (var w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
                p.store(w, "kliping login: tokens by server (keep this file private)");
            }
            try {
                Files.setPosixFilePermissions(f, EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system (Windows): the file is in the user's own folder
            }
        } catch (IOException e) {
            throw new Failed(Cli.ARCHIVE_UNAVAILABLE, "cannot save the token in " + f + ": " + e.getMessage());
        }
        out.printf("logged in to %s as %s (%s)%n", server, me.path("name").asText(), me.path("role").asText());
        return Cli.OK;
    }

    // ---- commands

    private int command(Args a) {
        boolean json = a.flag("json");
        switch (a.name()) {
            case "import":
                return importFiles(a, json);
            case "list": {
                JsonNode r = call("GET", "/api/articles?limit=" + a.intOption("limit", 1000) + "&offset=" + a.intOption("offset", 0), null);
                if (json) return print(r);
                for (JsonNode x : r) {
                    out.printf("%5d  %-60s  %s  %s%n", x.get("id").asLong(), Terminal.line(x.path("title").asText()),
                            Terminal.line(x.path("source").asText("")), x.path("published").asText(""));
                }
                return Cli.OK;
            }
            case "show": {
                JsonNode r = call("GET", "/api/articles/" + a.id(0), null);
                if (json) return print(r);
                out.println(Terminal.line(r.path("title").asText()));
                out.printf("%s  %s  version %d, imported by %s%n", Terminal.line(r.path("source").asText("")),
                        r.path("published").asText(""), r.path("version").asInt(), r.path("importedBy").asText("?"));
                for (JsonNode t : r.path("tagsBy")) out.printf("tag %s (%s)%n", Terminal.line(t.path("name").asText()), t.path("user").asText());
                out.println();
                out.println(Terminal.text(r.path("body").asText()));
                for (JsonNode h : r.path("annotations")) {
                    out.printf("highlight #%d by %s: \"%s\"%s%n", h.get("id").asLong(), h.path("user").asText(),
                            Terminal.line(h.path("quote").asText()), h.hasNonNull("note") ? " - " + Terminal.line(h.get("note").asText()) : "");
                }
                for (JsonNode n : r.path("notes")) {
                    out.printf("note #%d by %s: %s%n", n.get("id").asLong(), n.path("user").asText(), Terminal.line(n.path("text").asText()));
                }
                return Cli.OK;
            }
            case "search": {
                String q = String.join(" ", a.positionals());
                if (q.isBlank()) throw new Usage("search needs a query");
                JsonNode r = call("GET", "/api/search?q=" + enc(q) + "&limit=" + a.intOption("limit", 20) + "&offset="
                        + a.intOption("offset", 0) + "&sort=" + enc(a.optionOr("sort", "relevance")), null);
                if (json) return print(r);
                for (JsonNode h : r.path("hits")) {
                    out.printf("%5d  %6.2f  %s  (%s)%n        %s%n", h.get("id").asLong(), h.path("score").asDouble(),
                            Terminal.line(h.path("title").asText()), Terminal.line(h.path("source").asText("")),
                            Terminal.line(h.path("snippet").asText()));
                }
                out.printf("%d results%n", r.path("total").asLong());
                return Cli.OK;
            }
            case "tag": {
                ObjectNode body = Json.object();
                ArrayNode ids = body.putArray("ids");
                a.positionals().forEach(x -> ids.add(Args.id(x)));
                ArrayNode add = body.putArray("add");
                a.values("add").forEach(add::add);
                ArrayNode remove = body.putArray("remove");
                a.values("remove").forEach(remove::add);
                JsonNode r = call("POST", "/api/tag", body);
                if (json) return print(r);
                for (JsonNode x : r) {
                    List<String> tags = new ArrayList<>();
                    x.path("tags").forEach(t -> tags.add(t.asText()));
                    out.printf("#%d: %s%n", x.get("id").asLong(), Terminal.line(String.join(", ", tags)));
                }
                return Cli.OK;
            }
            case "tags": {
                JsonNode r = call("GET", "/api/tags", null);
                if (json) return print(r);
                for (JsonNode t : r) out.printf("%5d  %s%n", t.path("count").asLong(), Terminal.line(t.path("name").asText()));
                return Cli.OK;
            }
            case "annotate": {
                ObjectNode body = Json.object();
                body.put("quote", a.option("quote"));
                body.put("note", a.option("note"));
                body.put("color", a.option("color"));
                JsonNode h = call("POST", "/api/articles/" + a.id(0) + "/annotations", body);
                if (json) return print(h);
                out.printf("highlight #%d on article #%d [%d..%d] \"%s\"%n", h.get("id").asLong(), h.get("articleId").asLong(),
                        h.get("start").asInt(), h.get("end").asInt(), Terminal.line(h.path("quote").asText()));
                return Cli.OK;
            }
            case "annotations": {
                String path = a.positionals().isEmpty() ? "/api/annotations" : "/api/annotations?article=" + a.id(0);
                JsonNode r = call("GET", path, null);
                if (json) return print(r);
                for (JsonNode h : r) {
                    out.printf("#%d  article %d  %s  by %s: \"%s\"%s%n", h.get("id").asLong(), h.get("articleId").asLong(),
                            h.path("state").asText(), h.path("user").asText(), Terminal.line(h.path("quote").asText()),
                            h.hasNonNull("note") ? " - " + Terminal.line(h.get("note").asText()) : "");
                }
                return Cli.OK;
            }
            case "note": {
                long id = a.id(0);
                List<String> words = a.positionals().subList(1, a.positionals().size());
                if (words.isEmpty()) throw new Usage("note needs an article id and the note's text");
                ObjectNode body = Json.object().put("text", String.join(" ", words));
                JsonNode n = call("POST", "/api/articles/" + id + "/notes", body);
                if (json) return print(n);
                out.printf("note #%d on article #%d%n", n.get("id").asLong(), id);
                return Cli.OK;
            }
            case "edit": {
                long id = a.id(0);
                ObjectNode body = Json.object();
                String version = a.option("version");
                body.put("version", version != null ? Integer.parseInt(version)
                        : call("GET", "/api/articles/" + id, null).path("version").asInt());
                if (a.option("title") != null) body.put("title", a.option("title"));
                if (a.option("body-file") != null) {
                    try {
                        body.put("body", Files.readString(Path.of(a.option("body-file")), StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        throw new Failed(Cli.USAGE, "cannot read " + a.option("body-file") + ": " + e.getMessage());
                    }
                }
                JsonNode r = call("PATCH", "/api/articles/" + id, body);
                if (json) return print(r);
                out.printf("article #%d is now at version %d%n", id, r.get("version").asInt());
                return Cli.OK;
            }
            case "delete":
            case "undelete": {
                ObjectNode body = Json.object();
                ArrayNode ids = body.putArray("ids");
                a.positionals().forEach(x -> ids.add(Args.id(x)));
                JsonNode r = call("POST", "/api/" + a.name(), body);
                if (json) return print(r);
                out.printf("%s %d article(s)%n", a.name().equals("delete") ? "moved to the Trash:" : "restored", r.path("changed").asInt());
                return Cli.OK;
            }
            case "trash": {
                JsonNode r = call("GET", "/api/trash", null);
                if (json) return print(r);
                if (r.isEmpty()) out.println("the Trash is empty");
                for (JsonNode t : r) {
                    out.printf("%5d  %-60s  deleted %s by %s%n", t.get("id").asLong(), Terminal.line(t.path("title").asText()),
                            t.path("deleted").asText(), t.path("deletedBy").asText());
                }
                return Cli.OK;
            }
            case "export": {
                String format = a.optionOr("format", "json");
                if (!format.equals("json")) throw new Usage("on a server, export writes --format json only (for now)");
                Path target = Path.of(a.positional(0, "export needs a file to write"));
                JsonNode r = call("GET", "/api/export", null);
                try {
                    Files.writeString(target, Json.write(r), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new Failed(Cli.SOME_REJECTED, "cannot write " + target + ": " + e.getMessage());
                }
                out.printf("exported %d articles to %s%n", r.size(), target);
                return Cli.OK;
            }
            case "whoami":
                return printOr(call("GET", "/api/whoami", null), json, r -> r.path("name").asText() + " (" + r.path("role").asText() + ")");
            case "status":
                return printOr(call("GET", "/api/status", null), json, r -> r.path("articles").asLong() + " articles; index at change "
                        + r.path("indexApplied").asLong() + " of " + r.path("lastChange").asLong());
            case "audit": {
                JsonNode r = call("GET", "/api/audit?limit=" + a.intOption("limit", 100), null);
                if (json) return print(r);
                for (JsonNode x : r) {
                    out.printf("%s  %-10s %-10s %s %s%n", x.path("at").asText(), Terminal.line(x.path("user").asText()),
                            x.path("action").asText(), Terminal.line(x.path("target").asText("")), Terminal.line(x.path("detail").asText("")));
                }
                return Cli.OK;
            }
            case "user": {
                if (a.positionals().size() != 2 || !a.positionals().get(0).equals("add")) {
                    throw new Usage("user add NAME --role admin|editor|reader");
                }
                ObjectNode body = Json.object().put("name", a.positionals().get(1)).put("role", a.option("role"));
                return printOr(call("POST", "/api/users", body), json, r -> r.path("token").asText());
            }
            default:
                throw new Usage("'" + a.name() + "' does not work on a server yet; the commands there: " + COMMANDS);
        }
    }

    private int printOr(JsonNode r, boolean json, java.util.function.Function<JsonNode, String> human) {
        if (json) return print(r);
        out.println(Terminal.line(human.apply(r)));
        return Cli.OK;
    }

    private int print(JsonNode r) {
        out.println(Json.write(r));
        return Cli.OK;
    }

    private int importFiles(Args a, boolean json) {
        List<Path> files = new ArrayList<>();
        for (String p : a.positionals()) {
            Path path = Path.of(p);
            if (Files.isDirectory(path)) {
                try (Stream<Path> s = Files.walk(path)) {
                    s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new Failed(Cli.SOME_REJECTED, "cannot read the folder " + path + ": " + e.getMessage());
                }
            } else {
                files.add(path);
            }
        }
        if (files.isEmpty()) throw new Usage("import needs files or folders");
        int imported = 0;
        int duplicates = 0;
        ArrayNode rejected = Json.array();
        ArrayNode warnings = Json.array();
        ArrayNode ids = Json.array();
        List<Path> batch = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i <= files.size(); i++) {
            Path f = i < files.size() ? files.get(i) : null;
            long size = 0;
            if (f != null) {
                try {
                    size = Files.size(f);
                } catch (IOException e) {
                    rejected.addObject().put("path", f.toString()).put("error", "cannot read: " + e.getMessage());
                    continue;
                }
            }
            if (f == null || (!batch.isEmpty() && bytes + size > BATCH_BYTES)) {
                if (!batch.isEmpty()) {
                    ObjectNode body = Json.object();
                    ArrayNode list = body.putArray("files");
                    for (Path b : batch) {
                        try {
                            list.addObject().put("name", b.toString()).put("data", Base64.getEncoder().encodeToString(Files.readAllBytes(b)));
                        } catch (IOException e) {
                            rejected.addObject().put("path", b.toString()).put("error", "cannot read: " + e.getMessage());
                        }
                    }
                    ArrayNode tags = body.putArray("tags");
                    a.values("tag").forEach(tags::add);
                    JsonNode r = call("POST", "/api/import", body);
                    imported += r.path("imported").asInt();
                    duplicates += r.path("duplicates").asInt();
                    r.path("rejected").forEach(rejected::add);
                    r.path("warnings").forEach(warnings::add);
                    r.path("ids").forEach(ids::add);
                    if (!json) err.printf("sent %d files: %d imported so far%n", batch.size(), imported);
                }
                batch.clear();
                bytes = 0;
                if (f == null) break;
            }
            batch.add(f);
            bytes += size;
        }
        if (json) {
            ObjectNode o = Json.object();
            o.put("imported", imported);
            o.put("duplicates", duplicates);
            o.set("rejected", rejected);
            o.putArray("skipped");
            o.set("warnings", warnings);
            o.set("ids", ids);
            out.println(Json.write(o));
        } else {
            for (JsonNode r : rejected) out.printf("rejected   %s: %s%n", Terminal.line(r.path("path").asText()), Terminal.line(r.path("error").asText()));
            out.printf("%d imported, %d duplicates, %d rejected, %d warnings, 0 skipped%n", imported, duplicates, rejected.size(), warnings.size());
        }
        return rejected.isEmpty() ? Cli.OK : Cli.SOME_REJECTED;
    }

    // ---- HTTP

    private JsonNode call(String method, String path, JsonNode body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofMinutes(5))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
        if (body == null) b.method(method, HttpRequest.BodyPublishers.noBody());
        else b.method(method, HttpRequest.BodyPublishers.ofString(Json.write(body), StandardCharsets.UTF_8))
                .header("Content-Type", "application/json");
        HttpResponse<String> r;
        try {
            r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (ConnectException e) {
            throw new Failed(Cli.ARCHIVE_UNAVAILABLE, "no Kliping server answers at " + url);
        } catch (IOException e) {
            throw new Failed(Cli.ARCHIVE_UNAVAILABLE, "the server at " + url + " did not answer: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failed(Cli.ARCHIVE_UNAVAILABLE, "interrupted");
        } catch (IllegalArgumentException e) {
            throw new Failed(Cli.USAGE, "not a server URL: " + url + " (" + e.getMessage() + ")");
        }
        JsonNode json;
        try {
            json = Json.MAPPER.readTree(r.body());
        } catch (IOException e) {
            throw new Failed(Cli.ARCHIVE_UNAVAILABLE, url + " answered " + r.statusCode() + " without JSON: is it a Kliping server?");
        }
        if (r.statusCode() == 200) return json;
        String message = json.path("error").asText("HTTP " + r.statusCode());
        int code = switch (r.statusCode()) {
            case 400, 413 -> Cli.USAGE;
            case 401, 503 -> Cli.ARCHIVE_UNAVAILABLE;
            default -> Cli.SOME_REJECTED;
        };
        throw new Failed(code, message + " (HTTP " + r.statusCode() + ")");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static final class Usage extends RuntimeException {
        Usage(String message) {
            super(message);
        }
    }

    static final class Failed extends RuntimeException {
        final int code;

        Failed(int code, String message) {
            super(message);
            this.code = code;
        }
    }

    /** The command's words: positionals, {@code --name value} options (repeatable) and {@code --flag}s. */
    static final class Args {
        private static final List<String> FLAGS = List.of("json", "yes");
        private final String name;
        private final List<String> positionals = new ArrayList<>();
        private final Map<String, List<String>> options = new LinkedHashMap<>();
        private final List<String> flags = new ArrayList<>();

        Args(List<String> words) {
            this.name = words.get(0);
            String multi = null;
            for (int i = 1; i < words.size(); i++) {
                String w = words.get(i);
                if (w.startsWith("--")) {
                    String key = w.substring(2);
                    String value = null;
                    if (key.contains("=")) {
                        value = key.substring(key.indexOf('=') + 1);
                        key = key.substring(0, key.indexOf('='));
                    }
                    if (FLAGS.contains(key)) {
                        flags.add(key);
                        multi = null;
                        continue;
                    }
                    if (key.equals("add") || key.equals("remove")) {
                        multi = key;
                        options.computeIfAbsent(key, k -> new ArrayList<>());
                        if (value != null) options.get(key).add(value);
                        continue;
                    }
                    multi = null;
                    if (value == null) {
                        if (i + 1 >= words.size()) throw new Usage("--" + key + " needs a value");
                        value = words.get(++i);
                    }
                    options.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
                } else if (multi != null) {
                    options.get(multi).add(w);
                } else {
                    positionals.add(w);
                }
            }
        }

        String name() {
            return name;
        }

        List<String> positionals() {
            return positionals;
        }

        String positional(int i, String missing) {
            if (positionals.size() <= i) throw new Usage(missing);
            return positionals.get(i);
        }

        long id(int i) {
            return id(positional(i, name + " needs an article id"));
        }

        static long id(String s) {
            try {
                return Long.parseLong(s);
            } catch (NumberFormatException e) {
                throw new Usage("'" + s + "' is not an article id");
            }
        }

        boolean flag(String f) {
            return flags.contains(f);
        }

        String option(String key) {
            List<String> v = options.get(key);
            return v == null || v.isEmpty() ? null : v.get(v.size() - 1);
        }

        String optionOr(String key, String fallback) {
            String v = option(key);
            return v == null ? fallback : v;
        }

        List<String> values(String key) {
            return options.getOrDefault(key, List.of());
        }

        int intOption(String key, int fallback) {
            String v = option(key);
            if (v == null) return fallback;
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw new Usage("--" + key + " must be a number, not '" + v + "'");
            }
        }
    }
}
