package org.sourcebook.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.sourcebook.build.LiveSite;
import org.sourcebook.check.ContentException;
import org.sourcebook.render.TemplateRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", description = "Builds the site, serves it on 127.0.0.1 and rebuilds when content or templates change.")
final class ServeCommand implements Callable<Integer> {
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "json", "application/json", "csv", "text/csv; charset=utf-8",
            "txt", "text/plain; charset=utf-8", "xml", "application/xml", "svg", "image/svg+xml", "png", "image/png");

    /** Editors save a file in a few writes; wait this long for the rest before rebuilding. */
    private static final long DEBOUNCE_MS = 15;

    @Mixin
    SiteOptions options;

    @Option(names = "--port", description = "port on 127.0.0.1 (0 picks a free one); default: ${DEFAULT-VALUE}", defaultValue = "8080")
    int port;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LiveSite site = new LiveSite(options.content, options.templates, options.out);
        int first = update(site, null, out, err);
        if (first == ExitCode.IO_ERROR) {
            return first;
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        Path root = options.out.toAbsolutePath().normalize();
        server.createContext("/", ex -> serve(ex, root));
        server.start();
        out.printf("Serving %s at http://127.0.0.1:%d/ (Ctrl-C stops)%n", root, server.getAddress().getPort());
        out.flush();
        watch(site, out, err);
        return ExitCode.OK;
    }

    /** A full build when {@code changed} is null, else an incremental one; reports and returns the exit code. */
    private static int update(LiveSite site, Set<Path> changed, PrintWriter out, PrintWriter err) {
        try {
            LiveSite.Update u = changed == null ? site.rebuild() : site.changed(changed);
            u.diagnostics().forEach(err::println);
            out.printf("Rebuilt (%s): %d files rendered, %d rewritten; pages in %d ms, all in %d ms%n", u.kind(), u.rendered(),
                    u.rewritten(), u.pagesMillis(), u.totalMillis());
            return ExitCode.OK;
        } catch (ContentException e) {
            Reports.contentErrors(e.diagnostics(), err);
            return ExitCode.CONTENT_ERROR;
        } catch (TemplateRenderer.TemplateFailure e) {
            err.println(e.getMessage());
            err.println("The previous site is kept.");
            return ExitCode.TEMPLATE_ERROR;
        } catch (IOException | RuntimeException e) {
            err.println("sourcebook: cannot update the site: " + e);
            return ExitCode.IO_ERROR;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private void watch(LiveSite site, PrintWriter out, PrintWriter err) throws IOException, InterruptedException {
        try (WatchService ws = FileSystems.getDefault().newWatchService()) {
            Map<WatchKey, Path> dirs = new HashMap<>();
            for (Path dir : new Path[] {options.content, options.templates}) {
                if (!Files.isDirectory(dir)) {
                    continue;
                }
                try (Stream<Path> all = Files.walk(dir)) {
                    for (Path d : all.filter(Files::isDirectory).toList()) {
                        dirs.put(d.register(ws, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                                StandardWatchEventKinds.ENTRY_DELETE), d);
                    }
                }
            }
            boolean failed = false;
            while (true) {
                Set<Path> changed = new TreeSet<>();
                boolean full = collect(ws.take(), dirs, changed);
                Thread.sleep(DEBOUNCE_MS);
                for (WatchKey more = ws.poll(); more != null; more = ws.poll()) {
                    full |= collect(more, dirs, changed);
                }
                changed.removeIf(p -> p.getFileName().toString().startsWith("."));
                if (changed.isEmpty() && !full) {
                    continue;
                }
                // after a failed update the kept archive may lag the files: rebuild everything
                int rc = update(site, full || failed ? null : changed, out, err);
                failed = rc != ExitCode.OK;
            }
        } catch (ClosedWatchServiceException e) {
            // stopped
        }
    }

    /** Adds the files of {@code key}'s events to {@code changed}; true when events were lost. */
    private static boolean collect(WatchKey key, Map<WatchKey, Path> dirs, Set<Path> changed) {
        boolean overflow = false;
        Path dir = dirs.get(key);
        for (WatchEvent<?> ev : key.pollEvents()) {
            if (ev.kind() == StandardWatchEventKinds.OVERFLOW || dir == null) {
                overflow = true;
            } else {
                changed.add(dir.resolve((Path) ev.context()));
            }
        }
        key.reset();
        return overflow;
    }

    static void serve(HttpExchange ex, Path root) throws IOException {
        try (ex) {
            String raw = ex.getRequestURI().getPath();
            Path p = root.resolve(raw.replaceFirst("^/+", "")).normalize();
            if (!p.startsWith(root)) {
                ex.sendResponseHeaders(403, -1);
                return;
            }
            if (Files.isDirectory(p)) {
                p = p.resolve("index.html");
            }
            if (!Files.isRegularFile(p)) {
                Path notFound = root.resolve("404.html");
                byte[] body = Files.isRegularFile(notFound) ? Files.readAllBytes(notFound) : "Not found".getBytes();
                ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                ex.sendResponseHeaders(404, body.length);
                ex.getResponseBody().write(body);
                return;
            }
            String name = p.getFileName().toString();
            String ext = name.substring(name.lastIndexOf('.') + 1);
            byte[] body = Files.readAllBytes(p);
            ex.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
            ex.getResponseHeaders().set("Cache-Control", "no-cache");
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream os = ex.getResponseBody()) {
                os.write(body);
            }
        }
    }
}
