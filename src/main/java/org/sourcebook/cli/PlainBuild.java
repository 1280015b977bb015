package org.sourcebook.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Set;

/**
 * A plain {@code build} command line read without picocli: {@code build} and then only
 * {@code --content}, {@code --templates} and {@code --out}, each at most once and followed by a
 * value, and {@code --timings} at most once. Anything else (another command, help, an unknown or
 * repeated option, {@code --name=value}, a value that starts with "-", an {@code @file}, a path
 * that cannot be one) is left to picocli, which reads it as it always did. {@code PlainBuildTest}
 * checks that what is read here is what picocli reads.
 */
final class PlainBuild {
    private static final Set<String> VALUED = Set.of("--content", "--templates", "--out");

    private PlainBuild() {
    }

    /** The options of a plain build command line, or null when picocli must read it. */
    static SiteOptions options(String[] args) {
        if (args.length == 0 || !"build".equals(args[0])) {
            return null;
        }
        String content = null;
        String templates = null;
        String out = null;
        boolean timings = false;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--timings")) {
                if (timings) {
                    return null;
                }
                timings = true;
                continue;
            }
            if (!VALUED.contains(a) || i + 1 >= args.length) {
                return null;
            }
            String v = args[++i];
            if (v.isEmpty() || v.startsWith("-") || v.startsWith("@")) {
                return null;
            }
            switch (a) {
                case "--content" -> {
                    if (content != null) {
                        return null;
                    }
                    content = v;
                }
                case "--templates" -> {
                    if (templates != null) {
                        return null;
                    }
                    templates = v;
                }
                default -> {
                    if (out != null) {
                        return null;
                    }
                    out = v;
                }
            }
        }
        SiteOptions o = new SiteOptions();
        try {
            o.content = Path.of(content != null ? content : SiteOptions.DEFAULT_CONTENT);
            o.templates = Path.of(templates != null ? templates : SiteOptions.DEFAULT_TEMPLATES);
            o.out = Path.of(out != null ? out : SiteOptions.DEFAULT_OUT);
        } catch (InvalidPathException e) {
            return null;
        }
        return o;
    }

    /** Whether a command line that {@link #options} reads asks for the steps' times. */
    static boolean timings(String[] args) {
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--timings")) {
                return true;
            }
            if (VALUED.contains(args[i])) {
                i++;
            }
        }
        return false;
    }
}
