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
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
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
        int first = BuildCommand.run(options, out, err);
        if (first == ExitCode.IO_ERROR) {
            return first;
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        Path root = options.out.toAbsolutePath().normalize();
        server.createContext("/", ex -> serve(ex, root));
        server.start();
        out.printf("Serving %s at http://127.0.0.1:%d/ (Ctrl-C stops)%n", root, server.getAddress().getPort());
        out.flush();
        watch(out, err);
        return ExitCode.OK;
    }

    private void watch(PrintWriter out, PrintWriter err) throws IOException, InterruptedException {
        try (WatchService ws = FileSystems.getDefault().newWatchService()) {
            for (Path dir : new Path[] {options.content, options.templates}) {
                if (!Files.isDirectory(dir)) {
                    continue;
                }
                try (Stream<Path> dirs = Files.walk(dir)) {
                    for (Path d : dirs.filter(Files::isDirectory).toList()) {
                        d.register(ws, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                                StandardWatchEventKinds.ENTRY_DELETE);
                    }
                }
            }
            while (true) {
                WatchKey key = ws.take();
                Thread.sleep(50);
                key.pollEvents();
                key.reset();
                long t0 = System.nanoTime();
                int rc = BuildCommand.run(options, out, err);
                out.printf("Rebuilt (%s) in %d ms%n", rc == ExitCode.OK ? "ok" : "failed, previous site kept",
                        (System.nanoTime() - t0) / 1_000_000);
                out.flush();
            }
        } catch (ClosedWatchServiceException e) {
            // stopped
        }
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
