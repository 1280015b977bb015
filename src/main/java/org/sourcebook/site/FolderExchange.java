package org.sourcebook.site;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import java.nio.file.Path;

/**
 * Exchanges two folders in one step where the system can: Linux's {@code renameat2} with
 * {@code RENAME_EXCHANGE} (kernel 3.15+, glibc 2.28+, on ext4, xfs, btrfs, tmpfs and most local
 * file systems). After it, each path names what the other named, and no moment exists at which
 * either is missing. Elsewhere {@link #exchange} answers false and the caller falls back to two
 * renames.
 */
public final class FolderExchange {
    private static final int AT_FDCWD = -100;
    private static final int RENAME_EXCHANGE = 2;

    private FolderExchange() {
    }

    /** The C library's renameat2 (bound on first use only). */
    interface LibC extends Library {
        int renameat2(int olddirfd, String oldpath, int newdirfd, String newpath, int flags);
    }

    private static final class Holder {
        static final LibC LIBC = load();

        private static LibC load() {
            if (!Platform.isLinux()) {
                return null;
            }
            try {
                LibC c = Native.load("c", LibC.class);
                // glibc before 2.28 has no renameat2: the lookup fails on first call, checked here
                com.sun.jna.NativeLibrary.getInstance("c").getFunction("renameat2");
                return c;
            } catch (UnsatisfiedLinkError | RuntimeException e) {
                return null;
            }
        }
    }

    /** True when {@code a} and {@code b}, both existing, were exchanged; false when this system cannot (nothing changed). */
    static boolean exchange(Path a, Path b) {
        LibC c = Holder.LIBC;
        if (c == null) {
            return false;
        }
        return c.renameat2(AT_FDCWD, a.toAbsolutePath().toString(), AT_FDCWD, b.toAbsolutePath().toString(), RENAME_EXCHANGE) == 0;
    }

    /** Whether this system exchanges folders in one step (for tests and the README's claim). */
    public static boolean supported() {
        return Holder.LIBC != null;
    }
}
