package org.sourcebook.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a page that carry another body's statement: under a heading that names whose it is ("Statement of
 * the Ministry of Trade on ...") or under a lead that says so ("The following statement was issued on 3 May by the
 * Council of Elders."), until the page ends or a rule ("---") closes it. A figure there that nothing else credits is
 * that body's. The statement's nouns, the words that say a text follows and the words that open its topic are
 * {@code carried_statement_nouns}, {@code carried_statement_cues} and {@code carried_statement_topics} of the grammar.
 * (A digest's entries under their outlet's header are {@link RecordCredits#outletHeaderAbove}'s.)
 */
final class CarriedWords {
    private static final Pattern RULE = Pattern.compile("^[ \\t]*(?:[-*_─—]\\s*){3,}$");
    private static final Pattern HEADING_MARKS = Pattern.compile("^[\\s#*_>]*");
    private static final CarriedWords NONE = new CarriedWords(LineMarks.NONE);

    private final LineMarks marks;

    private CarriedWords(LineMarks marks) {
        this.marks = marks;
    }

    static CarriedWords of(String body, Attribution a) {
        return of(body, a, null, null);
    }

    static CarriedWords of(String body, Attribution a, String author, String publisher) {
        return of(body, a, author, publisher, new PhraseSet(List.of(a.grammar.list("carried_statement_cues")), true));
    }

    /**
     * The statements {@code body} carries; a statement of the page's own author or publisher ("Statement by the Board
     * of the Council" on the Council's page, "Address by Deputy Speaker Jane Roe" by Jane Roe) is the page's own voice, no one's credit.
     */
    static CarriedWords of(String body, Attribution a, String author, String publisher, PhraseSet cueSet) {
        String lower = Text.lower(body);
        List<LineMarks.Mark> marks = new ArrayList<>();
        List<String> nouns = a.grammar.list("carried_statement_nouns");
        List<String> cues = a.grammar.list("carried_statement_cues");
        // where each cue stands in lower, found in one pass (cueSet: the cues as literals, Text.indexOf's rule)
        PhraseHits cueHits = cueSet.scan(lower);
        boolean anyCue = !cueHits.present(cues).isEmpty();
        String statement = null;   // whose statement the text is in, from where it opened
        boolean content = false;   // a paragraph of that statement has been read since
        int paragraphs = 0;
        int s = 0;
        while (s < body.length()) {
            int nl = body.indexOf('\n', s);
            int e = nl < 0 ? body.length() : nl;
            String line = body.substring(s, e);
            String heading = statement == null || content ? headingOwner(body, lower, s, e, nouns, a) : null;
            String lead = statement == null && paragraphs < 4 && anyCue ? leadOwner(body, lower, s, e, nouns, cues, cueHits, a) : null;
            heading = heading != null && pagesOwn(heading, author, publisher) ? null : heading;
            lead = lead != null && pagesOwn(lead, author, publisher) ? null : lead;
            if (heading != null) {
                statement = heading;
                content = false;
                marks.add(new LineMarks.Mark(e, statement));
            } else if (lead != null) {
                statement = lead;
                content = false;
                int end = body.indexOf("\n\n", s);
                marks.add(new LineMarks.Mark(end < 0 ? body.length() : end, statement));   // from the end of the lead's paragraph
            } else if (statement != null && RULE.matcher(line).matches()) {
                if (content) {
                    statement = null;
                    marks.add(new LineMarks.Mark(s, null));
                }
            } else if (statement != null && !line.isBlank()) {
                content = true;
            }
            paragraphs += !line.isBlank() && (s == 0 || body.charAt(s - 1) == '\n' && (s < 2 || body.charAt(s - 2) == '\n')) ? 1 : 0;
            s = e + 1;
        }
        marks.sort(java.util.Comparator.comparingInt(LineMarks.Mark::start));
        return marks.isEmpty() ? NONE : new CarriedWords(new LineMarks(marks));
    }

    /** "Statement of the Ministry of Trade on the anniversary": a line, no sentence, that opens with a statement's noun and "of", "by" or "from" a body. */
    private static String headingOwner(String body, String lower, int s, int e, List<String> nouns, Attribution a) {
        Matcher marks = HEADING_MARKS.matcher(body).region(s, e);
        int from = marks.lookingAt() ? marks.end() : s;
        String bare = Attribution.stripEnd(body.substring(from, e), "*_ \t");
        if (bare.isEmpty() || bare.length() > 250 || ".!?:;,".indexOf(bare.charAt(bare.length() - 1)) >= 0) {
            return null;
        }
        for (String noun : nouns) {
            if (lower.startsWith(noun, from)) {
                int at = from + noun.length();
                for (String by : List.of(" of ", " by ", " from ")) {
                    if (lower.startsWith(by, at)) {
                        // "Statement of the Ministry of Trade on the anniversary ...": the name ends where its topic opens
                        int to = from + bare.length();
                        for (String topic : a.grammar.list("carried_statement_topics")) {
                            int t = Text.indexOf(lower, " " + topic + " ", at + by.length(), to);
                            to = t >= 0 ? t : to;
                        }
                        return named(body, lower, at + by.length(), to, a);
                    }
                }
            }
        }
        return null;
    }

    /** "The following statement was issued on 3 May by the Council of Elders.": a lead that says the text after it is a body's statement. */
    private static String leadOwner(String body, String lower, int s, int e, List<String> nouns, List<String> cues, PhraseHits cueHits, Attribution a) {
        for (String cue : cues) {
            for (int c = cueHits.find(cue, s, e); c >= 0; c = cueHits.find(cue, c + 1, e)) {   // as Text.indexOf(lower, cue, ...)
                int stop = c;
                while (stop < e && (".!?".indexOf(lower.charAt(stop)) < 0 || abbreviated(lower, stop, a))) {
                    stop++;
                }
                int start = c;
                while (start > s && ".!?".indexOf(lower.charAt(start - 1)) < 0) {
                    start--;
                }
                String sentence = lower.substring(start, stop);
                boolean noun = nouns.stream().anyMatch(n -> Text.find(sentence, n, 0, sentence.length()) >= 0);
                int by = lower.lastIndexOf(" by ", stop);
                if (noun && by >= start) {
                    return named(body, lower, by + 4, stop, a);
                }
            }
        }
        return null;
    }

    /**
     * Whether a statement's body is the page's own: it holds the author's surname, or shares two words with the
     * publisher's name, or is one word that the publisher's name opens with a longer form of ("Governor", "Governorship of ...").
     */
    static boolean pagesOwn(String name, String author, String publisher) {
        java.util.Set<String> n = words(name);
        String surname = author == null ? "" : Text.lower(author.strip()).replaceAll(".*[^\\p{L}]", "");
        if (surname.length() >= 4 && n.contains(surname)) {
            return true;
        }
        if (publisher == null) {
            return false;
        }
        java.util.Set<String> p = words(publisher);
        long shared = n.stream().filter(p::contains).count();
        boolean stem = n.size() == 1 && p.stream().anyMatch(w -> w.length() > 5 && w.startsWith(n.iterator().next()));
        return shared >= 2 || !n.isEmpty() && p.containsAll(n) || stem;
    }

    /** The words of four letters or more of a name, in lower case. */
    private static java.util.Set<String> words(String name) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : Text.lower(name).split("[^\\p{L}]+")) {
            if (w.length() >= 4) {
                out.add(w);
            }
        }
        return out;
    }

    /** Whether the stop at {@code at} ends an abbreviation ("St.", "Dr."), not the sentence. */
    private static boolean abbreviated(String lower, int at, Attribution a) {
        int w = at;
        while (w > 0 && Character.isLetter(lower.charAt(w - 1))) {
            w--;
        }
        return w < at && a.grammar.list("abbreviations").contains(lower.substring(w, at));
    }

    /** The body named right at {@code from}, a capitalized name ("the Ministry of Trade of the Republic"), not a vague phrase; null if none. */
    private static String named(String body, String lower, int from, int to, Attribution a) {
        Optional<BodyPhrase.Phrase> p = a.bodies.after(body, lower, from, to, from);
        return p.filter(b -> b.start() <= from + 4 && Character.isUpperCase(body.charAt(b.start())) && !a.bodies.vague(body, b))
                .map(BodyPhrase.Phrase::name).orElse(null);
    }

    /** Whose words the text at {@code at} carries, or null. */
    String ownerAt(int at) {
        return marks.labelAt(at);
    }
}
