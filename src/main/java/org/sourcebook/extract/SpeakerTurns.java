package org.sourcebook.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The turns of a transcript whose speakers are named on lines of their own ("Mr Jane Roe (Leeds
 * North) (Lab)" above what she said) or at the start of the line they speak ("DR. JANE ROE: Thank
 * you.", "**[00:21:50] JANE:** So ...", "HOST (Tom Kessler): Good evening"): a figure in a turn is
 * its speaker's, until the next speaker's label or a rule ("---"), unless the turn credits it to
 * someone else. A page is a transcript only when at least two speakers take turns and one of them
 * speaks more than once, or, for speakers on lines of their own, every one of them is labelled with
 * an aside in parentheses (a seat, a party), so that headings above paragraphs are never read as speakers.
 * A role ({@code label_words}: "HOST", "REPORTER") is no one unless its aside names the person; a title
 * ({@code speaker_honorifics}: "Dr.", "Mr") is left out; a label of one word ("JANE") takes the full name the
 * text gives it before ("Jane Roe").
 */
final class SpeakerTurns {
    private static final String WORD = "\\p{Lu}[\\p{L}.'’-]*";
    private static final String JOIN = "(?:of|for|the|and|on|de|van|von|da|al|el|bin)";
    /** A name of capitalized words (a role's may list with commas), then asides in parentheses (seat, party, the person holding a role). */
    private static final String NAME = "(" + WORD + "(?:,?\\s+(?:" + WORD + "|" + JOIN + ")){0,14})";
    private static final String ASIDES = "((?:\\s*\\([^()\\n\\d]{1,60}\\))*)";
    private static final Pattern SPEAKER_LINE = Pattern.compile("^[*_]*" + NAME + "[*_]*" + ASIDES + "\\s*:?[*_]*\\s*$");
    /** A label opening the line its speaker speaks: a time stamp before it, a colon after it, inside or after the bold. */
    private static final Pattern INLINE_LABEL = Pattern.compile("^[ \\t>]*[*_]*\\s*(?:[\\[(]\\d{1,2}(?::\\d{2}){1,2}[\\])]\\s*)?" + NAME + ASIDES
            + "\\s*(?:[*_]*:|:[*_]*)[*_]*[ \\t]+(?=\\S)");
    /** A rule that ends a turn: "---", "***", "[BREAK]". */
    private static final Pattern RULE = Pattern.compile("^(?:[-*_]{3,}|\\[[\\p{L} ]{2,20}\\])$");
    private static final Pattern ASIDE = Pattern.compile("\\(([^()]+)\\)");
    private static final Pattern PERSON = Pattern.compile(WORD + "(?:\\s+(?:" + JOIN + "\\s+)?" + WORD + ")+");
    private static final Pattern TWO_NAMES = Pattern.compile("\\b(\\p{Lu}\\p{Ll}+)\\s+(\\p{Lu}\\p{Ll}+)\\b");
    private static final SpeakerTurns NONE = new SpeakerTurns(LineMarks.NONE);

    /** Each turn: its line start and speaker, in text order. */
    private final LineMarks turns;

    private SpeakerTurns(LineMarks turns) {
        this.turns = turns;
    }

    static SpeakerTurns of(String body) {
        return of(body, null);
    }

    /** An interview's turns: "Q:" and "A:" (bold or not) opening lines. */
    private static final Pattern QA_LINE = Pattern.compile("(?m)^[ \\t>]*[*_]*([QA])[*_]*\\s*[.:][*_]*\\s");
    /** A person named in an interview's lead: a title, then two or three capitalized words, no possessive after them. */
    private static final Pattern LEAD_PERSON = Pattern.compile("\\b(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Dr\\.|Prof\\.|Mr\\.|Mrs\\.|Ms\\.)\\s+)?"
            + "(\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+){1,2})(?!['’]s)\\b");

    /**
     * An interview written as "Q:" and "A:" lines (at least two of each): the answers are the words of the person its
     * lead names before the first question (not the author, who asks), the questions no one else's.
     */
    private static SpeakerTurns interview(String body, String author) {
        if (body.indexOf('Q') < 0) {
            return NONE;   // QA_LINE finds no question: fewer than two (String.indexOf is cheaper than the pattern tried at every char)
        }
        Matcher qa = QA_LINE.matcher(body);
        List<int[]> lines = new ArrayList<>();
        int questions = 0;
        int answers = 0;
        while (qa.find()) {
            boolean answer = qa.group(1).equals("A");
            lines.add(new int[] {qa.start(), answer ? 1 : 0});
            questions += answer ? 0 : 1;
            answers += answer ? 1 : 0;
        }
        if (questions < 2 || answers < 2) {
            return NONE;
        }
        Matcher person = LEAD_PERSON.matcher(body).region(0, lines.get(0)[0]);
        String interviewee = null;
        while (person.find() && interviewee == null) {
            String name = person.group(1);
            boolean asker = author != null && !author.isBlank() && author.contains(name.substring(name.lastIndexOf(' ') + 1));
            if (!asker && person.start() > 0 && !startsSentence(body, person.start())) {
                interviewee = name;   // a name inside a sentence, not a capital that opens one ("For more than ...")
            } else if (!asker && person.group().length() > person.group(1).length()) {
                interviewee = name;   // "Dr Jane Roe" with her title
            }
        }
        if (interviewee == null) {
            return NONE;
        }
        List<LineMarks.Mark> marks = new ArrayList<>();
        for (int[] l : lines) {
            marks.add(new LineMarks.Mark(l[0], l[1] == 1 ? interviewee : null));
        }
        return new SpeakerTurns(new LineMarks(marks));
    }

    private static boolean startsSentence(String body, int at) {
        int i = at - 1;
        while (i >= 0 && (body.charAt(i) == ' ' || body.charAt(i) == '\t')) {
            i--;
        }
        return i < 0 || ".!?\n\"“".indexOf(body.charAt(i)) >= 0;
    }

    static SpeakerTurns of(String body, String author) {
        return of(body, author, null, Set.of(), Set.of());
    }

    /**
     * The turns of {@code body}; {@code roles} are labels that name no one, {@code honorifics} titles left out of a name.
     * The page's own voice is no one's either: a label that is its author or its publisher, by name or initials ("CRQ:").
     */
    static SpeakerTurns of(String body, String author, String publisher, Set<String> roles, Set<String> honorifics) {
        return of(body, author, publisher, roles, honorifics, List.of());
    }

    /** A name after a record's "asked by" line's words: two to five capitalized words, nothing after them but bold marks. */
    private static final Pattern BY_NAME = Pattern.compile("\\s*:?\\s*[*_]*\\s*(" + WORD + "(?:\\s+(?:" + WORD + "|" + JOIN + ")){1,4})[*_]*\\s*$");

    /**
     * A record of a question and its answer whose parts are signed on lines of their own ("Asked by Jane Roe",
     * "Answered by: Tom Kessler"; {@code byWords}: "asked by", "answered by"): each part is its signer's, up to the next
     * such line or a rule. At least two such lines, two people; else none.
     */
    private static SpeakerTurns signedParts(String body, List<String> byWords, String author, String publisher) {
        List<LineMarks.Mark> marks = new ArrayList<>();
        Set<String> people = new java.util.HashSet<>();
        int s = 0;
        while (s < body.length()) {
            int nl = body.indexOf('\n', s);
            int e = nl < 0 ? body.length() : nl;
            String line = body.substring(s, e).strip();
            while (line.startsWith("*") || line.startsWith("_")) {
                line = line.substring(1);
            }
            String lower = line.toLowerCase(Locale.ROOT);
            for (String w : byWords) {
                if (lower.startsWith(w) && line.length() < w.length() + 70) {
                    Matcher m = BY_NAME.matcher(line).region(w.length(), line.length());
                    if (m.matches() && !pagesOwn(m.group(1), author, publisher)) {
                        marks.add(new LineMarks.Mark(s, m.group(1)));
                        people.add(m.group(1));
                    }
                    break;
                }
            }
            if (!marks.isEmpty() && RULE.matcher(line).matches()) {
                marks.add(new LineMarks.Mark(s, null));
            }
            s = e + 1;
        }
        return people.size() >= 2 ? new SpeakerTurns(new LineMarks(marks)) : NONE;
    }

    /** {@link #of(String, String, String, Set, Set)}, and a record's parts signed "asked by", "answered by" ({@code byWords}). */
    static SpeakerTurns of(String body, String author, String publisher, Set<String> roles, Set<String> honorifics, List<String> byWords) {
        List<LineMarks.Mark> turns = new ArrayList<>();
        Map<String, String> fullNames = new HashMap<>();
        Map<String, Integer> count = new HashMap<>();
        int ownWithAside = 0;
        int ownWithout = 0;
        boolean ownOnly = false;
        // twice: a label whose speech opens with a figure ("JANE ROE: 1,200 were ...") is a turn only of a speaker
        // labelled elsewhere, not a fact sheet's line ("Killed: 42")
        for (int pass = 0; pass < 2; pass++) {
            boolean blankBefore = true;
            int s = 0;
            while (s < body.length()) {
                int nl = body.indexOf('\n', s);
                int e = nl < 0 ? body.length() : nl;
                String line = body.substring(s, e);
                int next = nl < 0 ? -1 : body.indexOf('\n', e + 1);
                String nextLine = nl < 0 ? "" : body.substring(e + 1, next < 0 ? body.length() : next);
                Matcher own = SPEAKER_LINE.matcher(line.strip());
                Matcher opening = INLINE_LABEL.matcher(line);
                // a speaker's line: the speech right under it, or under a blank line when it carries a seat or a party
                // cheap necessary conditions first: SPEAKER_LINE admits no ASCII digit, INLINE_LABEL needs a ":"
                Matcher m = blankBefore && noAsciiDigit(line) && own.matches() && (!nextLine.isBlank() || !own.group(2).isBlank()) ? own
                        : line.indexOf(':') >= 0 && opening.lookingAt() ? opening : null;
                String name = m == null ? null : speaker(m.group(1).strip(), m.group(2), roles, honorifics);
                name = name != null && pagesOwn(name, author, publisher) ? "" : name;
                boolean figure = m == opening && LineCredits.FIGURE_NEXT.matcher(line).region(opening.end() - 1, line.length()).lookingAt();
                if (pass == 0 && m != null && name != null && !name.isEmpty() && !figure) {
                    String key = surname(name);
                    String full = fullNames.get(key);
                    if (full == null || name.split("\\s+").length > full.split("\\s+").length) {
                        fullNames.put(key, name);
                    }
                    count.merge(key, 1, Integer::sum);
                    ownWithAside += m == own && !m.group(2).isBlank() ? 1 : 0;
                    ownWithout += m == own && m.group(2).isBlank() ? 1 : 0;
                }
                if (pass == 1 && ownOnly && m == opening) {
                    m = null;
                }
                if (pass == 1 && m != null && name != null && !name.isEmpty() && (!figure || fullNames.containsKey(surname(name)))) {
                    turns.add(new LineMarks.Mark(s, surname(name)));
                } else if (pass == 1 && (m != null && name != null && !figure || RULE.matcher(line.strip()).matches() && !turns.isEmpty())) {
                    turns.add(new LineMarks.Mark(s, null));   // a role that names no one, a rule: no one's turn
                }
                blankBefore = line.isBlank();
                s = e + 1;
            }
            if (pass == 0) {
                boolean recurs = count.values().stream().anyMatch(n -> n > 1);
                // no speaker speaks twice: a debate's speakers each on a line of their own with their seat or party
                ownOnly = !recurs && ownWithAside >= 2 && ownWithout == 0;
                if (count.size() < 2 || !recurs && !ownOnly) {
                    SpeakerTurns asked = interview(body, author);
                    return asked != NONE || byWords.isEmpty() ? asked : signedParts(body, byWords, author, publisher);
                }
            }
        }
        List<LineMarks.Mark> named = new ArrayList<>();
        for (LineMarks.Mark t : turns) {
            named.add(new LineMarks.Mark(t.start(), t.label() == null ? null : fullName(body, fullNames.get(t.label()), t.start())));
        }
        return new SpeakerTurns(new LineMarks(named));
    }

    /** Whether {@code line} holds no 0-9: no part of {@link #SPEAKER_LINE} matches one (\\p{L}, \\s and its asides' [^()\\n\\d] exclude them). */
    private static boolean noAsciiDigit(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= '0' && c <= '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Who a label names: "The Minister for Trade (Jane Roe)" or "HOST (Tom Kessler)" the person who holds the role,
     * else the name itself without its title, in title case when written in capitals; "" for a role that names no one,
     * null for no speaker at all (a list of words with commas, naming no person).
     */
    private static String speaker(String name, String asides, Set<String> roles, Set<String> honorifics) {
        boolean role = name.startsWith("The ") || roles.contains(name.toLowerCase(Locale.ROOT));
        if (role) {
            Matcher a = ASIDE.matcher(asides);
            while (a.find()) {
                String inside = a.group(1).strip();
                if (PERSON.matcher(inside).matches()) {
                    return plain(inside, honorifics);
                }
            }
            return name.contains(",") ? null : name.startsWith("The ") ? name : "";
        }
        return name.contains(",") ? null : plain(name, honorifics);
    }

    /** Whether a speaker's label names the page's author (her surname) or its publisher (its name or initials). */
    private static boolean pagesOwn(String name, String author, String publisher) {
        String key = surname(name);
        if (author != null && Arrays.stream(author.toLowerCase(Locale.ROOT).split("[^\\p{L}'’-]+")).anyMatch(key::equals)) {
            return true;
        }
        if (publisher == null || publisher.isBlank()) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        for (String w : publisher.split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                initials.append(w.charAt(0));
            }
        }
        return name.equalsIgnoreCase(publisher.strip()) || name.length() > 1 && name.equalsIgnoreCase(initials.toString());
    }

    /** "DR. JANE ROE" as "Jane Roe", "Mr Tom Kessler" as "Tom Kessler". */
    private static String plain(String name, Set<String> honorifics) {
        String[] words = name.split("\\s+");
        int from = 0;
        while (from < words.length - 1 && honorifics.contains(words[from].toLowerCase(Locale.ROOT).replace(".", ""))) {
            from++;
        }
        String rest = String.join(" ", Arrays.copyOfRange(words, from, words.length));
        return rest.equals(rest.toUpperCase(Locale.ROOT)) && rest.length() > 3 ? Speakers.titleCase(rest) : rest;
    }

    /** "Jane Roe" for a speaker labelled "Jane" or "Roe" alone, when the text names her so before {@code before}; else the name. */
    private static String fullName(String body, String name, int before) {
        if (name.indexOf(' ') >= 0) {
            return name;
        }
        Matcher m = TWO_NAMES.matcher(body).region(0, before);
        while (m.find()) {
            if (m.group(1).equalsIgnoreCase(name) || m.group(2).equalsIgnoreCase(name)) {
                return m.group();
            }
        }
        return name;
    }

    private static String surname(String name) {
        return name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    }

    /** The speaker whose turn holds {@code at}, or null (no transcript, or before the first turn). */
    String speakerAt(int at) {
        return turns.labelAt(at);
    }
}
