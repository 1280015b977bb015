package org.sourcebook.content;

import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of bytes, as lowercase hex. A build hashes every file it writes (the manifest),
 * hundreds of megabytes for a large archive; the build's JVM runs C1 only, which has no SHA
 * intrinsic, so the JDK's digest runs as plain Java code. Where the system's OpenSSL
 * ({@code libcrypto}) can be loaded, its one-shot {@code SHA256()} is used instead (it uses the
 * processor's SHA instructions: about ten times faster here); elsewhere the JDK's digest. Both give
 * the same bytes (tested).
 */
public final class Sha256 {
    private static final HexFormat HEX = HexFormat.of();

    private Sha256() {
    }

    /** The hex SHA-256 of {@code bytes}. */
    public static String hex(byte[] bytes) {
        return HEX.formatHex(digest(bytes));
    }

    /** The SHA-256 of {@code bytes}, 32 bytes (half the memory of {@link #hex}'s string, for a list of many). */
    public static byte[] digest(byte[] bytes) {
        return Holder.OPENSSL ? OpenSsl.digest(bytes) : jdk(bytes);
    }

    /** A digest taken over bytes handed in parts (a file written as it is made). */
    public interface Running {
        void update(byte[] b, int off, int len);

        /** The hex SHA-256 of every byte handed in; the digest is spent after it. */
        String hex();

        /**
         * A digest in the same state, which goes on on its own: the state after a file's first
         * bytes is kept, and a file whose later bytes change is hashed again from there.
         */
        Running copy();
    }

    /** A new running digest: OpenSSL's where it is in use, else the JDK's. */
    public static Running running() {
        if (Holder.OPENSSL) {
            return new OpenSsl.Context();
        }
        return jdkRunning(jdkDigest());
    }

    private static Running jdkRunning(MessageDigest md) {
        return new Running() {
            @Override
            public void update(byte[] b, int off, int len) {
                md.update(b, off, len);
            }

            @Override
            public String hex() {
                return HEX.formatHex(md.digest());
            }

            @Override
            public Running copy() {
                try {
                    return jdkRunning((MessageDigest) md.clone());
                } catch (CloneNotSupportedException e) {
                    throw new IllegalStateException("the JDK's SHA-256 digest cannot be copied", e);
                }
            }
        };
    }

    /** A running digest of the JDK's even where OpenSSL is in use (to test one against the other). */
    static Running jdkRunning() {
        return jdkRunning(jdkDigest());
    }

    /** Whether OpenSSL's digest is in use (for tests and the README's claim). */
    public static boolean usesOpenSsl() {
        return Holder.OPENSSL;
    }

    /** The JDK's digest. */
    static byte[] jdk(byte[] bytes) {
        return jdkDigest().digest(bytes);
    }

    private static MessageDigest jdkDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static final class Holder {
        static final boolean OPENSSL = OpenSsl.bind();
    }

    /** OpenSSL's {@code unsigned char *SHA256(const unsigned char *d, size_t n, unsigned char *md)}, bound directly. */
    static final class OpenSsl {
        private static native Pointer SHA256(byte[] d, long n, byte[] md);

        private static native int SHA256_Init(Pointer c);

        private static native int SHA256_Update(Pointer c, byte[] data, long len);

        private static native int SHA256_Final(byte[] md, Pointer c);

        /** OpenSSL's SHA256_CTX (112 bytes on every platform it builds for; 128 allocated). */
        static final class Context implements Running {
            private final com.sun.jna.Memory ctx = new com.sun.jna.Memory(128);

            Context() {
                SHA256_Init(ctx);
            }

            /** A copy of {@code other}'s state (the context is a plain struct: its bytes are the state). */
            private Context(Context other) {
                ctx.write(0, other.ctx.getByteArray(0, 128), 0, 128);
            }

            @Override
            public Running copy() {
                return new Context(this);
            }

            @Override
            public void update(byte[] b, int off, int len) {
                SHA256_Update(ctx, off == 0 ? b : java.util.Arrays.copyOfRange(b, off, off + len), len);
            }

            @Override
            public String hex() {
                byte[] md = new byte[32];
                SHA256_Final(md, ctx);
                ctx.close();
                return HEX.formatHex(md);
            }
        }

        /** Binds the first libcrypto found (the plain name needs the -dev package; the versioned ones do not). */
        static boolean bind() {
            if (Boolean.getBoolean("sourcebook.jdkSha256")) {
                return false;
            }
            for (String name : new String[] {"crypto", "libcrypto.so.3", "libcrypto.so.1.1", "libcrypto.3.dylib"}) {
                try {
                    Native.register(OpenSsl.class, NativeLibrary.getInstance(name));
                    return true;
                } catch (UnsatisfiedLinkError | RuntimeException e) {
                    // not there: try the next name, then fall back to the JDK
                }
            }
            return false;
        }

        static byte[] digest(byte[] bytes) {
            byte[] md = new byte[32];
            SHA256(bytes, bytes.length, md);
            return md;
        }
    }
}
