package org.sourcebook.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** One synthetic source: front matter fields and body, drawn from one random stream. */
record SourceDraft(String title, String publisher, String author, String date, String kind, String url,
                   String retrieved, List<String[]> inferred, String notes, List<String[]> furniture, String body) {

    private static final String[] KINDS = {"statement", "press-release", "news-report", "op-ed", "report", "resolution",
        "encyclopedia", "web-page", "social-post", "speech", "interview", "other"};
    private static final String[] PUBLISHERS = {"Ministry of Foreign Affairs", "Permanent Mission to the United Nations",
        "State news agency", "Office of the Ombudsman", "Embassy in London", "Community Association of Khojaly",
        "Regional daily newspaper", "Parliamentary Committee on Human Rights"};
    private static final String[] AUTHORS = {"A. Mammadova", "R. Hasanov", "L. Aliyeva", "T. Huseynli", "N. Karimov",
        "E. Guliyev"};
    private static final String[] TITLES = {"Statement on the anniversary of the Khojaly tragedy",
        "Remembering Khojaly", "Khojaly: the night of 25 to 26 February", "Press release on the commemoration",
        "The victims of Khojaly must not be forgotten", "Report on the events in Khojaly", "Address on the day of remembrance"};

    static SourceDraft draft(SplittableRandom r, int i, List<String> shared) {
        String kind = KINDS[i % KINDS.length];
        int year = 1993 + r.nextInt(32);
        String date = switch (r.nextInt(6)) {
            case 0 -> Integer.toString(year);
            case 1 -> String.format(java.util.Locale.ROOT, "%d-%02d", year, 1 + r.nextInt(12));
            default -> String.format(java.util.Locale.ROOT, "%d-02-%02d", year, 20 + r.nextInt(9));
        };
        List<String[]> inferred = new ArrayList<>();
        if (r.nextInt(4) == 0) {
            inferred.add(new String[] {"date", "Read from the ordinal anniversary named in the text; no dateline."});
        }
        String publisher = r.nextInt(5) == 0 ? null : Prose.pick(r, PUBLISHERS);
        if (publisher != null && r.nextInt(6) == 0) {
            inferred.add(new String[] {"publisher", "Identified from the letterhead address; the text names no sender."});
        }
        String author = r.nextInt(3) == 0 ? Prose.pick(r, AUTHORS) : null;
        String url = r.nextInt(3) == 0 ? null : "https://example.org/archive/" + CorpusGenerator.slug(i);
        String retrieved = url == null ? null : String.format(java.util.Locale.ROOT, "%d-%02d-%02d", 2024 + r.nextInt(2), 1 + r.nextInt(12), 1 + r.nextInt(28));
        String title = Prose.pick(r, TITLES) + " (" + year + ", no. " + i + ")";

        StringBuilder body = new StringBuilder();
        body.append(title).append("\n\n");
        if (r.nextInt(3) == 0) {
            body.append("**").append(kind.replace('-', ' ')).append("**\n").append(date).append("\n\n");
        }
        int paragraphs = 3 + r.nextInt(5);
        for (int p = 0; p < paragraphs; p++) {
            if (p > 0 && r.nextInt(4) == 0) {
                body.append("As was said in a joint declaration: ").append(shared.get(r.nextInt(shared.size()))).append("\n\n");
                continue;
            }
            body.append(p == 0 ? Prose.pick(r, Prose.OPENINGS) : Prose.pick(r, Prose.FILLER));
            int sentences = 2 + r.nextInt(4);
            for (int s = 0; s < sentences; s++) {
                body.append(' ');
                int what = r.nextInt(6);
                if (what < 3) {
                    body.append(Prose.figureSentence(r, Prose.pick(r, Prose.FACTS)));
                } else if (what == 3) {
                    body.append(Prose.distractor(r));
                } else {
                    body.append(Prose.pick(r, Prose.FILLER));
                }
            }
            body.append("\n\n");
            if (r.nextInt(8) == 0) {
                body.append("- ").append(Prose.figureSentence(r, Prose.pick(r, Prose.FACTS))).append('\n')
                        .append("- ").append(Prose.pick(r, Prose.FILLER)).append("\n\n");
            }
        }
        List<String[]> furniture = new ArrayList<>();
        if (r.nextInt(3) == 0) {
            String post = "Embedded post by @memory_" + i + ": We remember. " + Prose.figureSentence(r, Prose.pick(r, Prose.FACTS));
            body.append(post).append("\n\n");
            furniture.add(new String[] {"Embedded post by @memory_" + i, null, "Embedded social-media post"});
        }
        if (r.nextInt(2) == 0) {
            body.append("Related articles\n\n");
            for (int k = 0; k < 2 + r.nextInt(3); k++) {
                body.append("- ").append(Prose.pick(r, TITLES)).append(" (").append(1993 + r.nextInt(32)).append(")\n");
            }
            body.append("\nShare this page. 12 comments.\n");
            furniture.add(new String[] {"Related articles", "rest", "Related articles and sharing links"});
        }
        String notes = r.nextInt(4) == 0 ? "Synthetic statement number " + i + " generated for the benchmark." : null;
        return new SourceDraft(title, publisher, author, date, kind, url, retrieved, inferred, notes, furniture, body.toString());
    }

    String frontMatter(String sha256) {
        StringBuilder fm = new StringBuilder("---\n");
        fm.append("title: ").append(q(title)).append('\n');
        fm.append("publisher: ").append(q(publisher)).append('\n');
        fm.append("author: ").append(q(author)).append('\n');
        fm.append("date: ").append(q(date)).append('\n');
        fm.append("kind: ").append(kind).append('\n');
        fm.append("language: en\n");
        fm.append("url: ").append(q(url)).append('\n');
        if (retrieved != null) {
            fm.append("retrieved: ").append(q(retrieved)).append('\n');
        }
        if (!inferred.isEmpty()) {
            fm.append("inferred:\n");
            for (String[] e : inferred) {
                fm.append("  ").append(e[0]).append(": ").append(q(e[1])).append('\n');
            }
        }
        if (notes != null) {
            fm.append("notes: ").append(q(notes)).append('\n');
        }
        if (!furniture.isEmpty()) {
            fm.append("furniture:\n");
            for (String[] f : furniture) {
                fm.append("  - start: ").append(q(f[0])).append('\n');
                if (f[1] != null) {
                    fm.append("    extent: ").append(f[1]).append('\n');
                }
                fm.append("    label: ").append(q(f[2])).append('\n');
            }
        }
        fm.append("sha256: ").append(q(sha256)).append('\n');
        return fm.append("---\n").toString();
    }

    private static String q(String s) {
        return s == null ? "null" : "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
