package org.sourcebook.extract;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sourcebook.extract.Attribution.Credit;

/** Reads the credits of list and table lines: a table's source column, a line's label, its lead-in or caption, the source note under it. */
final class LineCredits {
    static final Pattern ITEM = Pattern.compile("^\\s*(?:[-*•–—]\\s|\\||\\d{1,2}[.)]\\s|[\\p{L}][\\p{L} ,'’()-]{0,40}:\\s*[~≈<>+]?\\s*\\d)");
    /** "- **Human Rights Watch.** ", "**Memorial:** ": a bold label opening a line, its mark inside or after the bold. */
    private static final Pattern BOLD_LABEL = Pattern.compile("[ \\t]*(?:[-*•]\\s+|\\d{1,2}[.)]\\s+)?\\*\\*([^*\\n]{2,80}?)\\s*[.:]?\\*\\*\\s*[.:]?\\s");
    private static final Pattern PAREN_ASIDE = Pattern.compile("\\s*\\([^()]{1,40}\\)\\s*");
    private static final Pattern YEAR_IN_PARENS = Pattern.compile("\\((?:[^()]*\\D)?(?:1[89]|20)\\d\\d(?:\\D[^()]*)?\\)");
    /** After a name in a label: a work's title and a note in parentheses (", Black Book (1999)", " (official figure)"). */
    /** After a name in a label: the year of its count (" in 1992", ", 1993"). */
    private static final Pattern LABEL_YEAR = Pattern.compile("\\s*(?:,\\s*|\\s+in\\s+)(?:1[89]|20)\\d\\d\\s*");
    private static final Pattern LABEL_ASIDE = Pattern.compile("\\s*(?:,[^,:;()\\d]{1,60})?\\s*(?:\\([^()]{1,40}\\))?\\s*");
    private static final Pattern SENTENCE_STOP = Pattern.compile("[.!?][\"”’')\\]]*\\s+(?=\\p{Lu})");
    /** A column's header that classifies its rows: "type of ", "kind of ", "category of ". */
    private static final Pattern CLASSIFYING_HEAD = Pattern.compile("(?:type|types|kind|kinds|category|categories|class|level|form)\\s+of\\s");

    /**
     * A label that is only a body or its record, before a colon: "Azerbaijani figures: 580 killed",
     * "Amnesty International (2005): 300 killed", "Jane Roe, Open Wounds (2010): 90 dead" (a name
     * that says nothing of what is counted, with a work's title or a note in parentheses after it).
     */
    /** The rest of a name that lists: ", Hostages and Missing Persons". */
    private static final Pattern LISTED_TAIL = Pattern.compile(
            ",\\s+\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)*(?:,\\s+\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)*)*,?\\s+(?:and|&)\\s+\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)*");

    /**
     * After a label: its colon and then the figure at once ("HRW: 172+ dead"), quoted or after a bound of at most three
     * small words ("Memorial (Moscow): \"over 200\" bodies", "HRW: at least 172"), not a sentence ("GUEST: Something like ...").
     */
    static final Pattern FIGURE_NEXT = Pattern.compile("\\s*:?\\s*[\"“«']?\\s*(?:\\p{Ll}+(?: \\p{Ll}+){0,2} )?[~≈<>+]?\\s*\\d");

    private final Attribution a;

    LineCredits(Attribution a) {
        this.a = a;
    }

    /**
     * A table row whose figure at {@code at} has, in a later cell, who gave it: the column's header is a
     * credit frame ("Given by", "Reported by", "Source"). The cell as written, without a bracketed note
     * ("Human Rights Watch (1992)" gives "Human Rights Watch"); empty when the row is no such table's. A figure in a
     * {@code note} (words of its cell before it) takes only a credit column after its own.
     */
    Optional<String> tableColumnCredit(String text, int at, boolean note) {
        int ls = Text.lineStart(text, at, 2000);
        int le = text.indexOf('\n', at);
        String row = text.substring(ls, le < 0 ? text.length() : le);
        if (!row.stripLeading().startsWith("|")) {
            return Optional.empty();
        }
        String header = null;
        for (int pos = ls; pos > 0; ) {
            int prevStart = Text.lineStart(text, pos - 1, 2000);
            String prev = text.substring(prevStart, pos - 1).strip();
            if (!prev.startsWith("|")) {
                break;
            }
            header = prev;
            pos = prevStart;
        }
        if (header == null) {
            return Optional.empty();
        }
        String[] heads = header.split("\\|", -1);
        String[] cells = row.split("\\|", -1);
        int col = 0;
        for (int k = 0, off = ls; k < cells.length; off += cells[k].length() + 1, k++) {
            if (at >= off && at < off + cells[k].length()) {
                col = k;
            }
        }
        for (int k = col + 1; k < cells.length && k < heads.length; k++) {
            Optional<String> name = creditCell(heads[k], cells[k]);
            if (name != null) {
                return name;
            }
        }
        // "| Memorial | >200 |" under "| Source | Killed |": a credit column before the figure's (for a note, only the row's
        // label: "| Memorial | >200 | also 90 missing |")
        for (int k = 1; k < (note ? Math.min(col, 2) : col) && k < heads.length; k++) {
            Optional<String> name = creditCell(heads[k], cells[k]);
            if (name != null) {
                return name;
            }
        }
        if (note) {
            return Optional.empty();
        }
        // "| Killed | 580 | 172 |" under "| | Government | Human Rights Watch |": a column headed by a body's name alone
        int[] head = TableCells.headerOfColumn(text, at);
        if (head != null && col > 1) {
            Credit c = label(text, Text.lower(text), head[0], head[1]);
            if (c != null) {
                return Optional.of(c.name());
            }
        }
        // "| Human Rights Watch | 172 |" under "| | Killed |": a row labelled with a body's name alone
        if (col > 1 && heads[1].isBlank()) {
            int from = ls + cells[0].length() + 1;
            Credit c = label(text, Text.lower(text), from, from + cells[1].length());
            if (c != null) {
                return Optional.of(c.name());
            }
        }
        return Optional.empty();
    }

    /**
     * The body named in a cell whose column's header is a credit frame, without a bracketed note or a
     * work's title after a comma ("Jane Roe, *Open Wounds*" gives "Jane Roe"); null when the header is no credit frame.
     */
    private Optional<String> creditCell(String headCell, String cell) {
        // "Source (year)", "Reporting body": a frame or a body's generic noun, without a bracketed note
        String written = headCell.replaceAll("\\([^)]*\\)", "").strip();
        String head = Text.lower(written);
        head = head.endsWith(":") ? head.substring(0, head.length() - 1).strip() : head;
        String last = head.substring(head.lastIndexOf(' ') + 1);
        // "Reporting body" is a column's label; "Memorial Centre" is a body's name, not a label
        boolean label = a.generic.contains(last) && written.indexOf(' ') < 0 || a.generic.contains(last)
                && written.substring(written.indexOf(' ')).equals(Text.lower(written.substring(written.indexOf(' '))));
        if (CLASSIFYING_HEAD.matcher(head).lookingAt()) {
            return null;   // "Type of body", "Kind of source": the column classifies its rows, it credits none
        }
        if (head.isEmpty() || !a.before.contains(head) && !a.notes.contains(head + ":") && !label && !a.creditHeaders.contains(head)) {
            return null;
        }
        String name = cell.replaceAll("\\s*\\([^)]*\\)\\s*$", "").replaceAll(",\\s*[*_“\"].*$", "").strip();
        if (!name.isEmpty() && name.codePoints().noneMatch(Character::isLetter)) {
            return null;   // "| 580 |" under "| Parliamentary commission |": a column of figures, its header the body
        }
        if (!name.isEmpty() && namesWhatIsCounted(name)) {
            return null;   // "| Women | 98 |", "| Total | 580 |" under "| Group | Killed |": the rows are what is counted, no bodies
        }
        return name.isEmpty() ? Optional.empty() : Optional.of(name);
    }

    /** Whether every word of {@code name} is a cue word, a people noun or a label word ("Women", "Elderly people", "Total"). */
    private boolean namesWhatIsCounted(String name) {
        for (String w : Text.lower(name).split("[^\\p{L}'’-]+")) {
            if (!w.isEmpty() && !a.cueWords.contains(w) && !a.bodies.labelWord(w) && !w.equals("all") && !w.equals("and") && !w.equals("of")
                    && !w.equals("the")) {
                return false;
            }
        }
        return true;
    }

    /** A list or table line: the credit of its lead-in ("According to the ministry:") or its table's caption. */
    Credit leadIn(String text, PhraseHits hits, int sentenceStart) {
        int ls = Text.lineStart(text, sentenceStart, 2000);
        int le = text.indexOf('\n', sentenceStart);
        String line = text.substring(ls, le < 0 ? text.length() : le);
        boolean item = ITEM.matcher(line).lookingAt();   // ITEM opens with '^': found at the line's start or nowhere
        boolean table = line.strip().startsWith("|");
        int pos = ls;
        int blanks = 0;
        for (int n = 0; n < 200 && pos > 0; n++) {
            int prevEnd = pos - 1;
            int prevStart = Text.lineStart(text, prevEnd, 2000);
            String prev = text.substring(prevStart, prevEnd).strip();
            pos = prevStart;
            if (prev.isEmpty()) {
                if (++blanks > 1) {
                    return null;
                }
                continue;
            }
            // a table's rows above its row; a numbered paragraph over a table is its lead-in, not a row ("4. ... set out below.")
            if (item && ITEM.matcher(prev).lookingAt() && (!table || prev.startsWith("|"))) {
                blanks = 0;
                continue;
            }
            String bare = Attribution.stripEnd(prev, "*_ \t");
            // a list or table under its lead-in or heading; or any line right under a line ending in ":"
            boolean heading = prev.startsWith("#");
            if (!bare.endsWith(":") && (!item || !table && !heading && a.leadWords.stream().noneMatch(w -> Text.find(Text.norm(bare), w, 0, bare.length()) >= 0))) {
                return null;
            }
            int from = prevStart;
            Matcher stop = SENTENCE_STOP.matcher(text);
            stop.region(prevStart, prevEnd);
            while (stop.find()) {
                from = stop.end();   // the lead-in is the line's last sentence
            }
            List<Credit> cs = a.credits(text, hits, from, prevEnd, from, true);
            if (cs.isEmpty() && bare.endsWith(":")) {
                Credit l = label(text, hits.lower(), from + prev.indexOf(prev.strip()) , from + text.substring(from, prevEnd).lastIndexOf(':'));
                if (l != null) {
                    return l;   // "Azerbaijani figures:" over a list
                }
            }
            if (cs.isEmpty() && table) {
                Credit caption = captionName(text, hits.lower(), from, prevEnd);
                return caption != null ? caption : captionRecord(text, hits.lower(), from, prevEnd);
            }
            return cs.isEmpty() ? null : cs.get(cs.size() - 1);
        }
        return null;
    }

    Credit label(String text, String lower, int from, int to) {
        while (from < to && !Character.isLetterOrDigit(text.charAt(from))) {
            if (text.charAt(from) == '[') {
                return null;   // "[GRAPHIC ON SCREEN: 410 KILLED]", "[CAPTION: ...]": a broadcast's own direction, no body
            }
            from++;   // "- ", "▪️ ": a list's mark
        }
        Optional<BodyPhrase.Phrase> p = a.bodies.after(text, lower, from, to, from);
        if (p.isEmpty() || a.bodies.labelWord(Text.lower(p.get().name())) || a.records.vagueRecord(text, p.get())) {
            return null;   // "**Spokesperson:** ...": a role that labels a turn (of the publisher's own briefing), no body; "Key figures:"
        }
        String[] words = p.get().name().split("\\s+");
        if (words.length > 1 && a.bodies.labelWord(Text.lower(words[0])) && Arrays.stream(words).skip(1).anyMatch(w -> !w.isEmpty() && Character.isLowerCase(w.charAt(0)))) {
            return null;   // "**Background for the teacher.**", "**Notes for editors:**": a section's label, no body's name
        }
        String rest = lower.substring(p.get().end(), to);
        Matcher listed = LISTED_TAIL.matcher(text);
        listed.region(p.get().end(), to);
        if (a.bodies.isName(text, p.get()) && listed.lookingAt()) {
            // "State Commission on Prisoners of War, Hostages and Missing Persons (from 1994): 580 dead": a name that lists
            String whole = text.substring(p.get().start(), listed.end());
            rest = lower.substring(listed.end(), to);
            return rest.isBlank() || PAREN_ASIDE.matcher(rest).matches() ? new Credit(p.get().start(), whole) : null;
        }
        // "Memorial (1992)": one name with the year of its work
        boolean yearAfter = LABEL_YEAR.matcher(rest).matches();   // "HRW in 1992: at least 172 dead"
        boolean dated = yearAfter || YEAR_IN_PARENS.matcher(rest).find();
        // "Memorial: 200+ bodies reached Aghdam": one name will do when the figure follows its colon at once
        boolean figureNext = FIGURE_NEXT.matcher(text).region(to, text.length()).lookingAt();
        boolean named = a.bodies.labels(text, p.get()) || a.bodies.namesNothingCounted(text, p.get(), a.cueWords, dated || figureNext ? 1 : 2)
                || a.bodies.namesABody(text, p.get()) || a.bodies.initialism(text, p.get(), a.cueWords) && FIGURE_NEXT.matcher(text).region(to, text.length()).lookingAt();
        return named && (rest.isBlank() || yearAfter || PAREN_ASIDE.matcher(rest).matches() || a.bodies.isName(text, p.get()) && LABEL_ASIDE.matcher(rest).matches())
                ? new Credit(p.get().start(), p.get()) : null;
    }

    /**
     * "- **Government of Azerbaijan.** The official figure is 580 ...": a line (a list item or a paragraph)
     * that opens with a bold label naming a body is that body's account, every sentence of it.
     */
    Credit boldLabel(String text, String lower, int sentenceStart) {
        int ls = Text.lineStart(text, sentenceStart, 4000);
        Matcher m = BOLD_LABEL.matcher(text);
        m.region(ls, Math.min(text.length(), ls + 200));
        if (!m.lookingAt()) {
            return null;
        }
        return label(text, lower, m.start(1), m.end(1));
    }

    /** A table's caption whose last part is a body's record: "Table 2. Victims by category, State Commission data". */
    private Credit captionRecord(String text, String lower, int from, int to) {
        int e = to;
        while (e > from && ".:;* \t".indexOf(text.charAt(e - 1)) >= 0) {
            e--;
        }
        int comma = lower.lastIndexOf(',', e - 1);
        if (comma < from) {
            return null;
        }
        int s = comma + 1;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        Optional<BodyPhrase.Phrase> p = a.bodies.after(text, lower, s, e, s);
        return p.isPresent() && p.get().start() == s && lower.substring(p.get().end(), e).isBlank() && a.bodies.labels(text, p.get())
                ? new Credit(s, p.get()) : null;
    }

    /** A table's caption that names its source in parentheses: "Table 1. Losses (Regional Health Department)". */
    private Credit captionName(String text, String lower, int from, int to) {
        int close = lower.lastIndexOf(')', to - 1);
        int open = close < 0 ? -1 : lower.lastIndexOf('(', close);
        if (open < from) {
            return null;
        }
        Optional<BodyPhrase.Phrase> p = a.bodies.after(text, lower, open + 1, close, open + 1);
        return p.isPresent() && lower.substring(p.get().end(), close).isBlank() && !p.get().name().equals(Text.norm(p.get().name()))
                ? new Credit(open, p.get()) : null;
    }

    /** A list or table line: the credit of the note under the list ("Source: State Statistics Committee"). */
    Credit sourceNote(String text, PhraseHits hits, int sentenceStart) {
        int ls = Text.lineStart(text, sentenceStart, 2000);
        int le = text.indexOf('\n', sentenceStart);
        if (le < 0 || !ITEM.matcher(text).region(ls, le).lookingAt()) {   // ITEM opens with '^': found at the line's start or nowhere
            return null;
        }
        int pos = le + 1;
        int blanks = 0;
        for (int n = 0; n < 200 && pos < text.length(); n++) {
            int end = text.indexOf('\n', pos);
            end = end < 0 ? text.length() : end;
            String line = text.substring(pos, end).strip();
            int start = pos;
            pos = end + 1;
            if (line.isEmpty()) {
                if (++blanks > 1) {
                    return null;
                }
                continue;
            }
            if (ITEM.matcher(line).lookingAt()) {
                blanks = 0;
                continue;
            }
            int k = 0;
            while (k < line.length() && "*_([ \t".indexOf(line.charAt(k)) >= 0) {
                k++;
            }
            String lead = Text.norm(line.substring(k));
            if (a.notes.stream().noneMatch(lead::startsWith)) {
                if (a.asideNotes.stream().anyMatch(lead::startsWith)) {
                    blanks = 0;
                    continue;   // "Note: refugees include ...": a note between the table and its source line
                }
                return null;
            }
            List<Credit> cs = a.credits(text, hits, start, end, start, true);
            return cs.isEmpty() ? null : cs.get(0);
        }
        return null;
    }
}
