package org.sourcebook.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcebook.bench.CorpusGenerator;
import org.sourcebook.build.ArchiveLoader;
import org.sourcebook.build.LoadedArchive;
import org.sourcebook.model.Archive;
import org.sourcebook.model.Claim;
import org.sourcebook.model.Qualifier;
import org.sourcebook.testutil.Project;

/** claims.json is written without a mapper; it must be what DataExport's Jackson writer gives. */
class DataExportWriteTest {
    private static String text(Random r) {
        StringBuilder sb = new StringBuilder();
        for (int i = r.nextInt(20); i > 0; i--) {
            int kind = r.nextInt(5);
            sb.append(kind == 0 ? (char) r.nextInt(0x20) : kind == 1 ? "\"\\<>&/',".charAt(r.nextInt(8))
                    : kind == 2 ? (char) r.nextInt(0x10000) : (char) ('a' + r.nextInt(26)));
        }
        return sb.toString();
    }

    @Test
    void claimsJsonIsWhatJacksonWrites() {
        Random r = new Random(9);
        List<ExportedClaim> claims = new ArrayList<>();
        assertArrayEquals(DataExport.json("data/claims.json", claims).bytes(), DataExport.claimsJson("data/claims.json", claims).bytes());
        Qualifier[] qs = Qualifier.values();
        for (int i = 0; i < 500; i++) {
            Qualifier q = qs[r.nextInt(qs.length)];
            BigDecimal v = r.nextBoolean() ? BigDecimal.valueOf(r.nextInt(100_000)) : new BigDecimal("1.2E+3").add(BigDecimal.valueOf(r.nextInt(9), 2));
            claims.add(new ExportedClaim(r.nextInt(10) == 0 ? null : "c-" + text(r), text(r), text(r), v, q,
                    q == Qualifier.RANGE ? v.add(BigDecimal.TEN) : null, text(r), r.nextInt(9999), r.nextInt(9999), r.nextInt(9999),
                    r.nextInt(9999), r.nextBoolean() ? null : text(r), r.nextBoolean() ? "extracted" : "override",
                    r.nextBoolean() ? null : text(r)));
        }
        assertArrayEquals(DataExport.json("data/claims.json", claims).bytes(), DataExport.claimsJson("data/claims.json", claims).bytes());
    }

    /**
     * serve's exports, made of each source's and fact's kept part ({@link DataExport.Exports#parts}),
     * are the bytes a build streams, also after sources changed (parts of unchanged sources and
     * facts kept from the exports before).
     */
    @Test
    void exportsMadeOfPartsAreWhatABuildWrites(@TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path content = dir.resolve("content");
        new CorpusGenerator(3).write(Project.content(), content, 40);
        LoadedArchive loaded = ArchiveLoader.load(content);
        Archive a = loaded.archive();
        DataExport.Exports served = new DataExport.Exports(a, null);
        assertSameExports(a, served, "as loaded");
        // source 5 without every other claim, then with none; then source 0 with none (the first records of the files)
        String five = CorpusGenerator.slug(5);
        List<Claim> mine = a.claimsOf(five);
        List<Claim> others = java.util.stream.IntStream.range(0, mine.size()).filter(i -> i % 2 == 1).mapToObj(mine::get).toList();
        org.junit.jupiter.api.Assertions.assertTrue(mine.size() > 1, "source 5 states a few facts");
        for (List<Claim> claims : List.of(others, List.<Claim>of())) {
            Archive next = a.withSource(a.expectSource(five), claims, a.decisionsOf(five));
            served = new DataExport.Exports(next, served);
            assertSameExports(next, served, "source 5 with " + claims.size() + " claims");
            a = next;
        }
        String zero = CorpusGenerator.slug(0);
        Archive next = a.withSource(a.expectSource(zero), List.of(), a.decisionsOf(zero));
        assertSameExports(next, new DataExport.Exports(next, served), "source 0 without claims");
    }

    private static void assertSameExports(Archive a, DataExport.Exports served, String when) {
        DataExport.Exports built = new DataExport.Exports(a);
        for (String path : DataExport.Exports.PATHS) {
            org.junit.jupiter.api.Assertions.assertTrue(served.spliced(path), path);
            byte[] whole = PlannedFile.buffered(path, built.streamed(path)).bytes();
            assertArrayEquals(whole, served.file(path).bytes(), path + ", " + when);
            assertArrayEquals(whole, ManifestWriteTest.concat(served.parts(path)), path + " in parts, " + when);
        }
    }
}
