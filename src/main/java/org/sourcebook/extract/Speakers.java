package org.sourcebook.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sourcebook.extract.Attribution.Credit;

/** Reads who speaks a quotation and whom a pronoun points back to: speaker labels and turns, "he said" after a quotation, names mentioned before. */
final class Speakers {
    /** How far a paragraph is looked for around a figure, in chars. */
    private static final int PARAGRAPH = 3000;

    /** A speaker label's aside: " (translated)", " (VO)". */
    private static final Pattern TRAILING_ASIDE = Pattern.compile("\\s*\\([^()]{1,30}\\)\\s*$");

    private final Attribution a;

    Speakers(Attribution a) {
        this.a = a;
    }

    /** The quotation around {@code at} as {open, close}: curly quotes, or straight ones counted in the paragraph; null if none. */
    static int[] quotation(String text, int at) {
        int para = Math.max(0, at - PARAGRAPH);
        for (int i = at - 1; i > para; i--) {
            if (text.charAt(i) == '\n' && text.charAt(i - 1) == '\n') {
                para = i + 1;
                break;
            }
        }
        int paraEnd = text.indexOf("\n\n", at);
        paraEnd = paraEnd < 0 || paraEnd - at > PARAGRAPH ? Math.min(text.length(), at + PARAGRAPH) : paraEnd;
        int open = -1;
        int count = 0;
        int last = -1;
        for (int i = at - 1; i >= para; i--) {
            char c = text.charAt(i);
            if (c == '”' && open < 0) {
                open = -2;   // a quotation closed before the figure
            } else if (c == '“' && open == -1) {
                open = i;
            } else if (c == '"') {
                count++;
                last = Math.max(last, i);
            }
        }
        if (open >= 0) {
            int close = text.indexOf('”', at);
            return close >= 0 && close < paraEnd ? new int[] {open, close} : null;
        }
        if (count % 2 == 1) {
            int close = text.indexOf('"', at);
            return close >= 0 && close < paraEnd ? new int[] {last, close} : null;
        }
        return null;
    }

    /** Who speaks a quotation: "“...,” he said", "“...” said Aliyev", "Aliyev said: “...”". */
    Credit speaker(String text, PhraseHits hits, int[] quote) {
        int end = quote[1] + 1;
        // the quotation's tag stands before a semicolon: "“at least 150” dead, a minimum; the ministry's figure is 590" is not the ministry's quote
        while (end < text.length() && end - quote[1] < 160 && ".!?\n;".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        List<Credit> after = a.credits(text, hits, quote[1] + 1, end, quote[1] + 1);
        if (!after.isEmpty()) {
            return after.get(0);
        }
        int start = Math.max(Text.lineStart(text, quote[0], 400), Math.max(text.lastIndexOf(". ", quote[0]) + 1, 0));
        String lead = text.substring(start, quote[0]).strip();
        if (lead.endsWith(":") || lead.endsWith(",")) {
            List<Credit> cs = a.credits(text, hits, start, quote[0], start);
            if (cs.isEmpty() && lead.endsWith(":")) {
                return speakerLabel(text, hits.lower(), start, text.lastIndexOf(':', quote[0]));   // "ROE: “...”", "Jane Roe: “...”"
            }
            return cs.isEmpty() ? null : cs.get(cs.size() - 1);
        }
        if (!lead.isEmpty()) {
            return null;
        }
        Credit next = nextQuotationOfSpeaker(text, hits, quote);
        return next != null ? next : afterSpeakersLine(text, hits, quote);
    }

    /**
     * "Leyla Roe was nine when she fled, she says. “They tell us 90 women died.”": a quotation that opens right after a
     * sentence of its paragraph ending on its speaker's credit goes on with that speaker.
     */
    private Credit afterSpeakersLine(String text, PhraseHits hits, int[] quote) {
        int s = quote[0];
        while (s > 0 && text.charAt(s - 1) == ' ') {
            s--;
        }
        if (s == 0 || ".:".indexOf(text.charAt(s - 1)) < 0) {
            return null;
        }
        int from = Math.max(Math.max(text.lastIndexOf('\n', s - 1) + 1, 0), s - 200);
        int comma = text.lastIndexOf(',', s - 1);
        if (comma < from) {
            return null;
        }
        String[] words = text.substring(comma + 1, s - 1).strip().split("\\s+");
        if (words.length < 2 || words.length > 6 || !(a.inverted.contains(words[words.length - 1]) || a.inverted.contains(words[0]))) {
            return null;   // "..., she says.", "..., the council said.", "..., said Jane Roe."
        }
        List<Credit> cs = a.credits(text, hits, comma, s, comma);
        return cs.isEmpty() ? null : cs.get(cs.size() - 1);
    }

    /**
     * "HAJDAROV: “...”", "Jane Roe (translated): “...”": a name alone before the colon that opens a quotation, as a
     * script or a transcript labels its speakers, is the speaker; a role ("REPORTER", "ANCHOR": {@code label_words}) is none.
     * A name in capitals takes the given name a line above gives it ("[INTERVIEW — AZAD HAJDAROV, MAYOR]") and reads
     * in title case.
     */
    private Credit speakerLabel(String text, String lower, int from, int colon) {
        int s = from;
        while (s < colon && !Character.isLetter(text.charAt(s))) {
            s++;
        }
        int e = colon;
        Matcher aside = TRAILING_ASIDE.matcher(text).region(s, colon);
        if (aside.find()) {
            e = aside.start();
        }
        Optional<BodyPhrase.Phrase> p = a.bodies.after(text, lower, s, e, s);
        if (p.isEmpty() || !lower.substring(p.get().end(), e).isBlank() || !a.bodies.isName(text, p.get())
                || a.bodies.labelWord(Text.lower(p.get().name())) || a.bodies.vague(text, p.get())) {
            return null;
        }
        String name = p.get().name();
        if (name.equals(name.toUpperCase(Locale.ROOT))) {
            if (name.indexOf(' ') < 0) {
                Matcher full = Pattern.compile("\\b(\\p{Lu}[\\p{Lu}'’-]+) " + Pattern.quote(name) + "\\b").matcher(text).region(0, from);
                String first = null;
                while (full.find()) {
                    first = full.group(1);
                }
                if (first != null && !a.bodies.labelWord(Text.lower(first))) {
                    name = first + " " + name;
                }
            }
            name = titleCase(name);
        }
        return new Credit(p.get().start(), name);
    }

    /** "Ines Varga" for "INES VARGA": each word's first letter kept, the rest lowered. */
    static String titleCase(String caps) {
        StringBuilder b = new StringBuilder(caps.length());
        boolean start = true;
        for (int i = 0; i < caps.length(); i++) {
            char c = caps.charAt(i);
            b.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return b.toString();
    }

    /**
     * "“...,” X told reporters. “We still do not know ...”": a quotation that opens a sentence right after
     * one that ended with a speaker's credit goes on with that speaker.
     */
    private Credit nextQuotationOfSpeaker(String text, PhraseHits hits, int[] quote) {
        int close = Math.max(text.lastIndexOf('”', quote[0] - 1), text.lastIndexOf('"', quote[0] - 1));
        if (close <= 0 || text.substring(close, quote[0]).contains("\n\n") || quote[0] - close > 200) {
            return null;
        }
        int[] before = quotation(text, close - 1);
        if (before == null || before[1] != close) {
            return null;
        }
        int end = close + 1;
        while (end < quote[0] && ".!?\n".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        if (!text.substring(end, quote[0]).strip().matches("[.!?]?")) {
            return null;   // another sentence stands between the two quotations
        }
        // from the closing quote on, so that a verb right after it reads as inverted ("“...,” said X. “...”")
        List<Credit> after = a.credits(text, hits, close, end, close);
        return after.isEmpty() ? null : after.get(0);
    }

    /**
     * The last body credited before {@code before}, in its paragraph or the one before, whose name
     * holds {@code word} (any name when null): who "he" or "she" is, which "the ministry" it is.
     */
    Credit named(String text, PhraseHits hits, int before, String word, boolean mentions, boolean anywhere) {
        // "the commission" is looked for a few paragraphs back; "he" and "she" only in this paragraph and the one before
        int paragraphs = word == null ? 1 : 3;
        int from = text.lastIndexOf("\n\n", before);
        for (int p = 0; p < paragraphs && from > 0; p++) {
            int prev = text.lastIndexOf("\n\n", p == 0 ? from - 1 : from - 3);
            from = prev < 0 ? 0 : prev + 2;
        }
        from = Math.max(Math.max(from, 0), before - (word == null ? 1500 : 2500));
        // paragraph by paragraph: a subject is read back no further than its own paragraph's start
        List<Credit> cs = new java.util.ArrayList<>();
        for (int p = from; p < before; ) {
            int end = text.indexOf("\n\n", p);
            end = end < 0 || end > before ? before : end;
            cs.addAll(a.credits(text, hits, p, end, p));
            p = end + 2;
        }
        for (int i = cs.size() - 1; i >= 0; i--) {
            String n = cs.get(i).name();
            // "it" may stand for a document named with "the" ("according to the indictment ... it says")
            if (n != null && (word == null ? !cs.get(i).definite() || anywhere : !n.equals(Text.norm(n)) && Text.find(Text.norm(n), word, 0, n.length()) >= 0)) {
                return word == null && mentions && !anywhere ? laterPerson(text, cs.get(i), before) : cs.get(i);
            }
        }
        return mentions ? mentioned(text, from, before, word, anywhere) : null;
    }

    /**
     * "“...,” said Leyla Hasanova. Mayor Tom Kessler read a proclamation. He told the crowd ...": "he" is the
     * person named with a title who opens a sentence after the one credited before, when there is one; else that credit.
     */
    private Credit laterPerson(String text, Credit credited, int before) {
        int next = credited.at();
        while (next < before && !(".!?".indexOf(text.charAt(next)) >= 0 && next + 1 < text.length() && Character.isWhitespace(text.charAt(next + 1)))
                && text.charAt(next) != '\n') {
            next++;
        }
        Credit later = next + 1 < before ? mentioned(text, next + 1, before, null, false) : null;
        // a person named with a title ("Mayor Tom Kessler", "Governor Stone"), not a body ("The Red Cross",
        // "Human Rights Watch", "Amnesty International", "Azerbaijani Television")
        boolean person = later != null && later.name().indexOf(' ') > 0
                && a.bodyHeads.contains(Text.lower(later.name().substring(0, later.name().indexOf(' '))))
                && !a.bodyHeads.contains(Text.lower(Attribution.lastWord(later.name())))
                && !text.regionMatches(true, later.at(), "the ", 0, 4) && !text.regionMatches(true, Math.max(0, later.at() - 4), "the ", 0, 4);
        return person ? later : credited;
    }

    /**
     * A name the text mentions before, when no credit names it: the last capitalized name holding
     * {@code word} ("the ministry" → "Ministry of Emergency Situations"), or, for "he" or "she",
     * the last person-like name (two or more capitalized words) that opens a sentence.
     */
    Credit mentioned(String text, int from, int before, String word, boolean anywhere) {
        Matcher m = Attribution.NAME.matcher(text);
        Credit found = null;
        int runStart = -1;
        int runEnd = -1;
        for (int next = from; findName(m, text, from, next, before); next = m.end()) {
            // "Commission on Prisoners of War, Hostages and Missing Persons": a comma inside a listed name
            boolean listed = runEnd >= 0 && m.start() > runEnd + 1 && text.charAt(runEnd) == ',' && text.substring(runEnd + 1, m.start()).isBlank()
                    && m.group().contains(" and ");
            runStart = listed ? runStart : m.start();
            runEnd = m.end();
            List<BodyPhrase.Tok> toks = a.bodies.tokens(text, runStart, m.end());
            while (!toks.isEmpty() && !toks.get(0).cap()) {
                toks.remove(0);
            }
            if (toks.isEmpty()) {
                continue;
            }
            String name = text.substring(toks.get(0).start(), toks.get(toks.size() - 1).end());
            if (word != null) {
                if (Text.find(Text.norm(name), word, 0, name.length()) >= 0 && !Text.norm(name).equals(word)) {
                    found = new Credit(toks.get(0).start(), name);
                }
            } else if (anywhere ? toks.size() >= 2 && !opensSentence(text, from, runStart) || toks.size() >= 3 || toks.size() == 1 && namedByNoun(text, runStart)
                    : toks.size() >= 2 && toks.size() <= 4 && toks.stream().allMatch(BodyPhrase.Tok::cap) && opensSentence(text, from, runStart)) {
                found = new Credit(runStart, name);
            } else if (!anywhere && toks.size() == 1 && opensSentence(text, from, runStart)) {
                // "Roe follows the column. She gives ...": a surname alone, its full name given earlier in the text
                // "Aliyeva's book is ... She estimates": the surname without its possessive
                String full = fullNameOf(text, Attribution.POSSESSIVE_END.matcher(name).replaceFirst(""), runStart, a.stopwords);
                found = full != null ? new Credit(runStart, full) : found;
            }
        }
        return found;
    }

    /** Whether a one-word name stands right after a body's noun, in quotes or not: "the rights centre «Memorial»". */
    private boolean namedByNoun(String text, int at) {
        int i = at;
        while (i > 0 && " \"“«'‘".indexOf(text.charAt(i - 1)) >= 0) {
            i--;
        }
        int w = i;
        while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        return w < i && a.bodyHeads.contains(Text.lower(text.substring(w, i)));
    }

    /**
     * The next {@link Attribution#NAME} from {@code next} in {@code [from, before)}, as {@code find()} over that
     * region gives it after a match ending at {@code next}; {@code m} (of {@code text}) is left on it.
     * The pattern is tried only where its first char, a capital, stands (FastPathTest compares the two).
     */
    static boolean findName(Matcher m, String text, int from, int next, int before) {
        for (int i = next; i < before; i++) {
            char c = text.charAt(i);
            if (c < 128 ? c >= 'A' && c <= 'Z' : Character.getType(Character.codePointAt(text, i)) == Character.UPPERCASE_LETTER) {
                // the look-behind sees back to the region's start only, as find() over [from, before) does
                m.useTransparentBounds(i > from).region(i, before);
                if (m.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "Jane Roe" for "Roe": the first two-word capitalized name before {@code before}
     * ending on this surname, or null. A capitalized function word is no first name ("When
     * Roe arrived" names no one more fully).
     */
    private static String fullNameOf(String text, String surname, int before, Set<String> stopwords) {
        Matcher m = Pattern.compile("\\b(\\p{Lu}\\p{Ll}+) " + Pattern.quote(surname) + "\\b").matcher(text);
        m.region(0, before);
        while (m.find()) {
            if (!stopwords.contains(m.group(1).toLowerCase(java.util.Locale.ROOT))) {
                return m.group();
            }
        }
        return null;
    }

    /** A paragraph that opens with a name in bold and goes on with what it does ("**Kura Daily** (a weekly) leads with ..."). */
    private static final Pattern BOLD_OPENER = Pattern.compile("\\*\\*(\\p{Lu}[^*\\n:.]{1,60}?)\\*\\*[ \\t]+(?=[(\\p{Ll}])");

    /**
     * The name in bold that opens the paragraph holding {@code at} (a sentence's start), as a digest's entry names its outlet
     * ("**Kura Daily** (a weekly) leads with ... The paper writes that ..."), or null.
     */
    Credit boldParagraphOpener(String text, int at) {
        int paragraph = text.lastIndexOf("\n\n", Math.max(0, at - 1));
        int start = paragraph < 0 ? 0 : paragraph + 2;
        Matcher m = BOLD_OPENER.matcher(text).region(start, text.length());
        if (!m.lookingAt()) {
            return null;
        }
        String name = m.group(1).strip();
        return a.bodies.labelWord(Text.lower(name)) ? null : new Credit(m.start(1), name);
    }

    static boolean opensSentence(String text, int floor, int at) {
        int i = at;
        // "**Kaspi** (a daily) runs ...": a name behind the bold or italic marks that open its line or sentence
        while (i > floor && (Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == '*' || text.charAt(i - 1) == '_')) {
            i--;
        }
        return i == floor || ".!?\n".indexOf(text.charAt(i - 1)) >= 0 || at > 0 && text.charAt(at - 1) == '\n';
    }
}
