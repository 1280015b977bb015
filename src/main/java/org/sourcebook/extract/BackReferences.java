package org.sourcebook.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads figures that point back: answers to a question asked before, "put it at", "There are 150 of them", an auxiliary for a verb said before. */
final class BackReferences extends SentencePart {
    /** Right after a bare figure: the end of its clause, nothing said of it. */
    static final Pattern ENDS_AFTER = Pattern.compile("\\s*(?:[,.;:!?)”\"*]|$)");
    /** Right before a number: "of" ("my class of 28") or an option's letter ("c) 580", "(b) 44"). */
    private static final Pattern FRAMED_BEFORE = Pattern.compile("(?:\\bof|(?:^|\\s)\\(?[a-e]\\))\\s*$");
    private static final Pattern PRONOUN_HEAD = Pattern.compile("\\b(?:it|this|that|one of|the figure|the number|the total|the toll|figures|estimates|estimate|range|ranges|vary|varies)\\b");

    /** "There are ", "There were still ", "They number ": an opening that only says how many of something there are. */
    private static final Pattern THERE_ARE = Pattern.compile("[\\W&&[^\\n]]*(?:there\\s+(?:are|were|remain|remained)|they\\s+(?:number|numbered|are|were))(?:\\s+(?:still|now|only|just))?\\s*");

    BackReferences(SentenceReader r) {
        super(r);
    }

    /**
     * Whether what is said before a figure points back to the sentence before ("Officials put it at 580",
     * "the figure is 580"); a "that" after a verb of saying only opens what was said ("police said that 60,000
     * people marched").
     */
    boolean pointsBack(String head) {
        Matcher m = PRONOUN_HEAD.matcher(head);
        while (m.find()) {
            if (!m.group().equals("that") || !v.attribution.saysBefore(head, m.start())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "My husband is among the missing. There are 150 of them.", "The hostages were taken away. There were 1,140 of
     * them.": a sentence that opens by saying how many "of them" there are counts what the sentence before names.
     */
    boolean thereAreOfThem(NumberPhrase it) {
        return it.ofPrev && it.nounHits.isEmpty() && !it.classHit && items.indexOf(it) == 0
                && THERE_ARE.matcher(lower).region(sentence[0], it.qualStart).matches();
    }

    /** A note line's mark: "[6] ", "[^6]: ", "⁶ " at its start; group 1 or 2 is the note's number. */
    private static final Pattern NOTE_LINE = Pattern.compile("[ \\t>*-]*(?:\\[\\^?(\\d{1,3})\\]:?|\\^(\\d{1,3})[.:]?)\\s+");

    /**
     * A note's text goes on with the sentence that carries its mark: "[6] Some 15 countries by 2022, according to
     * the ministry." under "The massacre has been recognised by the parliaments of several countries.[6]". For a
     * sentence that opens a note line, the span of the sentence in the text above that carries the mark, else null.
     */
    int[] notedSentence() {
        int ls = lower.lastIndexOf('\n', Math.max(0, sentence[0] - 1)) + 1;
        Matcher note = NOTE_LINE.matcher(lower).region(ls, sentence[1]);
        if (!note.lookingAt() || note.end() < sentence[0] - 1 && !lower.substring(note.end(), sentence[0]).isBlank()) {
            return null;
        }
        String n = note.group(1) != null ? note.group(1) : note.group(2);
        for (String mark : new String[] {"[" + n + "]", "[^" + n + "]"}) {
            int at = lower.lastIndexOf(mark, ls - 1);
            while (at >= 0) {
                int lineStart = lower.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
                if (!NOTE_LINE.matcher(lower).region(lineStart, at + mark.length() + 1).lookingAt() || lineStart != at) {
                    int s = lineStart;
                    for (char end : new char[] {'.', '!', '?'}) {
                        int e = lower.lastIndexOf(end + " ", at - 1);
                        s = Math.max(s, e < 0 ? s : e + 2);
                    }
                    return s < at ? new int[] {s, at} : null;
                }
                at = lower.lastIndexOf(mark, at - 1);
            }
        }
        return null;
    }

    /** "How many were taken hostage? 900.": the sentence before, in the same paragraph, is a question this one answers. */
    boolean answers() {
        return previous != null && previous[1] <= sentence[0] && !lower.substring(previous[1], sentence[0]).contains("\n")
                && lower.substring(previous[0], previous[1]).stripTrailing().endsWith("?") || answersQuestionLine();
    }

    /**
     * "**How many were taken hostage?**" over "Some 900.": the sentence before is a question on a line of its
     * own (an FAQ's or an interview's question, bold or a heading) and this sentence opens the paragraph under it.
     */
    private boolean answersQuestionLine() {
        if (previous == null || previous[1] > sentence[0]) {
            return false;
        }
        String gap = lower.substring(previous[1], sentence[0]);
        int ls = lower.lastIndexOf('\n', Math.max(0, previous[0] - 1)) + 1;
        String question = lower.substring(previous[0], previous[1]).replaceAll("[*_\\s]+$", "");
        return gap.contains("\n") && !gap.contains("\n\n\n") && gap.chars().allMatch(ch -> Character.isWhitespace(ch) || ch == '*' || ch == '_')
                && question.endsWith("?") && lower.substring(ls, previous[0]).chars().allMatch(ch -> Character.isWhitespace(ch) || "*_#>".indexOf(ch) >= 0);
    }

    /**
     * Whether a figure stands bare, as an answer gives it: not "12 of our neighbours", "two were my classmates",
     * "my class of 28", nor a multiple choice's option ("c) 580").
     */
    boolean bareAnswer(NumberPhrase it) {
        if (!ENDS_AFTER.matcher(lower).region(it.numEnd, sentence[1]).lookingAt()) {
            return false;   // something is said of it: "12 of our neighbours", "two were my classmates", "eleven did not come back"
        }
        String before = lower.substring(Math.max(Text.lineStart(lower, it.qualStart, 200), it.qualStart - 12), it.qualStart);
        return !FRAMED_BEFORE.matcher(before).find();
    }

    /**
     * The question a sentence answers: one asked earlier in its own paragraph ("How many died? This is where
     * you have to be careful. The official number is 580."), or the paragraph right before it when that one
     * ends with a question (an interview's or a briefing's question turn). Null when there is none.
     */
    int[] questionAnswered() {
        int para = lower.lastIndexOf("\n\n", sentence[0]);
        para = para < 0 ? 0 : para + 2;
        int q = lower.lastIndexOf('?', sentence[0] - 1);
        int nl = lower.indexOf('\n', q + 1);
        if (q >= para && (nl < 0 || nl >= sentence[0])) {
            int s = para;
            for (char end : new char[] {'.', '!', '?', '\n'}) {
                s = Math.max(s, lower.lastIndexOf(end, q - 1) + 1);
            }
            return s < q ? new int[] {s, q + 1} : null;
        }
        if (para < 2 || q >= para && q >= 0) {
            return null;   // a question on an earlier line of the paragraph (a worksheet's, a list's) is no turn this one answers
        }
        int[] thread = threadQuestion();
        if (thread != null) {
            return thread;
        }
        int e = para - 2;
        while (e > 0 && (Character.isWhitespace(lower.charAt(e - 1)) || lower.charAt(e - 1) == '*' || lower.charAt(e - 1) == '_')) {
            e--;
        }
        int ps = lower.lastIndexOf("\n\n", e - 1);
        ps = ps < 0 ? 0 : ps + 2;
        return e > ps && lower.charAt(e - 1) == '?' ? new int[] {ps, e} : null;
    }

    /**
     * The question of a thread's opening post, when this sentence opens a reply to it (a reply's first sentence,
     * on the first line of words under its header): "how many people died there?" over a reply "580. Including 57
     * children." The opening post's last sentence that ends with '?', or null.
     */
    private int[] threadQuestion() {
        int[] post = r.posts == null ? null : r.posts.openingPostBefore(sentence[0]);
        if (post == null) {
            return null;
        }
        int ls = lower.lastIndexOf('\n', Math.max(0, sentence[0] - 1)) + 1;
        if (!lower.substring(ls, sentence[0]).isBlank()) {
            return null;   // not the first sentence of its line
        }
        int e = ls;
        while (e > 0 && Character.isWhitespace(lower.charAt(e - 1))) {
            e--;
        }
        if (!r.posts.headerAt(lower.lastIndexOf('\n', Math.max(0, e - 1)) + 1)) {
            return null;   // only the reply's first line, right under its header, answers
        }
        int q = lower.lastIndexOf('?', post[1] - 1);
        if (q < post[0]) {
            return null;
        }
        int s = post[0];
        for (char end : new char[] {'.', '!', '?', '\n', ':'}) {
            s = Math.max(s, lower.lastIndexOf(end, q - 1) + 1);
        }
        return s < q ? new int[] {s, q + 1} : null;
    }

    /**
     * Whether all that is said of the figure, to its clause's end, is an auxiliary and words that go with one
     * ({@code ellipsis_words}: "have", "did", "have already done", "will too"): the verb is left out.
     */
    boolean elidedPredicate(NumberPhrase it) {
        int at = Math.max(it.numEnd, Math.max(it.phraseEnd, it.nounEnd));
        List<String> words = v.grammar.list("ellipsis_words");
        Matcher w = SentenceReader.WORD.matcher(lower);
        w.region(at, sentence[1]);
        int said = 0;
        while (w.find() && lower.substring(at, w.start()).isBlank()) {
            if (!words.contains(w.group())) {
                return false;
            }
            said++;
            at = w.end();
        }
        return said > 0 && ENDS_AFTER.matcher(lower).region(at, sentence[1]).lookingAt();
    }

    /**
     * Whether this sentence made a claim before the figure: "at least 150 were still unaccounted for; relatives
     * put the figure at up to 200" re-counts that claim's count, not one of the sentence before.
     */
    boolean countedBefore(NumberPhrase it) {
        for (int k = claims.size() - 1; k >= 0 && claims.get(k).start() >= sentence[0]; k--) {
            if (claims.get(k).end() <= it.qualStart) {
                return true;
            }
        }
        return false;
    }
}
