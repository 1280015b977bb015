package org.sourcebook.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.sourcebook.build.SiteBuilder;
import org.sourcebook.site.SiteWriter;
import org.sourcebook.testutil.Project;

/**
 * The real content/ built once per test run into a temporary folder, and served read-only on
 * 127.0.0.1 under a sub-path ({@link #PREFIX}), as a static host would.
 */
final class BuiltSite implements AutoCloseable {
    static final String PREFIX = "/archive/";
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "json", "application/json", "txt", "text/plain; charset=utf-8",
            "xml", "application/xml", "svg", "image/svg+xml", "csv", "text/csv; charset=utf-8");

    private static BuiltSite shared;

    final Path dir;
    private final HttpServer server;

    private BuiltSite(Path dir) throws IOException {
        this.dir = dir;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(PREFIX, this::serve);
        // The browser asks the host root for /favicon.ico by itself; a host's answer, not the site's.
        server.createContext("/favicon.ico", ex -> {
            try (ex) {
                ex.sendResponseHeaders(204, -1);
            }
        });
        server.start();
    }

    /** The real site, built on first use and kept for the rest of the run. */
    static synchronized BuiltSite real() {
        if (shared == null) {
            try {
                Path tmp = Files.createTempDirectory("sourcebook-browser-");
                Path site = tmp.resolve("site");
                SiteBuilder.build(Project.content(), Project.templates(), site);
                shared = new BuiltSite(site);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    shared.server.stop(0);
                    try {
                        SiteWriter.deleteTree(tmp);
                    } catch (IOException e) {
                        // a temp folder left behind
                    }
                }));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot build the real site for browser tests", e);
            }
        }
        return shared;
    }

    /** Serves an already written folder (fixture sites); close it when done. */
    static BuiltSite serve(Path dir) throws IOException {
        return new BuiltSite(dir);
    }

    /** http://127.0.0.1:port/archive/ + path. */
    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PREFIX + path;
    }

    /** file:///…/path, the site opened from disk. */
    String fileUrl(String path) {
        return dir.resolve(path).toUri().toString();
    }

    /** Every page of the site, relative paths, sorted. */
    List<String> pages() {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".html")).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One page of each kind: the home page, each section's index, and the first page inside each
     * section (a source, a fact, ...), so a check "on every page kind" stays quick.
     */
    List<String> pageKinds() {
        Map<String, String> first = new java.util.TreeMap<>();
        for (String p : pages()) {
            int slash = p.indexOf('/');
            String kind = slash < 0 ? p : p.substring(0, slash) + (p.endsWith("/index.html") ? "/index" : "/page");
            first.putIfAbsent(kind, p);
        }
        return List.copyOf(first.values());
    }

    private void serve(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath().substring(PREFIX.length());
            Path p = dir.resolve(path).normalize();
            if (!p.startsWith(dir)) {
                ex.sendResponseHeaders(403, -1);
                return;
            }
            if (Files.isDirectory(p)) {
                p = p.resolve("index.html");
            }
            if (!Files.isRegularFile(p)) {
                ex.sendResponseHeaders(404, -1);
                return;
            }
            String name = p.getFileName().toString();
            byte[] body = Files.readAllBytes(p);
            ex.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream"));
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
