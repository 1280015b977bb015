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
        List<SearchDoc> out = new ArrayList<>();
        out.add(new SearchDoc("source", m.title(), SitePaths.source(s.slug()), about, null, List.of()));
        out.addAll(quotes(archive, s));
        out.addAll(passages(s, archive.claimsOf(s.slug())));
        return out;
    }

    private static List<SearchDoc> quotes(Archive archive, Source s) {
        List<SearchDoc> out = new ArrayList<>();
        for (Claim c : archive.claimsOf(s.slug())) {
            FactDef f = archive.schema().expect(c.fact());
            int from = contextStart(s.body(), c.start());
            int to = contextEnd(s.body(), c.end());
            out.add(new SearchDoc("quote", f.label() + ": " + c.displayValue(), SitePaths.source(s.slug()) + "#" + c.id(),
                    oneLine(s.body(), from, to), s.meta().title(), List.of()));
        }
        return out;
    }

    /** The source's text cut at blank lines (and long paragraphs at sentence ends). */
    static List<SearchDoc> passages(Source s, List<Claim> claims) {
        String body = s.body();
        List<SearchDoc> out = new ArrayList<>();
        int pos = 0;
        while (pos < body.length()) {
            int blank = body.indexOf("\n\n", pos);
            int end = blank < 0 ? body.length() : blank;
            for (int[] piece : pieces(body, pos, end)) {
                String text = body.substring(piece[0], piece[1]);
                if (!text.isBlank()) {
                    int start = piece[0];
                    List<Integer> breaks = claims.stream().map(Claim::end).filter(e -> e > start && e <= piece[1])
                            .map(e -> e - start).distinct().sorted().toList();
                    boolean furniture = s.furniture().stream().anyMatch((TextSpan t) -> t.contains(start));
                    out.add(new SearchDoc("text", s.meta().title(), SitePaths.source(s.slug()), text,
                            furniture ? "Page furniture, kept verbatim" : null, breaks));
                }
            }
            pos = end + 2;
        }
        return out;
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

    private static int contextStart(String body, int start) {
        int from = Math.max(0, start - CONTEXT);
        int para = body.lastIndexOf("\n\n", start);
        if (para >= from) {
            return para + 2;
        }
        int space = body.indexOf(' ', from);
        return space >= 0 && space < start ? space + 1 : from;
    }

    private static int contextEnd(String body, int end) {
        int to = Math.min(body.length(), end + CONTEXT);
        int para = body.indexOf("\n\n", end);
        if (para >= 0 && para < to) {
            return para;
        }
        int space = body.lastIndexOf(' ', to);
        return to < body.length() && space > end ? space : to;
    }

    /** Runs of white space as one space, none at the ends (as {@code replaceAll("\\s+", " ").strip()}). */
    static String oneLine(String s, int from, int to) {
        char[] in = new char[to - from];
        s.getChars(from, to, in, 0);
        int n = 0;
        boolean space = false;
        for (char c : in) {
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                space = true;
            } else {
                if (space && n > 0) {
                    in[n++] = ' ';
                }
                space = false;
                in[n++] = c;
            }
        }
        return new String(in, 0, n).strip();
    }
}
