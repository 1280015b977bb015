package org.sourcebook.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file written as it is made (claims.json) holds the bytes it would hold whole, with the size and hash the manifest needs. */
class StreamedFileTest {
    @TempDir
    Path tmp;

    @Test
    void aStreamedFileHoldsTheBytesOfTheWholeFileAndItsManifestEntry() throws IOException {
        Random rnd = new Random(7);
        PlannedFile.Streamed body = out -> {
            // writes of every size, around and across the writer's buffer, some of one byte
            for (int i = 0; i < 400; i++) {
                int n = rnd.nextInt(5) == 0 ? 1 : rnd.nextInt(300_000);
                byte[] b = new byte[n];
                for (int k = 0; k < n; k++) {
                    b[k] = (byte) ('a' + (i + k) % 26);
                }
                if (n == 1) {
                    out.write(b[0]);
                } else {
                    out.write(b);
                }
            }
            out.write("“done”\n".getBytes(StandardCharsets.UTF_8));
        };
        long seed = 7;
        rnd.setSeed(seed);
        PlannedFile planned = PlannedFile.streamed("data/big.json", Set.of(PlannedFile.DATA), body);
        byte[] whole = planned.renderFile().bytes();
        rnd.setSeed(seed);
        Path dest = tmp.resolve("big.json");
        Manifest.Entry entry = SiteWriter.writeStreamed(dest, planned.streamed());
        assertArrayEquals(whole, Files.readAllBytes(dest));
        assertEquals(Manifest.Entry.of(whole), entry);
    }
}
