package org.sourcebook.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The turns of a transcript whose speakers are named on lines of their own ("Mr Jane Roe (Leeds
 * North) (Lab)" above what she said): a figure in a turn is its speaker's, as one after "Jane Roe:"
 * on the same line is, unless the turn credits it to someone else. A page is a transcript only when
 * at least two speakers take turns and one of them speaks more than once, so that headings above
 * their paragraphs are never read as speakers.
 */
final class SpeakerTurns {
    private static final String WORD = "\\p{Lu}[\\p{L}.'’-]*";
    private static final String JOIN = "(?:of|for|the|and|on|de|van|von|da|al|el|bin)";
    /** A name of capitalized words, then asides in parentheses (seat, party, the person holding a role). */
    private static final Pattern SPEAKER_LINE = Pattern.compile(
            "^[*_]*(" + WORD + "(?:\\s+(?:" + WORD + "|" + JOIN + ")){0,6})[*_]*((?:\\s*\\([^()\\n\\d]{1,60}\\))*)\\s*:?[*_]*\\s*$");
    private static final Pattern ASIDE = Pattern.compile("\\(([^()]+)\\)");
    private static final Pattern PERSON = Pattern.compile(WORD + "(?:\\s+" + WORD + ")+");
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
        List<LineMarks.Mark> turns = new ArrayList<>();
        Map<String, String> fullNames = new HashMap<>();
        Map<String, Integer> count = new HashMap<>();
        boolean blankBefore = true;
        int s = 0;
        while (s < body.length()) {
            int nl = body.indexOf('\n', s);
            int e = nl < 0 ? body.length() : nl;
            String line = body.substring(s, e);
            int next = nl < 0 ? -1 : body.indexOf('\n', e + 1);
            String nextLine = nl < 0 ? "" : body.substring(e + 1, next < 0 ? body.length() : next);
            Matcher m = SPEAKER_LINE.matcher(line.strip());
            if (blankBefore && !nextLine.isBlank() && m.matches()) {
                String name = speaker(m.group(1).strip(), m.group(2));
                String key = surname(name);
                String full = fullNames.get(key);
                if (full == null || name.split("\\s+").length > full.split("\\s+").length) {
                    fullNames.put(key, name);
                }
                count.merge(key, 1, Integer::sum);
                turns.add(new LineMarks.Mark(s, key));
            }
            blankBefore = line.isBlank();
            s = e + 1;
        }
        boolean recurs = count.values().stream().anyMatch(n -> n > 1);
        if (count.size() < 2 || !recurs) {
            return interview(body, author);
        }
        List<LineMarks.Mark> named = new ArrayList<>();
        for (LineMarks.Mark t : turns) {
            named.add(new LineMarks.Mark(t.start(), fullNames.get(t.label())));
        }
        return new SpeakerTurns(new LineMarks(named));
    }

    /** "The Minister for Trade (Jane Roe)": the person who holds the role; else the name itself. */
    private static String speaker(String name, String asides) {
        if (name.startsWith("The ")) {
            Matcher a = ASIDE.matcher(asides);
            while (a.find()) {
                String inside = a.group(1).strip();
                if (PERSON.matcher(inside).matches()) {
                    return inside;
                }
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
