package org.sourcebook.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.sourcebook.content.SourceLoader;

/**
 * Writes a synthetic archive of {@code n} statements in the style of the real one: front matter
 * of every kind (dates of all precisions, inferred and unknown fields, furniture marks), prose
 * with figures in every number form and qualifier, attributions, furniture, and passages shared
 * between sources. Deterministic: the same seed and size give the same bytes; source {@code i}
 * depends only on the seed and {@code i}, so one source can be regenerated alone (see
 * {@link #sourceText(int, int)} with a variant, used to time a one-file change).
 */
public final class CorpusGenerator {
    /** Shared passages: the same paragraph quoted by many sources. */
    private static final int SHARED_PASSAGES = 240;

    private final long seed;
    private final List<String> shared;

    public CorpusGenerator(long seed) {
        this.seed = seed;
        SplittableRandom r = new SplittableRandom(seed ^ 0x5DEECE66DL);
        List<String> pool = new ArrayList<>();
        for (int i = 0; i < SHARED_PASSAGES; i++) {
            pool.add(Prose.sharedPassage(r));
        }
        this.shared = List.copyOf(pool);
    }

    /**
     * Writes {@code n} sources into {@code out/sources/} and copies every {@code *.yaml} of
     * {@code template} (facts.yaml, archive.yaml and any cue files) into {@code out/}.
     */
    public void write(Path template, Path out, int n) throws IOException {
        if (n < 1) {
            throw new IllegalArgumentException("a corpus needs at least one source, got " + n);
        }
        Path sources = out.resolve("sources");
        Files.createDirectories(sources);
        try (DirectoryStream<Path> yamls = Files.newDirectoryStream(template, "*.yaml")) {
            for (Path y : yamls) {
                Files.copy(y, out.resolve(y.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        IntStream.range(0, n).parallel().forEach(i -> {
            try {
                Files.writeString(sources.resolve(slug(i) + ".md"), sourceText(i, 0), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public static String slug(int i) {
        return String.format(java.util.Locale.ROOT, "s%06d", i);
    }

    /** The whole file of source {@code i}; {@code variant} > 0 gives an edited version of it. */
    public String sourceText(int i, int variant) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i);
        SourceDraft d = SourceDraft.draft(r, i, shared);
        String body = variant == 0 ? d.body() : d.body() + "\n\nCorrection (" + variant + "): an earlier version of this text gave "
                + Numbers.digits(100 + variant * 7) + " instead of the figure above.\n";
        return d.frontMatter(SourceLoader.sha256(body)) + body;
    }

    /** {@code java -cp sourcebook.jar org.sourcebook.bench.CorpusGenerator <template content> <out> <n> [seed]} */
    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: CorpusGenerator <template content dir> <out dir> <sources> [seed]");
            System.exit(2);
        }
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 1992L;
        int n = Integer.parseInt(args[2]);
        new CorpusGenerator(seed).write(Path.of(args[0]), Path.of(args[1]), n);
        System.out.println("wrote " + n + " sources into " + args[1]);
    }
}
