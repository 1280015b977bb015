package org.sourcebook.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One case of a spec file: input text and the claims expected, each written
 * {@code fact value[-max] qualifier [@ attributed to] ["exact quote"]}; a claim written with a quote
 * must come with exactly that quote.
 */
record SpecCase(String file, String section, int number, int line, String input, List<String> expected) {

    @Override
    public String toString() {
        String first = input.lines().findFirst().orElse("");
        return section + " #" + number + " (" + file + ":" + line + "): " + (first.length() > 70 ? first.substring(0, 70) + "…" : first);
    }

    private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile("^(.*?)\\s+\"(.*)\"$");

    /** The expected claims without their quotes, as {@code describe} writes them. */
    List<String> claims() {
        return expected.stream().map(e -> {
            java.util.regex.Matcher m = QUOTED.matcher(e);
            return m.matches() ? m.group(1).strip() : e;
        }).toList();
    }

    /** The expected claims that name their quote, each with its quote. */
    List<String> quoted() {
        return expected.stream().filter(e -> QUOTED.matcher(e).matches()).toList();
    }

    static String quotedForm(String described, String quote) {
        return described + " \"" + quote + "\"";
    }

    static List<SpecCase> read(String resource) throws IOException {
        String text;
        try (InputStream in = SpecCase.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no spec file " + resource);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String file = resource.substring(resource.lastIndexOf('/') + 1);
        List<SpecCase> out = new ArrayList<>();
        String section = "";
        StringBuilder input = null;
        List<String> expected = new ArrayList<>();
        int number = 0;
        int startLine = 0;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i <= lines.length; i++) {
            String l = i < lines.length ? lines[i] : "";
            if (l.isBlank()) {
                if (input != null) {
                    out.add(new SpecCase(file, section, ++number, startLine, input.toString(), List.copyOf(expected)));
                }
                input = null;
                expected = new ArrayList<>();
            } else if (l.startsWith("# ")) {
                section = l.substring(2).strip();
                number = 0;
            } else if (l.startsWith(">")) {
                String t = l.length() > 1 && l.charAt(1) == ' ' ? l.substring(2) : l.substring(1);
                if (input == null) {
                    input = new StringBuilder(t);
                    startLine = i + 1;
                } else {
                    input.append('\n').append(t);
                }
            } else if (l.startsWith("= ")) {
                String e = l.substring(2).strip();
                if (!e.equals("none")) {
                    expected.add(e);
                }
            }
        }
        return out;
    }
}
