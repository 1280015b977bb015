package org.sourcebook.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads labels, fact-sheet lines and table cells: the label or column header that names what a figure counts. */
final class LabelLines extends SentencePart {
    /** Between two figures of one label: the first one's credit in parentheses or after a dash, then a list mark. */
    private static final Pattern CREDITED_NEXT = Pattern.compile("^\\s*(?:\\([^()\\n]{1,80}\\)|[—–]\\s+[^\\d;,()\\n—–]{1,60}?)\\s*(?:[;,]|,?\\s*(?:and|or))\\s*$");
    /** A lead-in line that opens the parts of the total before it: "Among them:", "580 people, of whom:", "Including:". */
    private static final Pattern BREAKDOWN_LEAD = Pattern.compile("(?:^|[^\\p{L}])(?:among (?:them|these|those|whom)|of (?:them|these|those|whom)|including|incl\\.?|they included|these included)\\W*:$");
    /** "; the wounded, ": after a semicolon, a short phrase and a comma before a figure whose verb is left out. */
    private static final Pattern GAPPED_LABEL = Pattern.compile("[^;]*;\\s*(?:the\\s+)?(\\p{Ll}[\\p{Ll} '’-]{1,40}?)\\s*,\\s*");
    /** A label and its mark before a figure on its line: "- Households with no survivors: ", "| Killed | ", "- schools – ", "> - Wounded: " (quoted), "Women ........ " (dot leaders). */
    // a label may hold an aside in brackets with figures of its own: "| of whom children (under 16) | 57 |", or an age
    // bound after "aged": "Persons aged over 60 ...... 37"
    // a post's or a slide's counter may open the line: "7/10 Families wiped out: 8"
    // labels may follow one another on a line, after a total or a part's marker: "numbered 410: children — 39, women — 77",
    // "Of them: children — 39, women — 77" (the marker is read as the label's, {@link #afterPartMarker}); after the figure
    // before it on its line, a list's separator may open the next pair: "Taken hostage: 340; still missing: 45",
    // "of whom children: 57 · women: 98"
    private static final Pattern LABEL = Pattern.compile("[\\s\\-*•·|>–—;,:]*(?:\\d{1,2}/\\d{1,2}\\s+)?((?:(?:of|among)\\s+(?:them|whom|which|these|those)\\s*[:,]\\s*)?\\p{L}(?:[^:|\\n\\d–—(]|\\([^()\\n:|]{0,40}\\)|(?<=\\baged\\s)(?:over|under|above|below)\\s+\\d{1,3}(?!\\d)){0,80}?)\\s*(?:[:|–—]|\\.{3,}|…+)\\s*");
    /** A fact sheet's line: a label of at most six words (a note in brackets, a mark), its colon or dot leaders, a figure. */
    private static final Pattern LABEL_LINE = Pattern.compile("[ \\t>]*\\p{L}[\\p{L}'’*-]*(?:[ \\t]+(?:\\([^()\\n]{1,30}\\)|[\\p{L}'’*-]+|\\d{1,3}(?=[ \\t]*(?::|\\.{3,}|…))(?<=aged[ \\t](?:over|under|above|below)[ \\t]\\d{1,3}))){0,5}[ \\t]*(?::|\\.{3,}|…+)[ \\t]*[~≈+]?\\d");
    /** The mark between the items of a list written on one line: " · ", " • ". */
    private static final Pattern INLINE_LIST_MARK = Pattern.compile("\\s[·•]\\s");
    private static final int[] NO_SPAN = new int[0];
    private static final Pattern OPENING_LABEL = Pattern.compile("[\\s*_#>-]*(?:\\d{1,2}/\\d{1,2}\\s+)?(\\p{L}[^:;\\d\\n.!?]{0,60}?):\\s");

    /** {@link #openingLabel}, read once per sentence (asked for by each fact a number may count); {@code NO_SPAN} for none. */
    private int[] openingLabel;

    LabelLines(SentenceReader r) {
        super(r);
    }

    /** The line right over this sentence's paragraph when it is a heading ("## Death toll") or bold alone ("**Death toll**"), or null. */
    int[] headingOver() {
        int[] bold = boldLineBefore();
        if (bold != null) {
            return bold;
        }
        int[] list = headingOverList();
        int para = lower.lastIndexOf("\n\n", sentence[0]);
        if (list != null || para < 0) {
            return list;
        }
        int e = para;
        while (e > 0 && Character.isWhitespace(lower.charAt(e - 1))) {
            e--;
        }
        int ps = lower.lastIndexOf('\n', Math.max(0, e - 1)) + 1;
        return e > ps && lower.charAt(ps) == '#' ? new int[] {ps, e} : null;
    }

    /**
     * "**Burned in the raid**" right over "- Schools: 9" and "- Clubs: 12", with no blank line between: the heading
     * line over the list whose line the sentence is (other lines of the list between), or null.
     */
    private int[] headingOverList() {
        int ls = lower.lastIndexOf('\n', Math.max(0, sentence[0] - 1)) + 1;
        if (ls < sentence[0] && !lower.substring(ls, sentence[0]).isBlank()
                || !SentenceReader.LIST_LINE.matcher(lower).region(ls, sentence[1]).lookingAt() && !labelLine(lower, ls, sentence[1])) {
            return null;
        }
        for (int end = ls - 1, n = 0; end > 0 && n < 50; n++) {
            int start = lower.lastIndexOf('\n', end - 1) + 1;
            String line = lower.substring(start, end).strip();
            if (line.isEmpty()) {
                return null;
            }
            boolean bold = line.length() > 4 && line.startsWith("**") && line.endsWith("**") && line.indexOf("**", 2) == line.length() - 2;
            if (bold || line.startsWith("#")) {
                return new int[] {start, end};
            }
            if (!SentenceReader.LIST_LINE.matcher(lower).region(start, end).lookingAt() && !labelLine(lower, start, end)) {
                // "Burned in the raid" over "- Schools: 9": a short line of words with no stop, a heading without its marks
                boolean plain = line.split("\\s+").length <= 8 && ".!?;,:".indexOf(line.charAt(line.length() - 1)) < 0
                        && line.chars().noneMatch(Character::isDigit) && !line.startsWith("|");
                return plain ? new int[] {start, end} : null;
            }
            end = start - 1;
        }
        return null;
    }

    /**
     * "Households left with no survivors: 11", "| Killed | 300–500 |": a figure with nothing after it that
     * follows a label on its line takes its noun from the label; the label is what is said of it.
     */
    void labelNoun(int idx) {
        NumberPhrase it = items.get(idx);
        if (!it.elided || it.unit != null) {
            return;
        }
        int from = idx > 0 ? Math.min(items.get(idx - 1).phraseEnd, it.qualStart) : sentence[0];
        int line = lower.lastIndexOf('\n', it.qualStart - 1) + 1;
        from = Math.max(from, line);
        int until = it.qualStart;
        int[] cell = from == line ? TableCells.labelCellBefore(lower, it.qualStart, Math.max(it.numEnd, it.phraseEnd), v.unitHeaders, v.unitCells) : null;
        if (cell != null) {
            from = cell[0];   // "| Persons wounded | persons | 90 |": the row's label, past its unit's cell
            until = cell[1] + 1;
        } else if (from == line) {
            from = TableCells.afterRowNumber(lower, line, it.qualStart);   // "| 1.1 | of whom women | 98 |"
        }
        Matcher m = LABEL.matcher(lower);
        m.region(from, until);
        if (idx == 0 && cell == null && !m.matches()) {
            // "Losses: killed — 410, wounded — 455": the first pair after the sentence's opening label and its colon
            int[] opening = openingLabel();
            int colon = opening == null ? -1 : lower.indexOf(':', opening[1]);
            if (colon >= from && colon < until && !LABEL.matcher(lower).region(colon + 1, until).matches()) {
                colon = -1;
            }
            m.region(colon >= from && colon < until ? colon + 1 : from, until);
        }
        if (!m.matches() && gappedLabel(idx, from)) {
            return;
        }
        if (!m.matches() && sameLabelAsPrevious(idx)) {
            return;
        }
        if (!m.matches() || !namesAFact(m.start(1), m.end(1)) && columnHeadNamesAFact(it)) {
            // "| Velin | 580 |" under "| Town | Killed |": the row's label places, the column's header counts
            columnHeadNoun(it);
            return;
        }
        int nounFrom = afterPartMarker(m.start(1), m.end(1));
        NumberPhrase probe = r.nounOf(it, nounFrom, m.end(1));
        if (probe.nounHits.isEmpty() && !probe.classHit) {
            // "Killed women: 98", "| Wounded children | 41 |": what is said of them first, then the noun
            int sp = lower.indexOf(' ', nounFrom);
            NumberPhrase after = sp > nounFrom && sp < m.end(1) ? r.nounOf(it, sp + 1, m.end(1)) : null;
            if (after != null && !after.nounHits.isEmpty() && saysOfAFact(nounFrom, sp)) {
                probe = after;
            }
        }
        it.nounHits.addAll(probe.nounHits);
        it.classHit = probe.classHit;
        labels.put(it, new int[] {m.start(1), m.end(1)});
    }

    /**
     * What a table row says of a figure in one of its later cells, beside the figure's own words: {lead, said}. A figure
     * alone in its cell under its row's label ("| Schools | 9 |" under "| Facility | Number burned |") keeps its label as
     * lead and takes its column's header as what is said of it; a figure among the words of a later cell, a row's note
     * ("| Wounded | 410 | ministry | another count says 450 |"), takes the row's label as its lead when it has none.
     * Either part is null where the row gives none.
     */
    int[][] rowWindows(NumberPhrase it, int[] lead) {
        int[] label = labels.get(it);
        if (label != null) {
            int[] head = columnHeads.contains(it) ? null : TableCells.columnHead(lower, it.qualStart, Math.max(it.numEnd, it.phraseEnd));
            return new int[][] {lead, head != null && head[0] != label[0] && saysOfAFact(head[0], head[1]) ? head : null};
        }
        if (lead != null) {
            return new int[][] {lead, null};
        }
        int[] row = TableCells.rowLabel(lower, it.qualStart);
        if (row == null || row[1] > it.qualStart || !namesAFact(row[0], row[1])
                || TableCells.columnHead(lower, it.qualStart, Math.max(it.numEnd, it.phraseEnd), false) != null) {
            return new int[][] {null, null};
        }
        int cell = lower.lastIndexOf('|', it.qualStart - 1);
        if (Text.indexOf(lower, ";", cell, it.qualStart) >= 0) {
            return new int[][] {null, null};   // "| Deaths | 172 (HRW); 590 (government) |": a cell that lists figures, each its own
        }
        return new int[][] {cell > row[1] && hasWordBefore(cell + 1, it.qualStart) || !it.nounHits.isEmpty() || it.classHit ? row : null, null};
    }

    private boolean hasWordBefore(int from, int to) {
        for (int k = from; k < to; k++) {
            if (Character.isLetter(lower.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /** Where a label's noun starts: after a part's marker that opens it ("| of whom children | 57 |", "- of them women: 98", "Of them, women: 98"). */
    private int afterPartMarker(int from, int to) {
        String of = Text.phraseStartingAt(lower, v.grammar.list("breakdown_of_previous"), from);
        int after = of == null ? -1 : lower.indexOf(of, from) + of.length();
        while (after > from && after < to && (lower.charAt(after) == ',' || lower.charAt(after) == ':' || Character.isWhitespace(lower.charAt(after)))) {
            after++;   // "Of them, children: 51": the comma after the marker
        }
        return after > from && after < to ? after : from;
    }

    /**
     * "Deaths: 580 (government); 485 (commission); 200+ (Memorial)": a figure that follows a labelled one
     * with only that one's credit in parentheses and a list mark between them is another figure for the
     * same label. Returns whether it took the label.
     */
    private boolean sameLabelAsPrevious(int idx) {
        if (idx == 0) {
            return false;
        }
        NumberPhrase prev = items.get(idx - 1);
        NumberPhrase it = items.get(idx);
        int[] label = labels.get(prev);
        if (label == null || prev.numEnd > it.qualStart || !CREDITED_NEXT.matcher(lower.substring(prev.numEnd, it.qualStart)).matches()) {
            return false;
        }
        it.nounHits.addAll(prev.nounHits);
        it.classHit = prev.classHit;
        labels.put(it, label);
        sharedLabels.add(it);
        return true;
    }

    /**
     * "| Memorial | 1992 | >200 | – |" under "| Source | Year | Killed | Wounded |": a figure alone in its table
     * cell takes its noun from its column's header, which is what is said of it; its quote is the figure alone.
     */
    private boolean columnHeadNamesAFact(NumberPhrase it) {
        int[] head = TableCells.columnHead(lower, it.qualStart, Math.max(it.numEnd, it.phraseEnd));
        return head != null && namesAFact(head[0], head[1]);
    }

    /**
     * "The dead numbered about 600; the wounded, nearly 500": after a semicolon, what a fact's words name and a comma
     * stand for the verb of the clause before, left out; the figure takes its noun and what is said from them.
     */
    private boolean gappedLabel(int idx, int from) {
        NumberPhrase it = items.get(idx);
        Matcher g = GAPPED_LABEL.matcher(lower).region(from, it.qualStart);
        if (idx == 0 || !g.matches() || !namesAFact(g.start(1), g.end(1))) {
            return false;
        }
        NumberPhrase probe = r.nounOf(it, g.start(1), g.end(1));
        it.nounHits.addAll(probe.nounHits);
        it.classHit = probe.classHit;
        labels.put(it, new int[] {g.start(1), g.end(1)});
        return true;
    }

    /**
     * "| Women | 98 | 40 |" under "| Group | Killed | Wounded |": a table whose rows are groups a fact's parts count
     * and whose columns are facts. A cell's figure is the part of its column's fact that its row names (killed.women
     * 98), no claim where that fact has no such part (the wounded women, 40: a breakdown without a sub-fact), and
     * the column's fact itself in a row of totals ("| Total | 580 | 410 |"). Returns whether the figure was read so.
     */
    boolean tableBreakdown(NumberPhrase it) {
        if (it.unit != null) {
            return false;   // "| Women | 98 | 23.9 |" under "| Group | Number | Share, % |": a share is no part of a count
        }
        int[] head = TableCells.columnHead(lower, it.qualStart, it.numEnd);
        if (head != null && columnPart(it, head)) {
            return true;
        }
        int[] row = head == null ? null : TableCells.rowLabel(lower, it.qualStart);
        if (row == null || row[1] > it.qualStart) {
            return false;
        }
        String rowText = lower.substring(row[0], row[1]).replaceAll("[*_]", "").strip();
        boolean total = v.grammar.list("total_labels").contains(rowText);
        NumberPhrase part = r.nounOf(it, row[0], row[1]);
        List<String> subs = part.nounHits.stream().filter(f -> v.schema.find(f).map(x -> x.parent() != null).orElse(false)).toList();
        if (!total && (subs.isEmpty() || saysOfAFact(row[0], row[1]))) {
            return false;   // "| Children who lost one parent | 130 |": a row that says what befell its group is a fact of its own
        }
        NumberPhrase column = r.nounOf(it, head[0], head[1]);
        List<FactCues> tops = hits.factsWithWords(v.cues).stream().filter(c -> c.parent() == null && c.measure() == null).toList();
        FactMatch m = r.fit.bestElsewhere(tops, column, List.of(new int[] {it.numEnd, it.numEnd}, head, new int[] {it.qualStart, it.qualStart}), false);
        int[] caption = m == null ? tableCaption() : null;
        if (caption != null) {
            // "Table 2. Civilians killed, by group" over "| Group | Number |": the caption names the columns' fact
            m = r.fit.bestElsewhere(tops, r.nounOf(it, it.numEnd, it.numEnd), List.of(new int[] {it.numEnd, it.numEnd}, caption,
                    new int[] {it.qualStart, it.qualStart}), false);
        }
        if (m == null) {
            return false;
        }
        String fact = m.cues().id();
        String attr = r.credits.attributionFor(it);
        if (total) {
            r.emit(it, fact, it.qualStart, it.numEnd, attr);
            return true;
        }
        for (String sub : subs) {
            if (v.schema.find(sub).map(x -> fact.equals(x.parent())).orElse(false)) {
                int start = lower.substring(row[1], it.qualStart).replaceAll("[|*_\\s]", "").isEmpty() ? row[0] : it.qualStart;
                r.emit(it, sub, start, it.numEnd, attr);
                return true;
            }
        }
        r.ignore(it, SentenceReader.NO_SUB_FACT);
        return true;
    }

    /**
     * "| Ministry | 402 | 51 | 88 |" under "| Source | Killed | Children | Women |", "| 402 | of whom children | ...":
     * a column headed by a part's noun alone, in a table with a column headed by the whole's fact, holds parts of it.
     * Returns whether the figure was read so (claimed as the part, or set aside where the fact has no such part).
     */
    private boolean columnPart(NumberPhrase it, int[] head) {
        if (saysOfAFact(head[0], head[1])) {
            return false;
        }
        NumberPhrase part = r.nounOf(it, afterPartMarker(head[0], head[1]), head[1]);
        List<String> subs = part.nounHits.stream().filter(f -> v.schema.find(f).map(x -> x.parent() != null).orElse(false)).toList();
        if (subs.isEmpty()) {
            return false;
        }
        int hs = head[0];
        int hl = lower.lastIndexOf('\n', Math.max(0, hs - 1)) + 1;
        int he = lower.indexOf('\n', hs);
        he = he < 0 ? lower.length() : he;
        List<FactCues> tops = hits.factsWithWords(v.cues).stream().filter(c -> c.parent() == null && c.measure() == null).toList();
        int cs = hl;
        while (cs < he) {
            int bar = lower.indexOf('|', cs);
            int ce = bar < 0 || bar > he ? he : bar;
            int[] span = {cs, ce};
            cs = ce + 1;
            if (lower.substring(span[0], span[1]).isBlank() || span[0] <= head[0] && span[1] >= head[1]) {
                continue;   // an empty cell, or the figure's own column
            }
            FactMatch m = r.fit.bestElsewhere(tops, r.nounOf(it, it.numEnd, it.numEnd), List.of(new int[] {it.numEnd, it.numEnd}, span,
                    new int[] {it.qualStart, it.qualStart}), false);
            if (m == null) {
                continue;
            }
            String attr = r.credits.attributionFor(it);
            for (String sub : subs) {
                if (v.schema.find(sub).map(x -> m.cues().id().equals(x.parent())).orElse(false)) {
                    r.emit(it, sub, it.qualStart, it.numEnd, attr);
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a word of some fact's cues (what is said of what it counts, not its noun) stands in [from, to). */
    private boolean saysOfAFact(int from, int to) {
        for (FactCues c : v.cues) {
            for (String p : hits.present(c.words())) {
                if (hits.find(p, from, to) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a noun or a word of some fact's cues stands in [from, to). */
    private boolean namesAFact(int from, int to) {
        for (FactCues c : v.cues) {
            for (List<String> phrases : List.of(c.nouns(), c.words())) {
                for (String p : phrases) {
                    if (hits.find(p, from, to) >= 0) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private void columnHeadNoun(NumberPhrase it) {
        int[] head = TableCells.columnHead(lower, it.qualStart, Math.max(it.numEnd, it.phraseEnd));
        if (head == null) {
            return;
        }
        if (!namesAFact(head[0], head[1])) {
            // "| Killed | 580 | 172 |" under "| | Government | Human Rights Watch |": the row's label counts
            int[] rowLabel = TableCells.rowLabel(lower, it.qualStart);
            if (rowLabel == null || !namesAFact(rowLabel[0], rowLabel[1])) {
                return;
            }
            head = rowLabel;
        }
        NumberPhrase probe = r.nounOf(it, head[0], head[1]);
        it.nounHits.addAll(probe.nounHits);
        it.classHit = probe.classHit;
        labels.put(it, head);
        columnHeads.add(it);
    }

    /**
     * The lead-in of the list the sentence is a line of: the first line above the list's lines, when
     * it ends with a colon ("Destroyed in the town:"); else null.
     */
    int[] leadInLine() {
        return leadInLine(lower, sentence);
    }

    static int[] leadInLine(String lower, int[] sentence) {
        int ls = lower.lastIndexOf('\n', Math.max(0, sentence[0] - 1)) + 1;
        if (ls < sentence[0] && !lower.substring(ls, sentence[0]).isBlank()
                || !SentenceReader.LIST_LINE.matcher(lower).region(ls, sentence[1]).lookingAt() && !inlineList(lower, ls) && !labelLine(lower, ls, sentence[1])) {
            return null;
        }
        int end = ls - 1;
        for (int n = 0; n < 50 && end > 0; n++) {
            int start = lower.lastIndexOf('\n', end - 1) + 1;
            String line = lower.substring(start, end).strip();
            if (!line.isEmpty() && !SentenceReader.LIST_LINE.matcher(lower).region(start, end).lookingAt() && !labelLine(lower, start, end)) {
                return line.endsWith(":") ? new int[] {start, end} : null;
            }
            end = start - 1;
        }
        return null;
    }

    /**
     * Whether the line at {@code start} is a fact sheet's line with no list mark: a short label, its colon or dot
     * leaders, and a figure ("Women: 98", "Children (under 18) ........ 57"); such lines under a lead-in are a list.
     */
    static boolean labelLine(String lower, int start, int end) {
        return LABEL_LINE.matcher(lower).region(start, end).lookingAt();
    }

    /** A table row's number in its first cell: "| 2.1 | ", "| 3 | ". */
    private static final Pattern ROW_NUMBER = Pattern.compile("[ \\t]*\\|[ \\t]*(\\d{1,3}(?:\\.\\d{1,3})*)\\.?[ \\t]*\\|");

    /**
     * Whether the sentence is a table row numbered as a part of a row above it: "| 2.2 | children | 44 |" under
     * "| 2 | Persons killed | 300 |" (with only rows numbered "2.x" between them): its figure is a part of that row's.
     */
    boolean subRow() {
        int ls = lower.lastIndexOf('\n', Math.max(0, sentence[0] - 1)) + 1;
        Matcher own = ROW_NUMBER.matcher(lower).region(ls, lower.length());
        if (!own.lookingAt() || own.group(1).indexOf('.') < 0) {
            return false;
        }
        String parent = own.group(1).substring(0, own.group(1).lastIndexOf('.'));
        for (int end = ls - 1, n = 0; end > 0 && n < 40; n++) {
            int start = lower.lastIndexOf('\n', end - 1) + 1;
            Matcher row = ROW_NUMBER.matcher(lower).region(start, end);
            if (!row.lookingAt()) {
                return false;
            }
            if (row.group(1).equals(parent)) {
                return true;
            }
            if (!row.group(1).startsWith(parent + ".")) {
                return false;
            }
            end = start - 1;
        }
        return false;
    }

    boolean underBreakdownLead() {
        return underBreakdownLead(lower, sentence);
    }

    /** Whether the sentence is a list line whose lead-in opens the parts of the total before it: "580 civilians. Among them:" over "- 57 children". */
    static boolean underBreakdownLead(String lower, int[] sentence) {
        int[] lead = leadInLine(lower, sentence);
        return lead != null && BREAKDOWN_LEAD.matcher(lower.substring(lead[0], lead[1]).strip()).find();
    }

    /**
     * The caption of the table the sentence is a row of: the line right above the table (a blank line
     * between them at most), when it is no table row itself and no longer than a caption; else null.
     */
    int[] tableCaption() {
        int ls = lower.lastIndexOf('\n', Math.max(0, sentence[0] - 1)) + 1;
        if (!lower.startsWith("|", ls)) {
            return null;
        }
        int end = ls - 1;
        boolean blank = false;
        for (int n = 0; n < 60 && end > 0; n++) {
            int start = lower.lastIndexOf('\n', end - 1) + 1;
            String line = lower.substring(start, end).strip();
            if (line.startsWith("|")) {
                if (blank) {
                    return null;
                }
            } else if (line.isEmpty()) {
                if (blank) {
                    return null;
                }
                blank = true;
            } else {
                return line.length() <= 160 ? new int[] {start, end} : null;
            }
            end = start - 1;
        }
        return null;
    }

    /** Whether the line at {@code ls} is a list written on one line, its items parted by dots: "14 schools · 21 clubs · 3 museums". */
    static boolean inlineList(String lower, int ls) {
        int le = lower.indexOf('\n', ls);
        int marks = 0;
        for (int i = ls; i < (le < 0 ? lower.length() : le) && marks < 2; i++) {
            char c = lower.charAt(i);
            if (c == '·' || c == '•') {
                marks++;   // each match of the pattern holds one of its own
            }
        }
        return marks >= 2 && inlineListPlain(lower, ls);
    }

    static boolean inlineListPlain(String lower, int ls) {
        int le = lower.indexOf('\n', ls);
        String line = lower.substring(ls, le < 0 ? lower.length() : le);
        return INLINE_LIST_MARK.matcher(line).results().count() >= 2;
    }

    /** The paragraph right before this sentence's, when it is one bold line ("**CRQ: Your book also covers what was lost.**"), or null. */
    int[] boldLineBefore() {
        int para = lower.lastIndexOf("\n\n", sentence[0]);
        if (para < 0) {
            return null;
        }
        int e = para;
        while (e > 0 && Character.isWhitespace(lower.charAt(e - 1))) {
            e--;
        }
        if (e == 0) {
            return null;   // only blank lines before the paragraph
        }
        int ps = lower.lastIndexOf('\n', e - 1) + 1;
        String line = lower.substring(ps, e).strip();
        return line.length() > 4 && line.startsWith("**") && line.endsWith("**") && line.indexOf("**", 2) == line.length() - 2 ? new int[] {ps, e} : null;
    }

    /**
     * Whether the sentence is the figure alone, but for its list mark, emphasis and an aside in brackets: "**402**",
     * "- 402 (official figure)", as a slide or a card under a heading gives it.
     */
    boolean bareFigure(NumberPhrase it) {
        if (!it.elided || it.records) {
            return false;
        }
        Matcher mark = SentenceReader.LIST_LINE.matcher(lower).region(sentence[0], it.qualStart);
        int from = mark.lookingAt() ? mark.end() : sentence[0];
        String rest = lower.substring(from, it.qualStart) + " " + lower.substring(it.numEnd, sentence[1]).replaceAll("\\([^()\\n]{0,60}\\)|\\[\\^?\\d{1,3}\\]", " ");
        return rest.chars().noneMatch(Character::isLetterOrDigit);
    }

    /** A line that holds a figure and nothing else but a bound, an aside in brackets and reference marks: "402 (official)[1]". */
    private static final Pattern FIGURE_ONLY_LINE = Pattern.compile("[ \\t>*_-]*[~≈<>]?\\s*\\d[\\d,. –-]*\\+?[*_]*\\s*(?:\\([^()\\n]{0,60}\\))?\\s*(?:\\[\\^?\\d{1,3}\\])*\\s*");
    /** A label on a line of its own: a few words, no figure, no full stop ("Deaths", "Civilians killed:"). */
    private static final Pattern LABEL_ALONE = Pattern.compile("[ \\t>*_#-]*\\p{L}[\\p{L}'’ ,()-]{0,50}?[*_]*\\s*:?\\s*");

    /**
     * The label on the line over a figure's own line, as an infobox or a definition list leaves them: "Deaths" over
     * "402 (official)[1]" and "140–200 (rights groups)[2]"; other figure lines between are passed over. Null when
     * the line above is no short label of its own.
     */
    int[] labelLineOver() {
        int ls = lower.lastIndexOf('\n', Math.max(0, sentence[0] - 1)) + 1;
        int le = lower.indexOf('\n', sentence[0]);
        if (!FIGURE_ONLY_LINE.matcher(lower).region(ls, le < 0 ? lower.length() : le).matches()) {
            return null;
        }
        for (int n = 0; n < 6 && ls > 0; n++) {
            int e = ls - 1;
            int s = lower.lastIndexOf('\n', Math.max(0, e - 1)) + 1;
            if (s >= e) {
                return null;   // a blank line: the figure's paragraph has no label over it
            }
            if (FIGURE_ONLY_LINE.matcher(lower).region(s, e).matches()) {
                ls = s;
                continue;
            }
            return LABEL_ALONE.matcher(lower).region(s, e).matches() && lower.substring(s, e).strip().split("\\s+").length <= 5 ? new int[] {s, e} : null;
        }
        return null;
    }

    /**
     * Whether {@code [from, to)} of {@code s}, past its trailing whitespace ({@code \s}), ends with a char of
     * {@link #TOTAL_LABEL}'s marks (":", "—", "–", ".", "…", "|"): a stretch that does not cannot match the pattern whole.
     */
    static boolean endsWithLabelMark(String s, int from, int to) {
        int k = to;
        while (k > from && " \t\n\013\f\r".indexOf(s.charAt(k - 1)) >= 0) {
            k--;
        }
        return k > from && ":—–.…|".indexOf(s.charAt(k - 1)) >= 0;
    }

    /** Whether the figure's label names a whole ({@code total_labels}): "Total: 580", "| Overall | 580 |", "In total .... 580". */
    boolean totalLabelled(NumberPhrase it) {
        Matcher after = TOTAL_AFTER.matcher(lower).region(it.numEnd, sentence[1]);
        if (it.nounHits.isEmpty() && after.lookingAt()) {
            return true;   // "402 in total", "402 in all", "402 altogether"
        }
        int[] label = labels.get(it);
        if (label == null) {
            int ls = lower.lastIndexOf('\n', Math.max(0, it.qualStart - 1)) + 1;
            if (!endsWithLabelMark(lower, Math.max(ls, sentence[0]), it.qualStart)) {
                return false;   // TOTAL_LABEL cannot match: it ends with a mark and whitespace only
            }
            Matcher m = TOTAL_LABEL.matcher(lower).region(Math.max(ls, sentence[0]), it.qualStart);
            return m.matches() && v.grammar.list("total_labels").contains(m.group(1).strip());
        }
        return v.grammar.list("total_labels").contains(lower.substring(label[0], label[1]).replaceAll("[*_]", "").strip());
    }

    /** The quote of a total's figure: its label and the figure ("Total: 402"), or the figure and its words ("402 in all"). */
    int[] totalQuote(NumberPhrase it) {
        Matcher after = TOTAL_AFTER.matcher(lower).region(it.numEnd, sentence[1]);
        int end = it.nounHits.isEmpty() && after.lookingAt() ? after.end() : it.numEnd;
        return new int[] {labels.containsKey(it) ? labels.get(it)[0] : it.qualStart, end};
    }

    /** Right after a figure, words that make it the whole: "402 in total", "in all", "altogether", "all told". */
    private static final Pattern TOTAL_AFTER = Pattern.compile("\\s+(?:(?:people|persons|victims|dead|killed)\\s+)?(?:in total|in all|altogether|all told|overall)\\b");

    /** A line's label and its mark right before a figure: "- Total: ", "**Overall** — ". */
    static final Pattern TOTAL_LABEL = Pattern.compile("[\\s\\-*•·|>_]*([\\p{L} ]{2,20}?)[\\s*_]*(?::|—|–|\\.{3,}|…+|\\|)\\s*");

    /** Whether the sentence is the number's phrase alone: no other word before or after it. */
    boolean fragment(NumberPhrase it) {
        // the mark of a numbered list line is no word of it: "2. 98 women", "3️⃣ 66 elderly"
        Matcher mark = SentenceReader.LIST_LINE.matcher(lower).region(sentence[0], it.qualStart);
        int from = mark.lookingAt() ? mark.end() : sentence[0];
        Matcher and = LAST_ITEM_OPENER.matcher(lower).region(from, it.qualStart);
        if (and.lookingAt()) {
            from = and.end();   // "4️⃣ and 52 old people.": the last item of a list carried over lines
        }
        int end = Math.max(it.phraseEnd, it.nounEnd);
        Matcher pair = COORDINATED_NOUN.matcher(lower).region(end, sentence[1]);
        if (pair.lookingAt()) {
            // "30 grandmas and grandpas", "12 mothers and grandmothers": a second noun of the same part, joined to the first
            NumberPhrase second = r.nounOf(it, pair.start(1), pair.end(1));
            if (!second.nounHits.isEmpty() && it.nounHits.containsAll(second.nounHits)) {
                end = pair.end(1);   // not "30 women and children": one count of two parts, neither's
            }
        }
        String rest = lower.substring(from, it.qualStart) + " " + lower.substring(end, sentence[1]);
        return rest.chars().noneMatch(Character::isLetterOrDigit);
    }

    /** "and ", "plus ": the conjunction that opens the last item of a list when each item has a line of its own. */
    private static final Pattern LAST_ITEM_OPENER = Pattern.compile("[\\s,–—-]*(?:and|plus|&)\\s+");

    /** " and grandpas", " or women": a second noun joined to a figure's noun, with nothing said after it. */
    private static final Pattern COORDINATED_NOUN = Pattern.compile("\\s+(?:and|or|&)\\s+([\\p{L}'’-]+(?:\\s+[\\p{L}'’-]+)?)(?=[\\s.!?…]*$|\\s*[^\\p{L}\\p{N}\\s])");

    /**
     * "Killed: 580. Women: 98.": a sentence that is only a short label naming what its figure counts, and the
     * figure ("Women: 98", "- Children — 57"), is a fragment like "45 children." is.
     */
    boolean labelledFragment(NumberPhrase it) {
        int[] label = labels.get(it);
        if (label == null || sharedLabels.contains(it) || columnHeads.contains(it) || it.nounHits.isEmpty()) {
            return false;
        }
        String name = lower.substring(label[0], label[1]).strip();
        String rest = lower.substring(sentence[0], label[0]) + " " + lower.substring(label[1], it.qualStart)
                + " " + lower.substring(Math.max(it.phraseEnd, it.numEnd), sentence[1]);
        return name.split("\\s+").length <= 2 && rest.replaceAll("\\d{1,2}/\\d{1,2}", " ").chars().noneMatch(Character::isLetterOrDigit);
    }

    /** "The town remembered: 300 killed": a verb right after the figure, which its quote keeps instead of the label. */
    boolean ownVerb(NumberPhrase it) {
        Matcher next = SentenceReader.WORD.matcher(lower);
        next.region(it.numEnd, sentence[1]);
        return next.find() && lower.substring(it.numEnd, next.start()).isBlank() && v.predicateWords.contains(next.group());
    }

    /**
     * "The town itself: ..." — a short label (at most six words, no figure) that opens the sentence and ends
     * with a colon: its span, or null.
     */
    int[] openingLabel() {
        if (openingLabel == null) {
            int[] label = openingLabelPlain();
            openingLabel = label == null ? NO_SPAN : label;
        }
        return openingLabel == NO_SPAN ? null : openingLabel;
    }

    private int[] openingLabelPlain() {
        Matcher m = OPENING_LABEL.matcher(lower);
        m.region(sentence[0], sentence[1]);
        if (!m.lookingAt()) {
            return null;
        }
        Matcher w = SentenceReader.WORD.matcher(lower);
        w.region(m.start(1), m.end(1));
        int words = 0;
        while (w.find()) {
            words++;
        }
        return words <= 6 ? new int[] {m.start(1), m.end(1)} : null;
    }
}
