package org.sourcebook.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds page furniture in a source nobody marked up: navigation menus, share and cookie
 * notices, subscription prompts, bylines and reading times, embedded social posts, and
 * "Related posts" / comment sections with everything after them. Returns the source's
 * furniture: the editor's marks plus what detection found (origin "detected").
 *
 * <p>An editor corrects detection in the front matter: {@code furniture_detection: false} turns
 * it off for the source; {@code not_furniture: ["quote", ...]} keeps detected spans that hold
 * one of the quotes as text.
 */
public final class FurnitureDetector {
    private static final Pattern READING_TIME = Pattern.compile("(?i)^\\d+\\s*(?:min|mins|minutes?)\\s+read\\b.*");
    private static final Pattern BYLINE = Pattern.compile("^(?:By|BY|Posted by|Written by|Author:)\\s+\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,3}\\s*(?:[|,·•].*)?$");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\p{Punct}\\s]+$");
    private static final Pattern ENDS_IN_PUNCTUATION = Pattern.compile(".*[.!?:;,\"”]$");
    private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");
    private static final Pattern LABEL_EDGES = Pattern.compile("^[#>*_\\-\\s]+|[*_:\\s]+$");
    /** A separator of a menu's items, as {@link FurnitureLines#menuSeparators} counts them. */
    private static final Pattern MENU_SEPARATOR = Pattern.compile("\\s[|•·»>/]\\s");
    /** A count and the word it counts: "14 schools", "1,275 hostages". */
    private static final Pattern COUNTED_ITEM = Pattern.compile("\\d[\\d,.]*\\+?\\s+\\p{L}[\\p{L}' -]*");
    /**
     * A post's counters that count its comments, among others or after "view all": "👍 88 · 14 comments · 9 shares",
     * "View all 40 comments".
     */
    private static final Pattern COMMENT_COUNTER = Pattern.compile("(?:[·|•]\\s*|view all\\s+)\\d[\\d.,]*k?\\s+comments\\b|\\b\\d[\\d.,]*k?\\s+comments\\s*[·|•]");
    /** A label of at most three words that opens with "related": "Related", "Related explainers". */
    private static final Pattern RELATED = Pattern.compile("related(?: \\S+){0,2}");
    /** A post's row of buttons that offers to comment: "Like   Comment   Share", "Like · Comment · Repost · Send". */
    private static final Pattern ACTION_BAR = Pattern.compile(
            "(?=.*\\bcomment\\b)(?:like|comment|share|reply|repost|send|save)(?:[\\s·|•]+(?:like|comment|share|reply|repost|send|save)){1,4}");
    /** A post's header: a short name, the author's handle, then at most a date ("Jane Doe @jdoe · Feb 26"). */
    private static final Pattern POST_HEADER = Pattern.compile("^(?:[^!?:;,\\d@]{1,60}\\s)?@[\\w.]+(?:\\s*[·•|]\\s*[^@]{0,40})?$");

    private FurnitureDetector() {
    }

    public static List<TextSpan> detect(Source source) {
        return detect(source, FurnitureCues.defaults());
    }

    public static List<TextSpan> detect(Source source, FurnitureCues cues) {
        List<TextSpan> editor = source.furniture();
        if (!source.meta().furnitureDetection()) {
            return editor;
        }
        List<TextSpan> found = new ArrayList<>();
        String body = source.body();
        List<int[]> lines = lines(body);
        Phrases phrases = phrases(cues);
        FurnitureLines.Phrases embeddedPosts = phrases.embeddedPosts();
        FurnitureLines.Phrases linePhrases = phrases.lines();
        boolean postPage = isPostPage(source, body, lines);
        int menuRun = 0;
        for (int i = 0; i < lines.size(); i++) {
            int[] l = lines.get(i);
            String raw = body.substring(l[0], l[1]);
            String text = FurnitureLines.normalize(raw);
            if (text.isEmpty()) {
                menuRun = 0;
                continue;
            }
            char[] chars = text.toCharArray();
            int words = FurnitureLines.words(chars);
            if (words <= 4 && l[0] > body.length() / 3
                    && startsWithAny(COUNT_BEFORE.matcher(TRAILING_PUNCTUATION.matcher(pastSymbols(text)).replaceAll("")).replaceFirst(""), cues.restOfPage(), true)) {
                found.add(new TextSpan(l[0], body.length(), label(raw) + " and what follows", "detected"));
                break;
            }
            if (l[0] > body.length() / 3 && (ACTION_BAR.matcher(text).matches() || words <= 14 && COMMENT_COUNTER.matcher(text).find())) {
                // "Like   Comment   Share" under a post: its readers' comments follow
                found.add(new TextSpan(l[0], body.length(), "Comments and what follows", "detected"));
                break;
            }
            if (l[0] > body.length() / 3 && linksAfterLabel(text, raw, cues)) {
                // "**Related explainers:** The 44-day war in 10 maps · A timeline": the links to other pages on the label's line
                found.add(new TextSpan(l[0], body.length(), label(text.substring(0, text.indexOf(':'))) + " and what follows", "detected"));
                break;
            }
            if (postPage && embeddedPosts.foundIn(chars) && isPostHeader(raw)) {
                found.add(new TextSpan(l[0], l[1], "Post header", "detected"));
                continue;
            }
            if (!postPage && embeddedPosts.foundIn(chars) && !reportsAPost(text, cues)) {
                int blank = body.indexOf("\n\n", l[0]);
                found.add(new TextSpan(l[0], blank < 0 ? body.length() : blank, "Embedded social-media post", "detected"));
                continue;
            }
            if (words <= cues.maxLineWords() && (startsWithAny(text, cues.lines(), false) || linePhrases.foundIn(chars)
                    || READING_TIME.matcher(text).matches() || BYLINE.matcher(raw.strip()).matches())) {
                found.add(new TextSpan(l[0], l[1], lineLabel(text), "detected"));
                continue;
            }
            if (words <= 20 && FurnitureLines.menuSeparators(raw) >= 3 && !raw.strip().endsWith(".") && !inMarkdownTable(body, lines, i)
                    && !countsList(raw)) {
                found.add(new TextSpan(l[0], l[1], "Navigation menu", "detected"));
                continue;
            }
            // a run of four or more very short lines without sentence punctuation: a menu
            if (words <= 3 && !ENDS_IN_PUNCTUATION.matcher(raw.strip()).matches() && !HAS_DIGIT.matcher(raw.strip()).matches()) {
                menuRun++;
                if (menuRun == 4) {
                    int first = lines.get(i - 3)[0];
                    found.add(new TextSpan(first, l[1], "Navigation menu", "detected"));
                } else if (menuRun > 4) {
                    TextSpan last = found.remove(found.size() - 1);
                    found.add(new TextSpan(last.start(), l[1], last.label(), "detected"));
                }
            } else {
                menuRun = 0;
            }
        }
        List<TextSpan> out = new ArrayList<>(editor);
        for (TextSpan d : found) {
            boolean overlapsEditor = editor.stream().anyMatch(e -> e.overlaps(d.start(), d.end()));
            boolean kept = source.meta().notFurniture().stream()
                    .anyMatch(q -> !q.isEmpty() && body.substring(d.start(), d.end()).contains(q));
            boolean overlapsFound = out.stream().anyMatch(e -> e.overlaps(d.start(), d.end()));
            if (!overlapsEditor && !kept && !overlapsFound && d.end() > d.start()) {
                out.add(d);
            }
        }
        return FurnitureResolver.sorted(out);
    }

    /**
     * A line that opens with a label of {@code rest_of_page} (or of at most three words opening with "related") before a
     * colon, and goes on with the titles of other pages set apart by a menu's separators: "Related explainers: The war in
     * 10 maps · A timeline", "See also: Lachin | Shusha".
     */
    private static boolean linksAfterLabel(String text, String raw, FurnitureCues cues) {
        int colon = text.indexOf(':');
        if (colon <= 0 || colon > 40) {
            return false;
        }
        String label = pastSymbols(text.substring(0, colon)).replace("*", "").replace("_", "").strip();
        boolean related = RELATED.matcher(label).matches();
        return (related || startsWithAny(label, cues.restOfPage(), true) && label.split("\\s+").length <= 4)
                && FurnitureLines.menuSeparators(raw) >= 1;
    }

    /**
     * "The ministry posted on X: \"...\"": the line holds no cue of an embedded post but one of the platform's name after
     * "on", and a verb of {@code posting_verbs} right before it: the text reports what was posted.
     */
    private static boolean reportsAPost(String text, FurnitureCues cues) {
        for (String cue : cues.embeddedPosts()) {
            if (!cue.startsWith(" on ")) {
                if (text.contains(cue)) {
                    return false;   // a handle or a link: an embedded post whatever verb stands before it
                }
                continue;
            }
        }
        for (String cue : cues.embeddedPosts()) {
            for (int at = cue.startsWith(" on ") ? text.indexOf(cue) : -1; at >= 0; at = text.indexOf(cue, at + 1)) {
                for (String verb : cues.postingVerbs()) {
                    int s = at - verb.length();
                    if (s >= 0 && text.startsWith(verb, s) && (s == 0 || !Character.isLetter(text.charAt(s - 1)))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** "14 schools · 21 clubs · 3 museums": every item between the separators a count and what it counts, a list, not a menu. */
    private static boolean countsList(String raw) {
        for (String item : MENU_SEPARATOR.split(raw.strip())) {
            if (!COUNTED_ITEM.matcher(item.strip()).matches()) {
                return false;
            }
        }
        return true;
    }

    /** "| Source | Killed | Wounded |" over "|---|---|---|": a line of a table with a separator row, not a menu. */
    private static boolean inMarkdownTable(String body, List<int[]> lines, int i) {
        int first = i;
        while (first > 0 && body.substring(lines.get(first - 1)[0], lines.get(first - 1)[1]).strip().startsWith("|")) {
            first--;
        }
        for (int k = first; k < lines.size(); k++) {
            String line = body.substring(lines.get(k)[0], lines.get(k)[1]).strip();
            if (!line.startsWith("|")) {
                return false;
            }
            if (line.contains("-") && line.chars().allMatch(ch -> ch == '|' || ch == '-' || ch == ':' || ch == ' ')) {
                return true;
            }
        }
        return false;
    }

    /**
     * A page that is itself a social post or thread (its kind says so, or it opens with a post's
     * header): its posts and replies are its text, not posts embedded in it; only their header
     * lines are furniture.
     */
    private static boolean isPostPage(Source source, String body, List<int[]> lines) {
        if ("social-post".equals(source.meta().kind())) {
            return true;
        }
        for (int[] l : lines) {
            String raw = body.substring(l[0], l[1]);
            if (!raw.isBlank()) {
                return isPostHeader(raw);
            }
        }
        return false;
    }

    /** A line that is only a post's header: "Jane Doe @jdoe", "**Jane Doe** @jdoe · Feb 26, 2024". */
    public static boolean isPostHeader(String raw) {
        return POST_HEADER.matcher(raw.strip().replace("*", "")).matches();
    }

    private static List<int[]> lines(String body) {
        List<int[]> out = new ArrayList<>();
        int s = 0;
        while (s <= body.length()) {
            int nl = body.indexOf('\n', s);
            int e = nl < 0 ? body.length() : nl;
            out.add(new int[] {s, e});
            if (nl < 0) {
                break;
            }
            s = nl + 1;
        }
        return out;
    }

    /** The cue phrases made ready to find, for the last cues asked (a build has one set of cues). */
    private record Phrases(FurnitureCues cues, FurnitureLines.Phrases embeddedPosts, FurnitureLines.Phrases lines) {
    }

    private static volatile Phrases lastPhrases;

    private static Phrases phrases(FurnitureCues cues) {
        Phrases p = lastPhrases;
        if (p == null || p.cues() != cues) {
            p = new Phrases(cues, new FurnitureLines.Phrases(cues.embeddedPosts()),
                    new FurnitureLines.Phrases(cues.lines().stream().filter(x -> x.contains(" ")).toList()));
            lastPhrases = p;
        }
        return p;
    }

    /** The line from its first letter or digit: "📎 related news", "▶ read more" open with a pictogram. */
    /** "48 comments", "1.2k comments": the count that opens a comment section's heading. */
    private static final java.util.regex.Pattern COUNT_BEFORE = java.util.regex.Pattern.compile("^\\d[\\d.,]*k?\\s+(?=comments?\\b)");

    private static String pastSymbols(String text) {
        int i = 0;
        while (i < text.length() && !Character.isLetterOrDigit(text.codePointAt(i))) {
            i += Character.charCount(text.codePointAt(i));
        }
        return text.substring(i);
    }

    private static boolean startsWithAny(String text, List<String> phrases, boolean whole) {
        for (String p : phrases) {
            if (text.equals(p) || !whole && text.startsWith(p) && (text.length() == p.length() || !Character.isLetterOrDigit(text.charAt(p.length())))
                    || whole && text.startsWith(p) && text.length() - p.length() <= 12 && !Character.isLetterOrDigit(text.charAt(p.length()))) {
                return true;
            }
        }
        return false;
    }

    private static String label(String raw) {
        String t = LABEL_EDGES.matcher(raw.strip()).replaceAll("");
        return t.length() > 40 ? t.substring(0, 40) : t;
    }

    private static String lineLabel(String text) {
        if (text.contains("cookie")) {
            return "Cookie notice";
        }
        if (text.contains("subscribe") || text.contains("newsletter") || text.contains("sign up")) {
            return "Subscription prompt";
        }
        if (text.contains("read") && HAS_DIGIT.matcher(text).matches() || text.startsWith("by ") || text.contains("posted by") || text.contains("written by")) {
            return "Byline or reading time";
        }
        if (text.contains("share") || text.contains("tweet") || text.contains("facebook") || text.contains("twitter")) {
            return "Share buttons";
        }
        return "Page furniture";
    }
}
