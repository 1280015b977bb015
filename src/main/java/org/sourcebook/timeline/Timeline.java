package org.sourcebook.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sourcebook.content.Source;

/**
 * The dated events the sources mention, in date order, each with the passages that state it, and
 * the sources' own publication dates. Dates are read from the text outside page furniture.
 */
public final class Timeline {
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    private Timeline() {
    }

    /** One passage of a source that states a date. */
    public record Passage(Source source, DateMention mention, int sentenceStart, int sentenceEnd) {
        /** The sentence before the date's words; "…" where it was cut short. */
        public String before() {
            String body = source.body();
            boolean cut = sentenceStart > 0 && ".!?\n".indexOf(body.charAt(Math.max(0, sentenceStart - 2))) < 0
                    && body.charAt(sentenceStart - 1) != '\n';
            return (cut ? "…" : "") + body.substring(sentenceStart, mention.start()).replace('\n', ' ');
        }

        public String after() {
            String body = source.body();
            boolean cut = sentenceEnd < body.length() && body.charAt(sentenceEnd) != '\n'
                    && ".!?".indexOf(body.charAt(sentenceEnd - 1)) < 0;
            return body.substring(mention.end(), sentenceEnd).replace('\n', ' ') + (cut ? "…" : "");
        }
    }

    /** A date on the timeline: the passages that state it and the sources published on it. */
    public record Entry(EventDate date, List<Passage> passages, List<Source> published) {
    }

    public static List<Entry> of(List<Source> sources) {
        return of(sources, Timeline::passages);
    }

    /** The timeline, with each source's dated passages read by {@code read} (which may cache {@link #passages}). */
    public static List<Entry> of(List<Source> sources, java.util.function.Function<Source, List<Passage>> read) {
        Map<EventDate, List<Passage>> passages = new TreeMap<>();
        Map<EventDate, List<Source>> published = new TreeMap<>();
        for (Source s : sources) {
            for (Passage p : read.apply(s)) {
                passages.computeIfAbsent(p.mention().date(), k -> new ArrayList<>()).add(p);
            }
            publicationDate(s.meta().date()).ifPresent(d -> published.computeIfAbsent(d, k -> new ArrayList<>()).add(s));
        }
        TreeMap<EventDate, Entry> out = new TreeMap<>();
        passages.forEach((d, ps) -> out.put(d, new Entry(d, List.copyOf(ps), List.of())));
        published.forEach((d, ss) -> out.merge(d, new Entry(d, List.of(), List.copyOf(ss)),
                (a, b) -> new Entry(d, a.passages(), b.published())));
        return List.copyOf(out.values());
    }

    /** The passages of {@code s} that state a date, outside page furniture, in text order. */
    public static List<Passage> passages(Source s) {
        List<Passage> out = new ArrayList<>();
        for (DateMention m : DateReader.read(s.body())) {
            if (!s.inFurniture(m.start(), m.end())) {
                out.add(new Passage(s, m, sentenceStart(s.body(), m.start()), sentenceEnd(s.body(), m.end())));
            }
        }
        return List.copyOf(out);
    }

    /** "2024-02-26", "2018-02" or "2024" as a date; empty for anything else. */
    public static Optional<EventDate> publicationDate(String iso) {
        if (iso == null) {
            return Optional.empty();
        }
        Matcher m = ISO.matcher(iso.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            int y = Integer.parseInt(m.group(1));
            int mo = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            int d = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            return Optional.of(new EventDate(y, mo, d, 0, null, null));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Where the sentence holding {@code offset} starts: after ". ", "; ", a line end, or 200 characters back. */
    static int sentenceStart(String body, int offset) {
        int limit = Math.max(0, offset - 200);
        for (int i = offset - 1; i > limit; i--) {
            char c = body.charAt(i);
            if (c == '\n' || ((body.charAt(i - 1) == '.' || body.charAt(i - 1) == '!' || body.charAt(i - 1) == '?')
                    && Character.isWhitespace(c))) {
                return i + 1;
            }
        }
        int word = body.indexOf(' ', limit);
        return limit == 0 || word < 0 || word >= offset ? limit : word + 1;
    }

    /** Where the sentence holding {@code offset} ends: after its full stop, at a line end, or 200 characters on. */
    static int sentenceEnd(String body, int offset) {
        int limit = Math.min(body.length(), offset + 200);
        for (int i = offset; i < limit; i++) {
            char c = body.charAt(i);
            if (c == '\n') {
                return i;
            }
            if ((c == '.' || c == '!' || c == '?') && (i + 1 == body.length() || Character.isWhitespace(body.charAt(i + 1)))
                    && !abbreviation(body, i)) {
                return i + 1;
            }
        }
        int word = body.lastIndexOf(' ', limit);
        return limit == body.length() || word <= offset ? limit : word;
    }

    /** "No." or "Mr." or "H.E.": a full stop after one or two letters that begin with a capital ends no sentence. */
    static boolean abbreviation(String body, int dot) {
        int i = dot;
        while (i > 0 && Character.isLetter(body.charAt(i - 1))) {
            i--;
        }
        int len = dot - i;
        return body.charAt(dot) == '.' && len >= 1 && len <= 2 && Character.isUpperCase(body.charAt(i));
    }
}
