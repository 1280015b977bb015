package org.sourcebook.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sourcebook.extract.Attribution.Credit;

/** Reads the subject of a verb of saying: the phrase before the verb past adverbs and asides, the head of a relative clause, a record's owner, the body "it" stands for. */
final class Subjects {
    /** A record owned by a name, up to a relative clause's comma: "Human Rights Watch's 1993 report". */
    private static final Pattern RECORD_OWNER = Pattern.compile("\\p{L}(['’]s)\\s+(?:\\d{4}\\s+)?(?:[\\p{L}-]+\\s+){0,2}"
            + "(?:report|reports|study|survey|investigation|inquiry|count|list|figures|estimate|estimates|findings|data|statement|review)\\s*$");
    /** A record and its owner after "of", up to a relative clause's comma: "the 1993 report of Human Rights Watch". */
    private static final Pattern RECORD_OF = Pattern.compile("\\b(?:report|reports|study|survey|investigation|inquiry|count|list|figures|estimate|estimates|findings|data|statement|review)"
            + "\\s+(?:of|by)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’ -]*$");

    /** A record, a place it came from, "by": "reports from Barda by ", "figures by ". */
    private static final Pattern RECORD_BY = Pattern.compile("(?:^|\\s)([\\p{L}-]+)(?:\\s+from\\s+\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)?)?\\s+by\\s+$");

    /** What opens a sentence before its subject: marks, and a live blog's time ("**10:15** "). */
    private static final Pattern SENTENCE_OPENING = Pattern.compile("[\\s*_#>•-]*(?:\\d{1,2}[:.]\\d{2}[\\s*_]*)?");

    /** People named with their body: "investigators from ", "researchers of the ". */
    private static final Pattern MEMBERS_OF = Pattern.compile("\\b(\\p{L}+)\\s+(?:from|of|at)\\s+");

    private final Attribution a;

    Subjects(Attribution a) {
        this.a = a;
    }

    private static int wordEnd(String lower, int at) {
        int i = at;
        while (i < lower.length() && Text.isWordChar(lower.charAt(i))) {
            i++;
        }
        return Math.max(i, at + 3);
    }

    private static boolean digits(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isDigit(w.charAt(i))) {
                return false;
            }
        }
        return !w.isEmpty();
    }

    /** Whether the words from {@code from} through the verb at {@code verb} stand between commas: ", it says,". */
    private static boolean asideBetweenCommas(String lower, int from, int verb) {
        int b = from;
        while (b > 0 && lower.charAt(b - 1) == ' ') {
            b--;
        }
        int a = wordEnd(lower, verb);
        return b > 0 && lower.charAt(b - 1) == ',' && a < lower.length() && lower.charAt(a) == ',';
    }

    /** The auxiliaries of a verb in -ing: "was publishing", "have been reporting". */
    private static final java.util.Set<String> PROGRESSIVE_AUX = java.util.Set.of("was", "were", "is", "are", "been");

    /** The subject of the verb at {@code verb}: the phrase before it, past adverbs and an aside between commas. */
    Optional<Credit> subject(String text, String lower, int floor, int verb) {
        List<BodyPhrase.Tok> toks = a.bodies.tokens(text, floor, verb);
        int end = verb;
        int i = toks.size() - 1;
        // "the ministry was publishing a toll of ...": a progressive's "be" stands between the subject and its verb
        boolean progressive = lower.startsWith("ing", wordEnd(lower, verb) - 3);
        while (i >= 0 && (a.adverbs.contains(toks.get(i).lw()) || toks.get(i).lw().endsWith("ly") && !toks.get(i).cap() && toks.get(i).lw().length() > 3
                        || progressive && a.progressiveAuxiliaries.contains(toks.get(i).lw()))
                && lower.substring(toks.get(i).end(), end).isBlank()) {
            end = toks.get(i).start();
            i--;
        }
        // "the ministry was publishing", "Memorial has long been reporting": the auxiliary of a verb in -ing
        int ve = wordEnd(lower, verb);
        if (i >= 0 && ve - verb > 4 && lower.startsWith("ing", ve - 3) && PROGRESSIVE_AUX.contains(toks.get(i).lw())
                && lower.substring(toks.get(i).end(), end).isBlank()) {
            boolean been = toks.get(i).lw().equals("been");
            end = toks.get(i).start();
            i--;
            while (i >= 0 && (a.adverbs.contains(toks.get(i).lw()) || toks.get(i).lw().endsWith("ly") && !toks.get(i).cap() && toks.get(i).lw().length() > 3
                    || been && List.of("has", "have", "had").contains(toks.get(i).lw())) && lower.substring(toks.get(i).end(), end).isBlank()) {
                end = toks.get(i).start();
                i--;
            }
        }
        // "Azerbaijani officials on Tuesday said", "Memorial in 1993 reported": a time between subject and verb
        int j = i;
        while (j >= 0 && (a.bodies.date(toks.get(j)) || digits(toks.get(j).word()) && toks.get(j).word().length() <= 4)
                && lower.substring(toks.get(j).end(), end).isBlank()) {
            j--;
        }
        if (j < i && j >= 0 && a.temporal.contains(toks.get(j).lw())) {
            end = toks.get(j).start();
            i = j - 1;
        }
        Optional<Credit> owned = ownedRecord(toks, i, lower, end, verb);
        if (owned.isPresent()) {
            return owned;
        }
        int relative = i >= 1 && (toks.get(i).lw().equals("which") || toks.get(i).lw().equals("who")) && lower.substring(toks.get(i).end(), end).isBlank()
                ? toks.get(i).start() : -1;
        if (relative < 0 && i >= 1 && toks.get(i).lw().equals("and") && lower.substring(toks.get(i).end(), end).isBlank()) {
            // "Human Rights Watch, which in 1993 described it as ... and counted at least 172": the second verb of the relative clause
            relative = relativeOpening(lower, floor, toks.get(i).start());
        }
        if (relative >= 0) {
            // "Human Rights Watch, which documented at least 172 deaths": the name the relative clause is about
            Optional<Credit> head = relativeHead(text, lower, floor, relative, verb);
            if (head.isPresent()) {
                return head;
            }
        }
        if (i >= 0 && a.pronouns.contains(toks.get(i).lw()) && lower.substring(toks.get(i).end(), end).isBlank()) {
            return Optional.of(new Credit(verb, null, false, toks.get(i).lw()));   // "he said": resolved to the body named before
        }
        if (i >= 1 && toks.get(i - 1).word().equals("Its") && a.bodyHeads.contains(toks.get(i).lw()) && lower.substring(toks.get(i).end(), end).isBlank()
                && lower.substring(toks.get(i - 1).end(), toks.get(i).start()).isBlank() && Speakers.opensSentence(text, floor, toks.get(i - 1).start())) {
            return Optional.of(new Credit(verb, null, false, "it"));   // "Its observers counted 90": the body named before
        }
        if (i >= 0 && toks.get(i).lw().equals("it") && lower.substring(toks.get(i).end(), end).isBlank() && asideBetweenCommas(lower, toks.get(i).start(), verb)) {
            return Optional.of(new Credit(verb, null, false, "it"));   // "Fifty-six people, it says, were killed": the document named before
        }
        if (i >= 0 && toks.get(i).word().equals("It") && lower.substring(toks.get(i).end(), end).isBlank() && Speakers.opensSentence(text, floor, toks.get(i).start())) {
            return Optional.of(new Credit(verb, null, false, "it"));   // "Memorial said ... It said 700 had been taken": the body credited before
        }
        if (i >= 0 && toks.get(i).lw().equals("it") && lower.substring(toks.get(i).end(), end).isBlank()) {
            return Optional.of(new Credit(verb, null, false, "it-subject"));   // "in 1995 it listed 1,356": only a body credited earlier in the sentence
        }
        int e = end;
        while (e > floor && Character.isWhitespace(lower.charAt(e - 1))) {
            e--;
        }
        if (e > floor && lower.charAt(e - 1) == ')') {
            // "the International Committee of the Red Cross (ICRC) said"
            int open = lower.lastIndexOf('(', e - 1);
            if (open >= floor && e - open <= 60) {
                end = open;
                e = open;
                while (e > floor && Character.isWhitespace(lower.charAt(e - 1))) {
                    e--;
                }
            }
        }
        if (lower.startsWith("ing", wordEnd(lower, verb) - 3)) {
            Optional<BodyPhrase.Phrase> main = subjectOfMainClause(text, lower, floor, verb);
            if (main.isPresent()) {
                return Optional.of(new Credit(verb, main.get()));
            }
        }
        boolean stepped = false;
        while (e > floor && ",—–".indexOf(lower.charAt(e - 1)) >= 0) {
            // "Memorial, the Moscow-based rights group, counted", "HRW — no friend of Baku — found": step over the aside
            int comma = lower.lastIndexOf(lower.charAt(e - 1), e - 2);
            boolean relClause = false;
            if (lower.charAt(e - 1) == ',' && (comma < floor || e - comma > 100 || Attribution.anyOf(lower, comma, e, ";:()\n") || relativeAt(lower, comma + 1, e))) {
                // "The indictment, which runs to 421 pages and cites Article 103 (genocide), also states": a relative clause, however long
                int opening = relativeOpening(lower, floor, e - 1);
                if (opening >= 0) {
                    comma = lower.lastIndexOf(',', opening);
                    relClause = true;
                }
            }
            if (stepped && !relClause && coordinatorAt(lower, comma + 1, e)) {
                break;   // "..., and the Memorial centre, whose observers were there, reported": no apposition before the relative clause
            }
            if (comma < floor || !relClause && (e - comma > 100 || Attribution.anyOf(lower, comma, e, ";:()\n"))) {
                if (stepped) {
                    break;   // "Memorial, which ..., said": only the relative clause was an aside
                }
                return Optional.empty();
            }
            // "The head of the community, Elman Hasanov, said": the name between the commas
            Optional<BodyPhrase.Phrase> name = relClause ? Optional.empty() : a.bodies.before(text, comma + 1, e - 1, comma + 1);
            // "Azerbaijan's permanent representative to the United Nations, Ambassador Jane Roe, said": a body opens the phrase before
            if (name.isPresent() && a.bodies.isName(text, name.get())
                    && (a.bodies.before(text, floor, comma, floor).isPresent() || a.bodies.after(text, lower, floor, comma, floor).isPresent()
                        || ownedRole(text, floor, comma) || namesOwnedNoun(text, floor, comma) || headedByBodyNoun(text, floor, comma))) {
                return Optional.of(new Credit(verb, name.get()));
            }
            if (name.isPresent() && !relClause && ownedRole(text, floor, comma) && roleOfNamedBody(name.get().name())) {
                return Optional.of(new Credit(verb, name.get()));   // "Our guest, a representative of the Kura Consulate, said"
            }
            end = comma;
            if (!relClause || stepped) {
                end = pastAsides(text, lower, floor, end);
                break;
            }
            // "Memorial, the Russian rights group, which interviewed refugees, wrote": an apposition may stand before the relative clause
            stepped = true;
            e = comma + 1;
        }
        int closing = end;
        while (closing > floor && Character.isWhitespace(lower.charAt(closing - 1))) {
            closing--;
        }
        if (closing > floor && lower.charAt(closing - 1) == ')' && closing < verb) {
            // "Human Rights Watch (HRW), in its 1995 report, said": the initials after the name, past the aside
            int open = lower.lastIndexOf('(', closing - 1);
            if (open >= floor && closing - open <= 60) {
                end = open;
            }
        }
        Optional<BodyPhrase.Phrase> recordBy = recordBy(text, lower, floor, end);
        if (recordBy.isPresent()) {
            return Optional.of(new Credit(verb, recordBy.get()));   // "Early reports from Barda by Reuters spoke of"
        }
        int aside = asideBefore(text, lower, floor, end);
        if (aside > floor) {
            Optional<BodyPhrase.Phrase> said = a.bodies.before(text, floor, aside, floor);
            if (said.isPresent()) {
                return Optional.of(new Credit(verb, said.get()));   // "Memorial in its report said", "the ministry in a statement said"
            }
        }
        // "the report of the Ombudsman stating that": a participle tells of the phrase before it, wherever it stands
        boolean participle = lower.startsWith("ing", wordEnd(lower, verb) - 3);
        Optional<BodyPhrase.Phrase> issuer = participle ? issuerOfRecord(text, floor, end) : Optional.empty();
        if (issuer.isPresent()) {
            return Optional.of(new Credit(verb, issuer.get()));   // "the council has issued a statement saying that"
        }
        Optional<BodyPhrase.Phrase> p = participle ? a.bodies.owner(text, floor, end, floor) : a.bodies.before(text, floor, end, floor);
        p = p.filter(b -> !a.bodies.onlyVague(text, b));   // "Revised estimates": a heading, not "Revised" estimating
        if (p.isEmpty() || objectOfPreposition(lower, floor, p.get().start())) {
            // "officials speaking to reporters in Aghdam gave": the phrase before the verb is a preposition's object
            Optional<BodyPhrase.Phrase> head = headOfRelative(text, lower, floor, end);
            p = head.isPresent() || p.isEmpty() ? head : p;
        }
        if (p.isEmpty()) {
            p = bodyOfMembers(text, lower, floor, end);   // "Investigators from Human Rights Watch put"
        }

        return p.map(b -> new Credit(verb, b));
    }

    /**
     * "The council has issued a statement saying that", "Memorial released a short report stating": a record made public
     * ({@code record_issuing_verbs}) right before a participle of saying is the words of whoever issued it, the subject
     * of that verb; empty when the record is not the object of such a verb after a body.
     */
    private Optional<BodyPhrase.Phrase> issuerOfRecord(String text, int floor, int end) {
        List<BodyPhrase.Tok> toks = a.bodies.tokens(text, floor, end);
        int i = toks.size() - 1;
        if (i < 2 || !a.recordWords.contains(toks.get(i).lw())) {
            return Optional.empty();
        }
        i--;
        int modifiers = 0;
        while (i >= 0 && !a.issuingVerbs.contains(toks.get(i).lw()) && !toks.get(i).cap() && modifiers < 3) {
            i--;   // "a statement", "a short statement", "its annual report"
            modifiers++;
        }
        if (i < 1 || !a.issuingVerbs.contains(toks.get(i).lw())) {
            return Optional.empty();
        }
        int verbAt = toks.get(i).start();
        while (i >= 1 && a.adverbs.contains(toks.get(i - 1).lw())) {
            verbAt = toks.get(--i).start();   // "has issued", "has also released"
        }
        return a.bodies.before(text, floor, verbAt, floor).filter(b -> a.bodies.isName(text, b) || !a.bodies.vague(text, b));
    }

    /**
     * "Amnesty later called it the worst massacre of the war, documenting no fewer than 172 deaths": a participle of
     * saying after a comma tells what the sentence's subject did; the subject is a body named at the sentence's start,
     * right before its verb.
     */
    private Optional<BodyPhrase.Phrase> subjectOfMainClause(String text, String lower, int floor, int verb) {
        int e = verb;
        while (e > floor && lower.charAt(e - 1) == ' ') {
            e--;
        }
        if (e <= floor || lower.charAt(e - 1) != ',') {
            return Optional.empty();
        }
        int s = floor;
        while (s < e && !Character.isLetter(text.charAt(s))) {
            s++;
        }
        Optional<BodyPhrase.Phrase> p = a.bodies.after(text, lower, s, e, floor);
        String opening = Text.lower(text.substring(s, p.isEmpty() ? s : p.get().start()).strip());
        if (p.isEmpty() || !opening.isEmpty() && !a.grammar.list("articles").contains(opening) || a.bodies.vague(text, p.get())) {
            return Optional.empty();
        }
        List<BodyPhrase.Tok> next = a.bodies.tokens(text, p.get().end(), Math.min(e, p.get().end() + 40));
        int k = 0;
        while (k < next.size() && a.adverbs.contains(next.get(k).lw())) {
            k++;   // "Amnesty later called"
        }
        if (k >= next.size() || next.get(k).cap() || !text.substring(p.get().end(), next.get(k).start()).isBlank() && k == 0
                || a.stopwords.contains(next.get(k).lw()) || !(next.get(k).lw().endsWith("ed") || a.verbSet.contains(next.get(k).lw())
                        || next.get(k).lw().endsWith("s") && !next.get(k).lw().endsWith("ss"))) {
            return Optional.empty();   // the name must be the subject of a verb that follows it
        }
        return p;
    }

    /** The body after "by" in a subject that is a record: "Early reports from Barda by Reuters, whose ..., spoke of". */
    private Optional<BodyPhrase.Phrase> recordBy(String text, String lower, int floor, int end) {
        int e = end;
        while (e > floor && (Character.isWhitespace(lower.charAt(e - 1)) || lower.charAt(e - 1) == ',')) {
            e--;
        }
        int by = lower.lastIndexOf(" by ", e);
        if (by < Math.max(floor, e - 60)) {
            return Optional.empty();
        }
        // the text as written: the place a record came from is told by its capital ("reports from Barda by")
        Matcher m = RECORD_BY.matcher(text).region(Math.max(floor, by - 60), by + 4);
        if (!m.find() || !a.ownedRecords.contains(Text.lower(m.group(1)))) {
            return Optional.empty();
        }
        int nameEnd = e;
        Optional<BodyPhrase.Phrase> b = a.bodies.after(text, lower, by + 4, nameEnd, by + 4);
        return b.filter(x -> lower.substring(x.end(), nameEnd).isBlank() && (a.bodies.isName(text, x) || namedBody(x)));
    }

    /** The body "it" at {@code it} stands for: the name before the parentheses it opens, or the body opening the sentence. */
    Optional<BodyPhrase.Phrase> itsBody(String text, String lower, int floor, int it) {
        int i = lower.lastIndexOf("it", it);
        int p = i - 1;
        while (p > floor && lower.charAt(p) == ' ') {
            p--;
        }
        if (i > floor && p >= floor && lower.charAt(p) == '(') {
            int e = p;
            while (e > floor && lower.charAt(e - 1) == ' ') {
                e--;
            }
            Optional<BodyPhrase.Phrase> named = a.bodies.before(text, floor, e, floor);
            return named.filter(b -> a.bodies.isName(text, b));
        }
        Matcher open = SENTENCE_OPENING.matcher(text).region(floor, it);
        int s = open.lookingAt() ? open.end() : floor;
        Optional<BodyPhrase.Phrase> b = a.bodies.after(text, lower, s, it, s);
        if (b.isEmpty() || a.bodies.vague(text, b.get())) {
            return Optional.empty();
        }
        String opening = Text.lower(text.substring(s, b.get().start()).strip());
        if (!opening.isEmpty() && !a.grammar.list("articles").contains(opening)) {
            return Optional.empty();
        }
        List<BodyPhrase.Tok> next = a.bodies.tokens(text, b.get().end(), Math.min(it, b.get().end() + 40));
        int k = 0;
        while (k < next.size() && a.adverbs.contains(next.get(k).lw())) {
            k++;
        }
        return k < next.size() && !next.get(k).cap() && !a.stopwords.contains(next.get(k).lw())
                && (next.get(k).lw().endsWith("ed") || a.verbSet.contains(next.get(k).lw())) && (a.bodies.isName(text, b.get()) || namedBody(b.get()))
                ? b : Optional.empty();
    }

    /**
     * "Our guide, Rashad, told us", "my driver, Elchin, said": a short phrase owned by a possessive and
     * naming no one, right before a name between commas, is that person's role.
     */
    /**
     * "The only international organisation that investigated at the time, Kura Watch, documented": the phrase before the
     * name's comma opens with a determiner and a body's noun within its first words.
     */
    private boolean headedByBodyNoun(String text, int floor, int comma) {
        for (int i = comma - 1; i > floor; i--) {
            if (text.charAt(i) == ';' || text.charAt(i) == ':' || text.charAt(i) == '—') {
                floor = i + 1;   // "...; the only organisation on the ground, Kura Watch, found": the clause after the break
                break;
            }
        }
        List<BodyPhrase.Tok> toks = a.bodies.tokens(text, floor, comma);
        if (toks.size() < 2 || !List.of("the", "a", "an").contains(toks.get(0).lw()) || !text.substring(floor, toks.get(0).start()).isBlank()) {
            return false;
        }
        for (int k = 1; k < Math.min(toks.size(), 5); k++) {
            if (toks.get(k).cap()) {
                return false;
            }
            if (a.bodyHeads.contains(toks.get(k).lw())) {
                return true;
            }
        }
        return false;
    }

    /** "representative of the Kura Consulate", "a spokeswoman for the Ministry": a body's role, then "of"/"for"/"to" and a name. */
    private boolean roleOfNamedBody(String name) {
        String[] words = name.split("\\s+");
        if (words.length < 3 || !a.bodyHeads.contains(Text.lower(words[0]))) {
            return false;
        }
        String link = Text.lower(words[1]);
        return (link.equals("of") || link.equals("for") || link.equals("to"))
                && java.util.Arrays.stream(words).skip(2).anyMatch(w -> Character.isUpperCase(w.charAt(0)));
    }

    private boolean ownedRole(String text, int floor, int comma) {
        List<BodyPhrase.Tok> toks = a.bodies.tokens(text, floor, comma);
        if (toks.size() < 2 || toks.size() > 4 || !a.owners.contains(toks.get(0).lw())) {
            return false;
        }
        for (BodyPhrase.Tok t : toks) {
            if (t.cap() && t != toks.get(0) || !t.lw().chars().allMatch(Character::isLetter)) {
                return false;
            }
        }
        return text.substring(floor, toks.get(0).start()).isBlank();
    }

    /**
     * "Human Rights Watch's predecessor, Helsinki Watch, spoke of", "the ministry's spokesman, Jane Roe, said": a noun
     * or two owned by a capitalized name's possessive right before the comma, which the name between the commas names.
     */
    private boolean namesOwnedNoun(String text, int floor, int comma) {
        List<BodyPhrase.Tok> toks = a.bodies.tokens(text, floor, comma);
        int n = toks.size();
        for (int k = 1; k <= 2 && n - k - 1 >= 0; k++) {
            BodyPhrase.Tok owner = toks.get(n - k - 1);
            boolean nouns = toks.subList(n - k, n).stream().allMatch(t -> !t.cap() && t.lw().chars().allMatch(Character::isLetter));
            if (nouns && owner.cap() && Attribution.POSSESSIVE_END.matcher(owner.word()).find()) {
                return true;
            }
        }
        return false;
    }

    /** "Her own appendix lists 609": a person's record says what its owner says ("she", resolved later). */
    private Optional<Credit> ownedRecord(List<BodyPhrase.Tok> toks, int i, String lower, int end, int verb) {
        if (i < 1 || !a.ownedRecords.contains(toks.get(i).lw()) || !lower.substring(toks.get(i).end(), end).isBlank()) {
            return Optional.empty();
        }
        int o = toks.get(i - 1).lw().equals("own") ? i - 2 : i - 1;
        String owner = o >= 0 ? toks.get(o).lw() : "";
        String pronoun = owner.equals("her") ? "she" : owner.equals("his") ? "he" : owner.equals("their") ? "they" : null;
        return pronoun == null ? Optional.empty() : Optional.of(new Credit(verb, null, false, pronoun));
    }

    /** Where the "which" or "who" of the relative clause that runs up to {@code to} starts (after its comma), or -1: none before a clause mark. */
    private static int relativeOpening(String lower, int floor, int to) {
        int from = Math.max(floor, to - 250);
        for (int i = to - 1; i > from; i--) {
            char ch = lower.charAt(i);
            if (ch == ';' || ch == ':' || ch == '\n') {
                return -1;
            }
            if (ch == ',' && relativeAt(lower, i + 1, to)) {
                int w = i + 1;
                while (w < to && lower.charAt(w) == ' ') {
                    w++;
                }
                return w;
            }
        }
        return -1;
    }

    /** Whether the text at {@code at} (past spaces) opens with a coordinator: "and", "or", "but", "while". */
    private static boolean coordinatorAt(String lower, int at, int to) {
        int w = at;
        while (w < to && lower.charAt(w) == ' ') {
            w++;
        }
        return lower.startsWith("and ", w) || lower.startsWith("or ", w) || lower.startsWith("but ", w) || lower.startsWith("while ", w);
    }

    /** Whether the text at {@code at} (past spaces) opens a relative clause: "which", "who", "whose". */
    private static boolean relativeAt(String lower, int at, int to) {
        int w = at;
        while (w < to && lower.charAt(w) == ' ') {
            w++;
        }
        return lower.startsWith("which ", w) || lower.startsWith("who ", w) || lower.startsWith("whose ", w);
    }

    /**
     * The name a relative clause opened at {@code relative} is about: "Human Rights Watch, which ...", or the
     * owner of a record named so: "Human Rights Watch's 1993 report, which gave", "the report of Memorial, which".
     */
    private Optional<Credit> relativeHead(String text, String lower, int floor, int relative, int verb) {
        int comma = relative;
        while (comma > floor && Character.isWhitespace(lower.charAt(comma - 1))) {
            comma--;
        }
        if (comma <= floor || lower.charAt(comma - 1) != ',') {
            return Optional.empty();
        }
        // the clause's subject or an object: "She quoted Human Rights Watch, which ... counted"
        Optional<BodyPhrase.Phrase> head = a.bodies.owner(text, floor, comma - 1, floor);
        if (head.isPresent() && a.bodies.isName(text, head.get())) {
            return Optional.of(new Credit(verb, head.get()));
        }
        // "let me quote Human Rights Watch, which": the capitalized name that ends at the comma
        int nameFrom = Math.max(floor, comma - 1 - 80);
        Matcher named = Attribution.NAME.matcher(text).region(nameFrom, comma - 1);
        while (named.find()) {
            if (named.end() == comma - 1 && named.start() > nameFrom && !Character.isLetter(text.charAt(named.start() - 1))) {
                BodyPhrase.Phrase whole = new BodyPhrase.Phrase(named.start(), named.end(), named.group(), false);
                if (named.group().indexOf(' ') > 0 && a.bodies.isName(text, whole)) {
                    return Optional.of(new Credit(verb, whole));
                }
            }
        }
        // the record's owner: "Human Rights Watch's 1993 report", "the report of Human Rights Watch"
        int from = Math.max(floor, comma - 1 - 80);
        Matcher own = RECORD_OWNER.matcher(lower.substring(from, comma - 1));
        int ownerEnd = -1;
        if (own.find()) {
            ownerEnd = from + own.start(1);
        } else if (own.usePattern(RECORD_OF).reset().find()) {
            ownerEnd = comma - 1;
        }
        Optional<BodyPhrase.Phrase> owner = ownerEnd < 0 ? Optional.empty() : a.bodies.owner(text, floor, ownerEnd, floor);
        if (owner.isPresent() && a.bodies.isName(text, owner.get())) {
            return Optional.of(new Credit(verb, owner.get()));
        }
        // "let me quote the Moscow-based Memorial centre, which counted": a name with a body's noun at its end
        return head.filter(h -> namedBody(h)).map(h -> new Credit(verb, h));
    }

    /** "the Moscow-based Memorial centre", "the Helsinki Committee delegation": a name with a body's noun at its end. */
    boolean namedBody(BodyPhrase.Phrase p) {
        String name = p.name();
        return name.chars().anyMatch(Character::isUpperCase) && a.bodyHeads.contains(Attribution.lastWord(Text.lower(name)));
    }

    /**
     * Where the subject ends when asides follow one another between it and its verb: "Zahid Mammadov, 61, who
     * lost his brother that night, said", "the State Commission on Prisoners of War, Hostages and Missing Persons,
     * which has spent years on the names, counts": {@code end} is the comma that opens the last aside; an aside
     * before it is stepped over while no body ends right before that comma (at most two more, each short).
     */
    private int pastAsides(String text, String lower, int floor, int end) {
        for (int n = 0; n < 2 && a.bodies.before(text, floor, end, floor).isEmpty(); n++) {
            int comma = lower.lastIndexOf(',', end - 1);
            if (comma < floor || end - comma > 60 || Attribution.anyOf(lower, comma, end, ";:()\n")) {
                break;
            }
            end = comma;
        }
        return end;
    }

    /**
     * Where an aside between a body and its verb starts, one that tells where or how the body said
     * it: a preposition of {@code attribution_aside_prepositions} opening a phrase that is owned or
     * indefinite ("in its report", "in a statement", "in the column of its foreign editor"); -1 if none.
     * A place is no aside ("officials at the morgue in Agdam said").
     */
    private int asideBefore(String text, String lower, int floor, int end) {
        List<BodyPhrase.Tok> toks = a.bodies.tokens(text, floor, end);
        for (int i = toks.size() - 2; i >= 1 && toks.size() - i <= 8; i--) {
            BodyPhrase.Tok t = toks.get(i);
            if (!a.asidePrepositions.contains(t.lw())) {
                continue;
            }
            if (Attribution.anyOf(lower, t.start(), end, ",;:()\n\"“”")) {
                return -1;
            }
            String next = toks.get(i + 1).lw();
            boolean owned = next.equals("a") || next.equals("an");
            for (int k = i + 1; k < toks.size() && !owned; k++) {
                owned = a.owners.contains(toks.get(k).lw());
            }
            return owned ? t.start() : -1;
        }
        return -1;
    }

    /** Whether the word right before {@code at} is a preposition ("to reporters", "in Aghdam"). */
    private boolean objectOfPreposition(String lower, int floor, int at) {
        String w = NumberClause.lastWord(lower, floor, at);
        return w != null && lower.substring(floor, at).stripTrailing().endsWith(w)
                && (a.grammar.list("prepositions").contains(w) || List.of("in", "at", "on", "of").contains(w));
    }

    /**
     * "Investigators from Human Rights Watch put", "researchers of the Memorial Centre found": people of a body
     * ({@code attribution_nouns}) that open the subject, named with "from", "of" or "at" and the body right before the
     * verb, say what their body says.
     */
    private Optional<BodyPhrase.Phrase> bodyOfMembers(String text, String lower, int floor, int end) {
        Matcher m = MEMBERS_OF.matcher(lower).region(floor, end);
        Optional<BodyPhrase.Phrase> found = Optional.empty();
        while (m.find()) {
            String opening = lower.substring(floor, m.start(1)).strip();
            if (!a.bodyHeads.contains(m.group(1)) || !opening.isEmpty() && !a.grammar.list("articles").contains(opening)) {
                continue;   // the people open the subject: "Investigators from X", not "the office of X"'s inner "of"
            }
            int from = m.end();
            Optional<BodyPhrase.Phrase> p = a.bodies.after(text, lower, from, end, floor);
            found = p.filter(b -> b.start() <= from + 4 && lower.substring(b.end(), end).isBlank() && a.bodies.isName(text, b));
        }
        return found;
    }

    /**
     * "Journalists who reached Aghdam estimated", "A commission set up in March counted", "Officials speaking to
     * reporters gave": the phrase at the clause start, ended by a relative word or a participle.
     */
    private Optional<BodyPhrase.Phrase> headOfRelative(String text, String lower, int floor, int end) {
        int start = floor;
        for (int i = end - 1; i >= floor; i--) {
            // a dateline's spaced dash ends what stands before the clause: "BAKU, April 9 (Reuters) - A commission set up ..."
            if (",;:(—".indexOf(lower.charAt(i)) >= 0 || lower.charAt(i) == '-' && i > floor && lower.charAt(i - 1) == ' ' && lower.startsWith(" ", i + 1)) {
                start = i + 1;
                break;
            }
        }
        Optional<BodyPhrase.Phrase> p = a.bodies.after(text, lower, start, end, floor);
        if (p.isEmpty()) {
            return p;
        }
        List<BodyPhrase.Tok> rest = a.bodies.tokens(text, p.get().end(), end);
        if (rest.isEmpty() || !lower.substring(p.get().end(), rest.get(0).start()).isBlank()) {
            return Optional.empty();
        }
        // "The ombudsman stressed that the dead counted ...": a clause of its own has its own subject
        for (int i = 1; i < rest.size(); i++) {
            if (rest.get(i).lw().equals("that")) {
                return Optional.empty();
            }
        }
        String w = rest.get(0).lw();
        // "officials speaking to reporters in Aghdam gave": a present participle ends it as a past one does
        return a.phraseEnds.contains(w) || (w.endsWith("ed") || w.endsWith("ing") && w.length() > 5) && !rest.get(0).cap() ? p : Optional.empty();
    }
}
