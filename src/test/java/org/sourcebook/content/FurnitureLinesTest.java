package org.sourcebook.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sourcebook.testutil.Project;

/**
 * Furniture detection tests each line by hand, not by a regular expression compiled per line: each
 * test must give what the expression gives, and the detector what it gave with the expressions.
 */
class FurnitureLinesTest {
    /** Chars that the expressions treat apart: their classes, line terminators, non-ASCII separators, a surrogate pair. */
    private static final String[] PIECES = {" ", "  ", "\t", "\u000B", "\f", "\r", "\u0085", "\u2028", "\u2029", "\u00A0", "#", ">",
        "*", "_", "-", ":", ".", ",", "!", "\"", "”", "|", "•", "·", "»", "/", "@", "a", "B", "x", "İ", "7", "٣", "😀", "e\u0301",
        "share on", "Related posts", "pic.twitter.com", " on X:", "home |", "by", "min read", "Subscribe"};

    private static String random(Random r, int max) {
        StringBuilder sb = new StringBuilder();
        for (int i = r.nextInt(max + 1); i > 0; i--) {
            sb.append(PIECES[r.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }

    @Test
    void eachLineTestGivesWhatItsExpressionGives() {
        Pattern edges = Pattern.compile("^[#>*_\\-\\s]+|[*_\\s]+$");
        Pattern menu = Pattern.compile("\\s[|•·»>/]\\s");
        Random r = new Random(6);
        for (int n = 0; n < 50_000; n++) {
            String s = random(r, 12);
            assertEquals(edges.matcher(s.strip()).replaceAll("").toLowerCase(Locale.ROOT), FurnitureLines.normalize(s), () -> "normalize [" + s + "]");
            assertEquals(s.split("\\s+").length, FurnitureLines.words(s.toCharArray()), () -> "words [" + s + "]");
            assertEquals(menu.matcher(s).results().count(), FurnitureLines.menuSeparators(s), () -> "separators [" + s + "]");
        }
    }

    @Test
    void phrasesAreFoundWhereContainsFindsThem() {
        Random r = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            List<String> phrases = new ArrayList<>();
            for (int k = r.nextInt(5); k > 0; k--) {
                phrases.add(random(r, 2));
            }
            FurnitureLines.Phrases found = new FurnitureLines.Phrases(phrases);
            for (int k = 0; k < 10; k++) {
                String text = random(r, 10);
                assertEquals(phrases.stream().anyMatch(text::contains), found.foundIn(text.toCharArray()), () -> phrases + " in [" + text + "]");
            }
        }
    }

    @Test
    void detectsWhatTheExpressionsDetectedInRandomPages() {
        Random r = new Random(8);
        FurnitureCues cues = FurnitureCues.defaults();
        List<String> lines = new ArrayList<>();
        Stream.of(cues.restOfPage(), cues.lines(), cues.embeddedPosts()).forEach(lines::addAll);
        lines.addAll(List.of("Home", "News", "World", "Contact", "By Jane Smith", "5 min read", "BY A. B", "Home | News | World | Opinion",
                "A » B » C » D", "The toll was 613.", "Sources differ on the number of the dead, 25 February 1992", "", "", ""));
        String[] decor = {"", "", "", "# ", "## ", "> ", "* ", "- ", "**", "__", " ", "\t"};
        String[] end = {"", "", "", ".", ":", "!", "**", " __", " ", "\u0085", "\u2028", " 12", ","};
        for (int n = 0; n < 3000; n++) {
            StringBuilder body = new StringBuilder();
            for (int k = r.nextInt(30); k > 0; k--) {
                String line = r.nextInt(4) == 0 ? random(r, 8) : lines.get(r.nextInt(lines.size()));
                if (r.nextBoolean()) {
                    line = line.toUpperCase(Locale.ROOT);
                }
                body.append(decor[r.nextInt(decor.length)]).append(line).append(end[r.nextInt(end.length)]);
                body.append(r.nextInt(3) == 0 ? "\n\n" : "\n");
            }
            same(source(body.toString()), cues);
        }
    }

    @Test
    void detectsWhatTheExpressionsDetectedInRealSources() throws IOException {
        List<Path> dirs = new ArrayList<>(List.of(Project.content().resolve("sources")));
        try (Stream<Path> res = Files.list(Project.dir().resolve("src/test/resources"))) {
            res.map(d -> d.resolve("sources")).filter(Files::isDirectory).forEach(dirs::add);
        }
        int read = 0;
        for (Path dir : dirs) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                    List<org.sourcebook.check.Diagnostic> problems = new ArrayList<>();
                    var s = SourceLoader.load(f, f, problems);
                    if (s.isPresent()) {
                        same(s.get(), FurnitureCues.defaults());
                        read++;
                    }
                }
            }
        }
        assertTrue(read >= 60, "only " + read + " sources read");
    }

    private static Source source(String body) {
        FrontMatter fm = new FrontMatter("T", null, null, "2024", "web-page", "en", null, null, null, Map.of(), null, List.of());
        return new Source("web", Path.of("content/sources/web.md"), fm, body, 1, "", List.of());
    }

    private static void same(Source s, FurnitureCues cues) {
        assertEquals(Reference.detect(s, cues), FurnitureDetector.detect(s, cues), () -> "[" + s.body() + "]");
    }

    /** FurnitureDetector.detect as it was written with a regular expression per line. */
    private static final class Reference {
        private static final Pattern MENU_SEPARATORS = Pattern.compile("\\s[|•·»>/]\\s");
        private static final Pattern COUNTED_ITEM = Pattern.compile("\\d[\\d,.]*\\+?\\s+\\p{L}[\\p{L}' -]*");
        private static final Pattern READING_TIME = Pattern.compile("(?i)^\\d+\\s*(?:min|mins|minutes?)\\s+read\\b.*");
        private static final Pattern BYLINE = Pattern.compile("^(?:By|BY|Posted by|Written by|Author:)\\s+\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,3}\\s*(?:[|,·•].*)?$");
        private static final Pattern POST_HEADER = Pattern.compile("^(?:[^!?:;,\\d@]{1,60}\\s)?@[\\w.]+(?:\\s*[·•|]\\s*[^@]{0,40})?$");

        static List<TextSpan> detect(Source source, FurnitureCues cues) {
            List<TextSpan> editor = source.furniture();
            if (!source.meta().furnitureDetection()) {
                return editor;
            }
            List<TextSpan> found = new ArrayList<>();
            String body = source.body();
            List<int[]> lines = new ArrayList<>();
            for (int s = 0; s <= body.length(); ) {
                int nl = body.indexOf('\n', s);
                lines.add(new int[] {s, nl < 0 ? body.length() : nl});
                if (nl < 0) {
                    break;
                }
                s = nl + 1;
            }
            String firstLine = lines.stream().map(l -> body.substring(l[0], l[1])).filter(x -> !x.isBlank()).findFirst().orElse("");
            boolean postPage = "social-post".equals(source.meta().kind()) || POST_HEADER.matcher(firstLine.strip().replace("*", "")).matches();
            int menuRun = 0;
            for (int i = 0; i < lines.size(); i++) {
                int[] l = lines.get(i);
                String raw = body.substring(l[0], l[1]);
                String text = raw.strip().replaceAll("^[#>*_\\-\\s]+|[*_\\s]+$", "").toLowerCase(Locale.ROOT);
                if (text.isEmpty()) {
                    menuRun = 0;
                    continue;
                }
                int words = text.split("\\s+").length;
                String bare = text.replaceAll("^[^\\p{L}\\p{Nd}]+", "").replaceAll("[\\p{Punct}\\s]+$", "").replaceFirst("^\\d[\\d.,]*k?\\s+(?=comments?\\b)", "");
                if (words <= 4 && l[0] > body.length() / 3 && startsWithAny(bare, cues.restOfPage(), true)) {
                    found.add(new TextSpan(l[0], body.length(), label(raw) + " and what follows", "detected"));
                    break;
                }
                if (l[0] > body.length() / 3 && (text.matches("(?=.*\\bcomment\\b)(?:like|comment|share|reply|repost|send|save)(?:[\\s·|•]+(?:like|comment|share|reply|repost|send|save)){1,4}")
                        || words <= 14 && Pattern.compile("(?:[·|•]\\s*|view all\\s+)\\d[\\d.,]*k?\\s+comments\\b|\\b\\d[\\d.,]*k?\\s+comments\\s*[·|•]").matcher(text).find())) {
                    found.add(new TextSpan(l[0], body.length(), "Comments and what follows", "detected"));
                    break;
                }
                int colon = text.indexOf(':');
                String label = colon <= 0 || colon > 40 ? null : text.substring(0, colon).replaceAll("^[^\\p{L}\\p{Nd}]+", "").replaceAll("[*_]", "").strip();
                if (l[0] > body.length() / 3 && label != null && MENU_SEPARATORS.matcher(raw).find()
                        && (label.matches("related(?: \\S+){0,2}") || startsWithAny(label, cues.restOfPage(), true) && label.split("\\s+").length <= 4)) {
                    found.add(new TextSpan(l[0], body.length(), label(text.substring(0, colon)) + " and what follows", "detected"));
                    break;
                }
                boolean marked = cues.embeddedPosts().stream().anyMatch(text::contains)
                        && !(cues.postingVerbs().stream().anyMatch(v -> cues.embeddedPosts().stream().anyMatch(c -> c.startsWith(" on ")
                                && Pattern.compile("(?:^|[^\\p{L}])" + Pattern.quote(v + c)).matcher(text).find()))
                            && cues.embeddedPosts().stream().noneMatch(c -> !c.startsWith(" on ") && text.contains(c)));
                if (postPage && marked && POST_HEADER.matcher(raw.strip().replace("*", "")).matches()) {
                    found.add(new TextSpan(l[0], l[1], "Post header", "detected"));
                    continue;
                }
                if (!postPage && marked) {
                    int blank = body.indexOf("\n\n", l[0]);
                    found.add(new TextSpan(l[0], blank < 0 ? body.length() : blank, "Embedded social-media post", "detected"));
                    continue;
                }
                if (words <= cues.maxLineWords() && (startsWithAny(text, cues.lines(), false)
                        || cues.lines().stream().anyMatch(p -> p.contains(" ") && text.contains(p))
                        || READING_TIME.matcher(text).matches() || BYLINE.matcher(raw.strip()).matches())) {
                    found.add(new TextSpan(l[0], l[1], lineLabel(text), "detected"));
                    continue;
                }
                if (MENU_SEPARATORS.matcher(raw).results().count() >= 3 && words <= 20 && !raw.strip().endsWith(".") && !tableLine(body, lines, i)
                        && !Arrays.stream(MENU_SEPARATORS.split(raw.strip())).allMatch(item -> COUNTED_ITEM.matcher(item.strip()).matches())) {
                    found.add(new TextSpan(l[0], l[1], "Navigation menu", "detected"));
                    continue;
                }
                if (words <= 3 && !raw.strip().matches(".*[.!?:;,\"”]$") && !raw.strip().matches(".*\\d.*")) {
                    menuRun++;
                    if (menuRun == 4) {
                        found.add(new TextSpan(lines.get(i - 3)[0], l[1], "Navigation menu", "detected"));
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

        /** A line of a block of "|" lines that holds a separator row ("|---|:--|"). */
        private static boolean tableLine(String body, List<int[]> lines, int i) {
            int first = i;
            while (first > 0 && body.substring(lines.get(first - 1)[0], lines.get(first - 1)[1]).strip().startsWith("|")) {
                first--;
            }
            for (int k = first; k < lines.size() && body.substring(lines.get(k)[0], lines.get(k)[1]).strip().startsWith("|"); k++) {
                if (body.substring(lines.get(k)[0], lines.get(k)[1]).strip().matches("\\|[|: ]*-[-|: ]*")) {
                    return true;
                }
            }
            return false;
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
            String t = raw.strip().replaceAll("^[#>*_\\-\\s]+|[*_:\\s]+$", "");
            return t.length() > 40 ? t.substring(0, 40) : t;
        }

        private static String lineLabel(String text) {
            if (text.contains("cookie")) {
                return "Cookie notice";
            }
            if (text.contains("subscribe") || text.contains("newsletter") || text.contains("sign up")) {
                return "Subscription prompt";
            }
            if (text.contains("read") && text.matches(".*\\d.*") || text.startsWith("by ") || text.contains("posted by") || text.contains("written by")) {
                return "Byline or reading time";
            }
            if (text.contains("share") || text.contains("tweet") || text.contains("facebook") || text.contains("twitter")) {
                return "Share buttons";
            }
            return "Page furniture";
        }
    }
}
