package org.sourcebook.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sourcebook.content.FrontMatter;
import org.sourcebook.content.Source;
import org.sourcebook.content.TextSpan;
import org.sourcebook.model.Archive;
import org.sourcebook.model.Claim;
import org.sourcebook.model.FactDef;
import org.sourcebook.site.SitePaths;

/** The archive as search documents: facts, sources, every claim's quote, every passage of text. */
public final class SearchDocs {
    /** Paragraphs longer than this are cut at sentence ends, so a snippet and its chunk stay small. */
    static final int PASSAGE_MAX = 1200;
    private static final int CONTEXT = 120;

    private SearchDocs() {
    }

    /** One document per fact: its definition and the values the sources state. */
    static List<SearchDoc> facts(Archive archive) {
        List<SearchDoc> out = new ArrayList<>();
        for (FactDef f : archive.schema().all()) {
            List<String> values = archive.distinctValues(f.id());
            String stated = values.isEmpty() ? "No source states it." : "Stated: " + String.join(", ", values) + ".";
            out.add(new SearchDoc("fact", f.label(), SitePaths.fact(f.id()),
                    (f.definition() == null ? "" : f.definition() + " ") + stated, null, List.of()));
        }
        return out;
    }

    /** A source's documents: the source itself, its claims' quotes, its passages. They depend on the source and its claims only. */
    static List<SearchDoc> ofSource(Archive archive, Source s) {
        FrontMatter m = s.meta();
        String about = Stream.of(m.publisher(), m.author(), m.date(), m.kind(), m.language(), m.notes())
                .filter(Objects::nonNull).collect(Collectors.joining(" · "));
        String page = SitePaths.source(s.slug());
        List<SearchDoc> out = new ArrayList<>();
        out.add(new SearchDoc("source", m.title(), page, about, null, List.of()));
        quotes(archive, s, page, out);
        passages(s, page, archive.claimsOf(s.slug()), out);
        return out;
    }

    private static void quotes(Archive archive, Source s, String page, List<SearchDoc> out) {
        List<Claim> claims = archive.claimsOf(s.slug());
        if (claims.isEmpty()) {
            return;
        }
        char[] body = s.body().toCharArray();
        char[] buf = new char[2 * CONTEXT + 64];
        for (Claim c : claims) {
            FactDef f = archive.schema().expect(c.fact());
            int from = contextStart(body, c.start());
            int to = contextEnd(body, c.end());
            if (buf.length < to - from) {
                buf = new char[to - from];
            }
            int[] quote = {c.start(), c.end()};
            String text = oneLine(body, from, to, buf, quote);
            out.add(new SearchDoc("quote", f.label() + ": " + c.displayValue(), page + "#" + c.id(),
                    text, s.meta().title(), List.of(), quote[0], quote[1]));
        }
    }

    /** How many documents {@link #ofSource} makes, counted without making them. */
    static int count(Archive archive, Source s) {
        return 1 + archive.claimsOf(s.slug()).size() + passageSpans(s.body()).size();
    }

    /** The source's text cut at blank lines (and long paragraphs at sentence ends). */
    private static void passages(Source s, String page, List<Claim> claims, List<SearchDoc> out) {
        String body = s.body();
        int[] ends = new int[claims.size()];
        for (int i = 0; i < ends.length; i++) {
            ends[i] = claims.get(i).end();
        }
        java.util.Arrays.sort(ends);
        for (int[] piece : passageSpans(body)) {
            int start = piece[0];
            boolean furniture = false;
            for (TextSpan t : s.furniture()) {
                furniture |= t.contains(start);
            }
            out.add(new SearchDoc("text", s.meta().title(), page, body.substring(start, piece[1]),
                    furniture ? "Page furniture, kept verbatim" : null, breaks(ends, start, piece[1])));
        }
    }

    /** Where each passage of {@code body} starts and ends: pieces between blank lines that are not blank. */
    private static List<int[]> passageSpans(String body) {
        List<int[]> out = new ArrayList<>();
        int pos = 0;
        while (pos < body.length()) {
            int blank = body.indexOf("\n\n", pos);
            int end = blank < 0 ? body.length() : blank;
            for (int[] piece : pieces(body, pos, end)) {
                if (!blank(body, piece[0], piece[1])) {
                    out.add(piece);
                }
            }
            pos = end + 2;
        }
        return out;
    }

    /** True when {@code body[from, to)} is empty or white space only (as {@link String#isBlank}). */
    private static boolean blank(String body, int from, int to) {
        for (int i = from; i < to; ) {
            int c = body.codePointAt(i);
            if (!Character.isWhitespace(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /** The claim ends (sorted) in {@code (start, end]}, distinct, as offsets from {@code start}. */
    private static List<Integer> breaks(int[] ends, int start, int end) {
        List<Integer> out = null;
        for (int e : ends) {
            if (e > start && e <= end && (out == null || out.get(out.size() - 1) != e - start)) {
                if (out == null) {
                    out = new ArrayList<>();
                }
                out.add(e - start);
            }
        }
        return out == null ? List.of() : out;
    }

    private static List<int[]> pieces(String body, int from, int to) {
        List<int[]> out = new ArrayList<>();
        int start = from;
        while (to - start > PASSAGE_MAX) {
            int cut = body.lastIndexOf(". ", start + PASSAGE_MAX);
            cut = cut <= start ? start + PASSAGE_MAX : cut + 2;
            while (cut < to && cut > start && Character.isLetterOrDigit(body.charAt(cut - 1)) && Character.isLetterOrDigit(body.charAt(cut))) {
                cut--;
            }
            out.add(new int[] {start, cut});
            start = cut;
        }
        out.add(new int[] {start, to});
        return out;
    }

    /** Where a quote's context starts: after a paragraph break within CONTEXT before it, else after the first space there. */
    private static int contextStart(char[] body, int start) {
        int from = Math.max(0, start - CONTEXT);
        for (int p = Math.min(start, body.length - 2); p >= from; p--) {
            if (body[p] == '\n' && body[p + 1] == '\n') {
                return p + 2;
            }
        }
        for (int p = from; p < start; p++) {
            if (body[p] == ' ') {
                return p + 1;
            }
        }
        return from;
    }

    /** Where a quote's context ends: at a paragraph break within CONTEXT after it, else at the last space there. */
    private static int contextEnd(char[] body, int end) {
        int to = Math.min(body.length, end + CONTEXT);
        for (int p = end; p < to && p + 1 < body.length; p++) {
            if (body[p] == '\n' && body[p + 1] == '\n') {
                return p;
            }
        }
        if (to < body.length) {
            for (int p = to; p > end; p--) {
                if (body[p] == ' ') {
                    return p;
                }
            }
        }
        return to;
    }

    /**
     * {@code body[from, to)} with runs of white space as one space, none at the ends (as
     * {@code replaceAll("\\s+", " ").strip()}); {@code span} holds offsets into {@code body}
     * inside {@code [from, to]} (a quote's start and end) and is set to where they fall in the result.
     */
    static String oneLine(char[] body, int from, int to, char[] in, int[] span) {
        System.arraycopy(body, from, in, 0, to - from);
        int n = 0;
        boolean space = false;
        int qs = span[0] - from;
        int qe = span[1] - from;
        int outStart = -1;
        int outEnd = -1;
        for (int i = 0; i < to - from; i++) {
            if (i == qe) {
                outEnd = n;
            }
            char c = in[i];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                space = true;
            } else {
                if (space && n > 0) {
                    in[n++] = ' ';
                }
                space = false;
                if (outStart < 0 && i >= qs) {
                    outStart = n;
                }
                in[n++] = c;
            }
        }
        if (outEnd < 0) {
            outEnd = n;
        }
        if (outStart < 0 || outStart > outEnd) {
            outStart = outEnd;
        }
        String line = new String(in, 0, n);
        String stripped = line.strip();
        int lead = stripped.isEmpty() ? 0 : line.indexOf(stripped.charAt(0));
        span[0] = Math.max(0, Math.min(stripped.length(), outStart - lead));
        span[1] = Math.max(span[0], Math.min(stripped.length(), outEnd - lead));
        return stripped;
    }
}
