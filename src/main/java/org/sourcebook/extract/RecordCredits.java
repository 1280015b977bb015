package org.sourcebook.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sourcebook.extract.Attribution.Credit;

/** Reads credits through a record: whose report, count or figures gives the figure ("in the ministry's figures", "590 dead by the State Commission", "the figure X uses is"), and who gave it ("figures kept by"). */
final class RecordCredits {
    /** A copula after a figure, before whose record it is: " became ", " is ", " remains the ". */
    private static final Pattern COPULA_THEN_OWNER = Pattern.compile("\\s(?:is|was|became|becomes|remains|remained|has become|had become)\\s+");
    /** "the ministry's official one": "one" standing for the record. */
    private static final Pattern OWNERS_ONE = Pattern.compile("['’]s\\s+(?:[\\p{L}-]+\\s+){0,2}one\\b");


    /** "Human Rights Watch's 1995 report", "the ministry's own figures": the owner is group 1, the record group 2. */
    private static final Pattern OWNER_THEN_RECORD = Pattern.compile("^(\\S.*?)['’]s\\s+(?:[\\p{L}\\d-]+\\s+){0,2}?([\\p{L}-]+)$");

    /** "admission register of the Barda hospital", "the 1995 report of Amnesty": a record of a body is that body's. */
    private static final Pattern RECORD_THEN_OWNER = Pattern.compile("^(?:the\\s+)?((?:[\\p{L}\\d-]+\\s+){0,2}?([\\p{L}-]+))\\s+(?:of|by)\\s+(?:the\\s+)?(\\S.*)$");

    /** After a figure: its unit and at most three words, then "in", "by" or "on" and a record ("in the ministry's figures"). */
    private static final Pattern RECORD_AFTER_FIGURE = Pattern.compile("[\\d,.]*\\d(?:\\s*%|\\s*per ?cent)?(?:\\s+[\\p{L}-]+){0,3}?\\s+(?:in|by|on|from)\\s+(?:the\\s+)?");

    /** After a figure: its own few words, then "by" and the body ("590 dead by the State Commission"). */
    private static final Pattern BY_AFTER_FIGURE = Pattern.compile("[\\d,.]*\\d(?:\\s*%| per ?cent)?(?:\\s+\\p{Ll}+){0,3}?\\s+by\\s+");

    /** A result's or an item's bold title alone on its line, a number before it and a site after it: "**2. Title** — site.org". */
    private static final Pattern BOLD_TITLE_LINE = Pattern.compile("[ \\t]*\\*\\*(?:\\d{1,2}[.)]\\s+)?([^*\\n]{3,120})\\*\\*(?:\\s*[—–-]\\s*[^\\n]{0,80})?[ \\t]*");

    /** A feed item's header: a bold name alone, then a dot and when it was posted ("**Jane Roe News** · 3h ago"). */
    private static final Pattern BOLD_OUTLET_LINE = Pattern.compile("[ \\t]*\\*\\*([^*\\n]{2,60})\\*\\*[ \\t]*[·•|][^\\n]{1,40}");

    /** Participles that do not end in "-ed" or "-en" ("figures kept by", "a list made by"). */
    private static final Set<String> SHORT_PARTICIPLES = Set.of("kept", "made", "sent", "put", "set", "built", "held", "read");

    /** A copula that gives a record's figure: "The figure X uses is 580". */
    private static final List<String> RECORD_COPULAS = List.of("is", "was", "remains", "stands at", "stood at", "has been", "had been");

    private final Attribution a;

    /** {@link Attribution#boundWords} as a set, and the last words of those of several words; made on first use. */
    private BoundWords bound;

    RecordCredits(Attribution a) {
        this.a = a;
    }

    /**
     * The qualifiers, read once: {@code whole} holds each, {@code lastWords} the word after the last space of each of several
     * words ("more than" gives "than"). For a word without a space, some qualifier ends with " " + word exactly when that word is
     * one of {@code lastWords}.
     */
    private record BoundWords(Set<String> whole, Set<String> lastWords) {
        static BoundWords of(List<String> words) {
            Set<String> last = new java.util.HashSet<>();
            for (String b : words) {
                int sp = b.lastIndexOf(' ');
                if (sp >= 0) {
                    last.add(b.substring(sp + 1));
                }
            }
            return new BoundWords(Set.copyOf(words), Set.copyOf(last));
        }
    }

    private BoundWords bound() {
        BoundWords b = bound;
        if (b == null) {
            b = BoundWords.of(a.boundWords);   // a race makes it twice, the same
            bound = b;
        }
        return b;
    }

    String ownerOfRecord(String name) {
        Matcher o = OWNER_THEN_RECORD.matcher(name);
        if (o.matches() && a.ownedRecords.contains(Text.lower(o.group(2)))) {
            return o.group(1);   // "Human Rights Watch's 1995 report": Human Rights Watch
        }
        Matcher m = RECORD_THEN_OWNER.matcher(name);
        if (!m.matches() || !a.ownedRecords.contains(Text.lower(m.group(2))) || a.bodies.labelWord(Text.lower(m.group(3)))) {
            return name;
        }
        for (String w : m.group(1).split("\\s+")) {
            if (Character.isUpperCase(w.charAt(0))) {
                return name;   // "Report of the Commission" as a title stays whole
            }
        }
        return m.group(3);
    }

    /** {@link #vagueRecord} of a name: "Official figures", "Key data". */
    boolean vagueRecordName(String name) {
        String[] words = Text.lower(name).strip().split("\\s+");
        if (words.length < 2 || !a.ownedRecords.contains(words[words.length - 1])) {
            return false;
        }
        for (int i = 0; i < words.length - 1; i++) {
            if (!a.vagueWords.contains(words[i])) {
                return false;
            }
        }
        return true;
    }

    /** "Key figures", "Main official data": a record whose every modifier is vague says whose it is not. */
    boolean vagueRecord(String text, BodyPhrase.Phrase p) {
        List<BodyPhrase.Tok> toks = a.bodies.tokens(text, p.start(), p.end());
        if (toks.size() < 2 || !a.ownedRecords.contains(toks.get(toks.size() - 1).lw())) {
            return false;
        }
        for (int i = 0; i < toks.size() - 1; i++) {
            if (!a.vagueWords.contains(toks.get(i).lw())) {
                return false;
            }
        }
        return true;
    }

    /**
     * "20 percent in the government's figures", "590 dead by the ministry's count", "13.6 per cent in the estimate of the
     * Mapping Project": a body's record right after the figure and its words credits the figure to the body.
     */
    Credit recordAfterFigure(String text, String lower, int at, int sentenceEnd) {
        Matcher m = RECORD_AFTER_FIGURE.matcher(lower).region(at, Math.min(sentenceEnd, at + 60));
        if (!m.lookingAt()) {
            return null;
        }
        int s = m.end();
        int stop = s;
        while (stop < sentenceEnd && ",;:()\n".indexOf(lower.charAt(stop)) < 0) {
            stop++;
        }
        Matcher poss = a.possessed.matcher(lower).region(s, stop);
        if (poss.find() && poss.start() > s) {
            int ownerEnd = poss.start();   // the apostrophe
            Optional<BodyPhrase.Phrase> owner = a.bodies.after(text, lower, s, ownerEnd, s);
            if (owner.isPresent() && lower.substring(owner.get().end(), ownerEnd).isBlank() && !a.bodies.vague(text, owner.get())) {
                return new Credit(s, owner.get());
            }
            return null;
        }
        List<BodyPhrase.Tok> toks = a.bodies.tokens(text, s, stop);
        int k = 0;
        while (k < toks.size() && k < 3 && !a.ownedRecords.contains(toks.get(k).lw())) {
            k++;
        }
        if (k >= toks.size() || !a.ownedRecords.contains(toks.get(k).lw()) || k + 1 >= toks.size()
                || !(toks.get(k + 1).lw().equals("of") || toks.get(k + 1).lw().equals("by"))) {
            return null;
        }
        for (int j = 0; j < k; j++) {
            if (!a.vagueWords.contains(toks.get(j).lw()) && !BodyPhrase.isYear(toks.get(j).word())) {
                return null;   // "in the estimate of X", "in the 2001 report by X"; not "in the town's list"
            }
        }
        int from = toks.get(k + 1).end();
        Optional<BodyPhrase.Phrase> owner = a.bodies.after(text, lower, from, stop, from);
        return owner.isPresent() && lower.substring(owner.get().end(), stop).isBlank() && !a.bodies.vague(text, owner.get())
                && (a.bodies.isName(text, owner.get()) || a.bodyHeads.contains(Text.lower(Attribution.lastWord(owner.get().name())))) ? new Credit(from, owner.get()) : null;
    }

    /**
     * "the figure of 590, with its breakdown by age, became the ministry's official one", "... 590, which is Memorial's
     * count": a copula after the figure, in its clause, whose complement is a body's record ({@code attribution_possessed},
     * or "one" standing for it) credits the figure to that body.
     */
    Credit possessedAfterCopula(String text, String lower, int at, int sentenceEnd) {
        int stop = at;
        while (stop < sentenceEnd && ";\n".indexOf(lower.charAt(stop)) < 0) {
            stop++;
        }
        Matcher m = COPULA_THEN_OWNER.matcher(lower).region(at, stop);
        if (!m.find()) {
            return null;
        }
        Matcher poss = a.possessed.matcher(lower).region(m.end(), stop);
        Matcher one = OWNERS_ONE.matcher(lower).region(m.end(), stop);
        int apostrophe = poss.find() ? poss.start() : one.find() ? one.start() : -1;
        if (apostrophe <= m.end()) {
            return null;
        }
        Optional<BodyPhrase.Phrase> owner = a.bodies.after(text, lower, m.end(), apostrophe, m.end());
        return owner.isPresent() && owner.get().start() <= m.end() + 4 && lower.substring(owner.get().end(), apostrophe).isBlank()
                && !a.bodies.vague(text, owner.get())
                && (a.bodies.isName(text, owner.get()) || a.bodyHeads.contains(Text.lower(Attribution.lastWord(owner.get().name())))) ? new Credit(m.end(), owner.get()) : null;
    }

    /**
     * "The toll was later corrected to 590 by the government", "the dead were put at about 400 by local officials": a
     * figure given by a participle of revising or estimating ({@code attribution_passive_frames}) and followed by "by"
     * and a body is that body's.
     */
    Credit passiveBy(String text, String lower, int clauseStart, int at, int sentenceEnd) {
        int s = at;
        while (s > clauseStart && lower.charAt(s - 1) == ' ') {
            s--;
        }
        boolean found = false;
        for (int tries = 0; tries < 4 && !found; tries++) {
            for (String f : a.passiveFrames) {
                if (s - f.length() >= clauseStart && lower.startsWith(f, s - f.length())
                        && (s - f.length() == 0 || !Text.isWordChar(lower.charAt(s - f.length() - 1)))) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                // a bound between: "corrected to about 590", "put at more than 400"
                int w = s;
                while (w > clauseStart && Character.isLetter(lower.charAt(w - 1))) {
                    w--;
                }
                String word = lower.substring(w, s);
                // the word is letters only: a qualifier ends with " " + word when the word is its last word
                if (w == s || !bound().whole().contains(word) && !bound().lastWords().contains(word)) {
                    return null;
                }
                s = w;
                while (s > clauseStart && lower.charAt(s - 1) == ' ') {
                    s--;
                }
            }
        }
        if (!found) {
            return null;
        }
        Matcher m = BY_AFTER_FIGURE.matcher(lower).region(at, Math.min(sentenceEnd, at + 80));
        if (!m.lookingAt()) {
            return null;
        }
        Optional<BodyPhrase.Phrase> p = a.bodies.after(text, lower, m.end(), sentenceEnd, m.end());
        return p.isPresent() && !a.bodies.vague(text, p.get()) ? new Credit(m.end(), p.get()) : null;
    }

    /** "Amnesty gave 172", "the Red Crescent gave about 300": a named body, a weak verb ({@code attribution_weak_verbs}), the figure. */
    Credit weakVerbBefore(String text, String lower, int clauseStart, int at) {
        int s = at;
        while (s > clauseStart && lower.charAt(s - 1) == ' ') {
            s--;
        }
        int w = s;
        while (w > clauseStart && Character.isLetter(lower.charAt(w - 1))) {
            w--;
        }
        String word = lower.substring(w, s);
        if (!word.isEmpty() && !a.weakVerbs.contains(word) && a.boundWords.contains(word)) {
            s = w;   // "gave about 300"
            while (s > clauseStart && lower.charAt(s - 1) == ' ') {
                s--;
            }
            w = s;
            while (w > clauseStart && Character.isLetter(lower.charAt(w - 1))) {
                w--;
            }
            word = lower.substring(w, s);
        }
        if (!a.weakVerbs.contains(word)) {
            return null;
        }
        Optional<BodyPhrase.Phrase> p = a.bodies.before(text, clauseStart, w, clauseStart);
        return p.isPresent() && !a.bodies.vague(text, p.get()) && lower.substring(p.get().end(), w).isBlank()
                && (a.bodies.isName(text, p.get()) || a.bodies.namesABody(text, p.get()) || a.bodyHeads.contains(Text.lower(Attribution.lastWord(p.get().name()))))
                ? new Credit(p.get().start(), p.get()) : null;
    }

    /**
     * "**2. Human Rights Watch: Bloodshed in the Mountains (1995)** — hrw.org" or "**3. Memorial's findings on the town**"
     * over a snippet: a bold title alone on the line right above, that names a body before its colon or as the owner of
     * a record, credits the figures of the lines under it.
     */
    Credit boldTitleAbove(String text, String lower, int sentenceStart) {
        int ls = Text.lineStart(text, sentenceStart, 4000);
        if (ls < 2) {
            return null;
        }
        int prevStart = Text.lineStart(text, ls - 1, 400);
        Matcher m = BOLD_TITLE_LINE.matcher(text).region(prevStart, ls - 1);
        if (!m.matches()) {
            return null;
        }
        int s = m.start(1);
        int e = m.end(1);
        int colon = text.indexOf(':', s);
        if (colon > s && colon < e) {
            Optional<BodyPhrase.Phrase> p = a.bodies.after(text, lower, s, colon, s);
            if (p.isPresent() && lower.substring(p.get().end(), colon).isBlank() && a.bodies.isName(text, p.get())
                    && !a.bodies.labelWord(Text.lower(p.get().name())) && !a.cueWords.contains(Text.lower(p.get().name()))) {
                return new Credit(p.get().start(), p.get());
            }
            return null;
        }
        Matcher poss = a.possessed.matcher(lower).region(s, e);
        if (poss.find() && poss.start() > s) {
            Optional<BodyPhrase.Phrase> owner = a.bodies.after(text, lower, s, poss.start(), s);
            if (owner.isPresent() && lower.substring(owner.get().end(), poss.start()).isBlank() && a.bodies.isName(text, owner.get())) {
                return new Credit(owner.get().start(), owner.get());
            }
        }
        return null;
    }

    /**
     * "**Jane Roe News** · 2h ago" over a headline and a quoted excerpt: a digest's or a feed's item, its outlet named in
     * bold on the first line of its block, with when it was posted after a dot; the figures of the lines under it (to the
     * blank line that ends the item, at most four lines down) are that outlet's.
     */
    Credit outletHeaderAbove(String text, String lower, int sentenceStart) {
        int ls = Text.lineStart(text, sentenceStart, 4000);
        for (int k = 0; k < 4 && ls >= 2 && text.charAt(ls - 2) != '\n'; k++) {
            int prevStart = Text.lineStart(text, ls - 1, 400);
            Matcher m = BOLD_OUTLET_LINE.matcher(text).region(prevStart, ls - 1);
            if (m.matches()) {
                Optional<BodyPhrase.Phrase> p = a.bodies.after(text, lower, m.start(1), m.end(1), m.start(1));
                return p.isPresent() && lower.substring(p.get().end(), m.end(1)).isBlank() && a.bodies.isName(text, p.get())
                        && !a.bodies.labelWord(Text.lower(p.get().name())) ? new Credit(p.get().start(), p.get()) : null;
            }
            ls = prevStart;
        }
        return null;
    }

    /**
     * ", as reported at the time by X", "as documented in 1993 by X": a frame before the body ({@code attribution_before}:
     * "as reported by") with a short time or manner between its participle and "by" (at most 40 chars, no clause mark):
     * the body after "by", if any.
     */
    Optional<BodyPhrase.Phrase> asParticipleLaterBy(String text, String lower, int at, String verb, int to, int sentenceStart) {
        if (at < 3 || !lower.startsWith("as ", at - 3) || at > 3 && Text.isWordChar(lower.charAt(at - 4)) || !a.before.contains("as " + verb + " by")) {
            return Optional.empty();
        }
        int from = at + verb.length();
        int by = Text.indexOf(lower, " by ", from, Math.min(to, from + 40));
        if (by <= from || Attribution.anyOf(lower, from, by, ",;:()\n\"“”")) {
            return Optional.empty();
        }
        return a.bodies.after(text, lower, by + 4, to, sentenceStart);
    }

    /**
     * After a frame ("according to"), a record and a participle before "by" name who gave the record: "figures
     * supplied by X", "information submitted in March by X", "the lists kept by X" (a record among the first four
     * words, a participle after it, no clause mark before "by"): the body after "by", if any.
     */
    Optional<BodyPhrase.Phrase> recordGivenBy(String text, String lower, int from, int to, int sentenceStart) {
        int by = Text.indexOf(lower, " by ", from, Math.min(to, from + 90));
        if (by < 0 || Attribution.anyOf(lower, from, by, ",;:()\n\"“”")) {
            return Optional.empty();
        }
        String[] words = lower.substring(from, by).strip().split("\\s+");
        int record = -1;
        for (int k = 0; k < Math.min(4, words.length) && record < 0; k++) {
            record = a.ownedRecords.contains(words[k]) ? k : -1;
        }
        if (record < 0 || words.length - record > 6) {
            return Optional.empty();
        }
        for (int k = record + 1; k < words.length; k++) {
            String w = words[k];
            if (w.length() > 3 && (w.endsWith("ed") || w.endsWith("en")) || SHORT_PARTICIPLES.contains(w)) {
                return a.bodies.after(text, lower, by + 4, to, sentenceStart);
            }
        }
        return Optional.empty();
    }

    /**
     * "our partners in the district administration", "their colleagues at Memorial", "my sources within the ministry":
     * the publisher's (or someone's) own contacts at a body pass on that body's figure. An owner, one or two words,
     * then "in", "at", "within" or "from" and the body: after "in" or "within" a body's noun must head it (not "our
     * relatives in Baku"); after "at" or "from" a name will do.
     */
    Optional<BodyPhrase.Phrase> ownContactsAt(String text, String lower, int from, int to, int sentenceStart) {
        List<BodyPhrase.Tok> toks = a.bodies.tokens(text, from, Math.min(to, from + 120));
        if (toks.size() < 3 || !a.owners.contains(toks.get(0).lw()) || !lower.substring(from, toks.get(0).start()).isBlank()) {
            return Optional.empty();
        }
        for (int k = 2; k <= 3 && k < toks.size(); k++) {
            String prep = toks.get(k).lw();
            boolean strict = prep.equals("in") || prep.equals("within");
            if (!strict && !prep.equals("at") && !prep.equals("from")) {
                continue;
            }
            if (Attribution.anyOf(lower, toks.get(0).end(), toks.get(k).start(), ",;:()\n") || toks.subList(1, k).stream().anyMatch(t -> t.cap())) {
                return Optional.empty();
            }
            Optional<BodyPhrase.Phrase> b = a.bodies.after(text, lower, toks.get(k).end(), to, sentenceStart);
            if (b.isPresent() && (a.bodyHeads.contains(Attribution.lastWord(Text.lower(b.get().name()))) || !strict && a.bodies.isName(text, b.get()))) {
                return b;
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * "The figure the Azerbaijani government uses is 580", "The number that Memorial gives is 250": a clause that
     * opens with a record noun ({@code attribution_possessed}) whose relative clause names a body and its verb (any
     * verb: "uses", "adopted", "accepts") before a copula credits that body. Read at the clause's start only.
     */
    Optional<Credit> recordOfBody(String text, String lower, int from, int to, int sentenceStart) {
        int at = from;
        while (at < to && !Character.isLetter(lower.charAt(at))) {
            at++;
        }
        if (!lower.startsWith("the ", at)) {
            return Optional.empty();
        }
        String noun = Text.phraseStartingAt(lower, a.grammar.list("attribution_possessed"), at + 4);
        if (noun == null) {
            return Optional.empty();
        }
        int k = at + 4 + noun.length();
        if (k >= to || lower.charAt(k) != ' ') {
            return Optional.empty();
        }
        k++;
        k = lower.startsWith("that ", k) || lower.startsWith("which ", k) ? lower.indexOf(' ', k) + 1 : k;
        // the words up to the copula: the body, then its verb with at most two words before it ("itself", "has officially")
        List<Integer> starts = new ArrayList<>();
        int e = k;
        boolean copulaFound = false;
        while (!copulaFound && starts.size() < 9) {
            while (e < to && lower.charAt(e) == ' ') {
                e++;
            }
            int w = e;
            while (e < to && (Character.isLetter(lower.charAt(e)) || lower.charAt(e) == '-' || lower.charAt(e) == '\'')) {
                e++;
            }
            if (e == w || e >= to || lower.charAt(e) != ' ') {
                return Optional.empty();
            }
            String copula = Text.phraseStartingAt(lower, RECORD_COPULAS, w);
            copulaFound = copula != null && !starts.isEmpty() && w + copula.length() < to && lower.charAt(w + copula.length()) == ' ';
            if (!copulaFound) {
                starts.add(w);
            }
        }
        for (int j = copulaFound ? starts.size() - 1 : -1; j >= Math.max(1, starts.size() - 3); j--) {
            Optional<BodyPhrase.Phrase> b = a.bodies.after(text, lower, k, starts.get(j), sentenceStart);
            if (b.isPresent() && b.get().start() <= k + 4 && !a.bodies.vague(text, b.get()) && lower.substring(b.get().end(), starts.get(j)).isBlank()) {
                return Optional.of(new Credit(b.get().start(), b.get()));
            }
        }
        return Optional.empty();
    }
}
