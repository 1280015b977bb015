package org.sourcebook.content;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Sha256Test {
    @Test
    void knownDigests() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Sha256.hex(new byte[0]));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                Sha256.hex("abc".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void sameDigestAsTheJdkForEveryLength() {
        Random r = new Random(42);
        for (int n : new int[] {1, 55, 56, 63, 64, 65, 1000, 4096, 65_537, 300_001}) {
            byte[] b = new byte[n];
            r.nextBytes(b);
            byte[] jdk = Sha256.jdk(b);
            assertEquals(HexFormat.of().formatHex(jdk), Sha256.hex(b), "length " + n);
            if (Sha256.usesOpenSsl()) {
                assertArrayEquals(jdk, Sha256.OpenSsl.digest(b), "length " + n);
            }
        }
    }

    @Test
    void aRunningDigestOverPartsIsTheDigestOfTheWhole() {
        Random r = new Random(7);
        byte[] b = new byte[1_000_003];
        r.nextBytes(b);
        Sha256.Running run = Sha256.running();
        int at = 0;
        while (at < b.length) {
            int n = Math.min(b.length - at, 1 + r.nextInt(70_000));
            // parts handed as a slice of a larger array, and as a whole array
            if (r.nextBoolean()) {
                run.update(b, at, n);
            } else {
                run.update(java.util.Arrays.copyOfRange(b, at, at + n), 0, n);
            }
            at += n;
        }
        assertEquals(HexFormat.of().formatHex(Sha256.jdk(b)), run.hex());
        Sha256.Running empty = Sha256.running();
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", empty.hex());
    }

    @Test
    void aCopiedDigestGoesOnFromTheSameStateAsTheOriginal() {
        Random r = new Random(11);
        byte[] b = new byte[300_007];
        r.nextBytes(b);
        for (Sha256.Running start : new Sha256.Running[] {Sha256.running(), Sha256.jdkRunning()}) {
            // the state after a prefix (not a whole number of 64-byte blocks), copied, then two different tails
            start.update(b, 0, 100_003);
            Sha256.Running kept = start.copy();
            start.update(b, 100_003, b.length - 100_003);
            byte[] other = b.clone();
            other[200_000] ^= 1;
            kept.copy().update(other, 100_003, other.length - 100_003);
            Sha256.Running second = kept.copy();
            second.update(other, 100_003, other.length - 100_003);
            assertEquals(HexFormat.of().formatHex(Sha256.jdk(b)), start.hex());
            assertEquals(HexFormat.of().formatHex(Sha256.jdk(other)), second.hex());
            assertEquals(HexFormat.of().formatHex(Sha256.jdk(java.util.Arrays.copyOf(b, 100_003))), kept.hex());
        }
    }

    @Test
    void openSslIsUsedWhereTheSystemHasIt() {
        boolean present = Files.exists(Path.of("/usr/lib/x86_64-linux-gnu/libcrypto.so.3"))
                || Files.exists(Path.of("/usr/lib/aarch64-linux-gnu/libcrypto.so.3"));
        assertEquals(present && !Boolean.getBoolean("sourcebook.jdkSha256"), Sha256.usesOpenSsl());
    }
}
