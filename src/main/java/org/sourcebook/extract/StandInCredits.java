package org.sourcebook.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sourcebook.extract.Attribution.Credit;

/** Reads credits that a word stands in for: "it" or "the organisation" for a body named before in the sentence, a pronoun in a quotation for hearsay, a person's page for its subject. */
final class StandInCredits {
    private final Attribution a;

    StandInCredits(Attribution a) {
        this.a = a;
    }

    /** A person's page: the name its top heading gives ("# Elmira Huseynova"), two to four capitalized words, no body's; else null. */
    Credit pageSubject(String text) {
        int s = 0;
        while (s < text.length() && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        if (!text.startsWith("# ", s)) {
            return null;
        }
        int e = text.indexOf('\n', s);
        String title = text.substring(s + 2, e < 0 ? text.length() : e).strip();
        String[] words = title.split(" ");
        if (words.length < 2 || words.length > 4) {
            return null;
        }
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || !w.chars().allMatch(ch -> Character.isLetter(ch) || ch == '-' || ch == '\'' || ch == '’')
                    || a.bodyHeads.contains(Text.lower(w)) || a.stopwords.contains(Text.lower(w))) {
                return null;
            }
        }
        return new Credit(s + 2, title);
    }

    /**
     * "Memorial — the rights group, I knew them — they counted some 90 bodies", "The commission, as far as I know, it
     * lists 40": a body named at the opening of the sentence and set off by a dash or a comma is the one the pronoun
     * after the aside stands for; null when the sentence opens otherwise.
     */
    Credit topicBefore(String text, String lower, int sentenceStart, int verb, String pronoun) {
        if (verb <= sentenceStart) {
            return null;
        }
        java.util.regex.Matcher word = java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(pronoun) + "\\b").matcher(lower).region(sentenceStart, verb);
        int pronounAt = -1;
        while (word.find()) {
            pronounAt = word.start();
        }
        int s = sentenceStart;
        while (s < pronounAt && !Character.isLetterOrDigit(text.charAt(s))) {
            s++;
        }
        int p = pronounAt;
        while (p > s && Character.isWhitespace(text.charAt(p - 1))) {
            p--;
        }
        if (pronounAt < 0 || p <= s || "—–,".indexOf(text.charAt(p - 1)) < 0) {
            return null;
        }
        java.util.Optional<BodyPhrase.Phrase> name = a.bodies.after(text, lower, s, p - 1, s);
        String opening = name.isEmpty() ? "" : lower.substring(s, name.get().start()).strip();
        if (name.isEmpty() || !opening.isEmpty() && !a.grammar.list("articles").contains(opening) || !a.bodies.isName(text, name.get())
                || a.bodies.labelWord(Text.lower(name.get().name()))) {
            return null;
        }
        int e = name.get().end();
        while (e < p && text.charAt(e) == ' ') {
            e++;
        }
        return e < p && "—–,".indexOf(text.charAt(e)) >= 0 ? new Credit(s, name.get()) : null;
    }

    /**
     * "“They say 150 are still missing,” she says": a pronoun inside a quotation that points to no one named
     * before tells what the speaker heard, and the figure is the speaker's; null when the speaker is no one named.
     */
    Credit quotedHearsay(String text, PhraseHits hits, int[] quote, int before) {
        Credit s = a.speakers.speaker(text, hits, quote);
        if (s == null) {
            // "“They counted 300 dead,” said Anar Guliyev": the speaker named after the quotation, the verb first
            int end = quote[1] + 1;
            while (end < text.length() && end - quote[1] < 160 && ".!?\n".indexOf(text.charAt(end)) < 0) {
                end++;
            }
            s = a.credits(text, hits, quote[1], end, quote[0]).stream().filter(c -> c.at() > quote[1]).findFirst().orElse(null);
        }
        if (s != null && s.name() == null) {
            s = a.speakers.named(text, hits, before, null, !"they".equals(s.pronoun()), "it".equals(s.pronoun()));
        }
        return s;
    }

    /**
     * "The Commission gives 1,140, of whom, it says, 150 remain missing", "- Prosecutor's Office: 476 dead; 52 of
     * them, it says, ...", "The Commission revised its list: in 1995 it listed 1,356": the body credited earlier in
     * the same sentence, which "it" stands for. Without one, "it" between commas is resolved later (the document
     * named before) and "it" as a plain subject credits no one.
     */
    Credit bodyItStandsFor(String text, PhraseHits hits, List<int[]> clauses, int k, int sentenceStart, Credit it) {
        for (int j = k; j >= 0; j--) {
            int[] clause = clauses.get(j);
            int to = j == k ? Math.min(clause[1], it.at()) : clause[1];
            List<Credit> earlier = to > clause[0] ? a.credits(text, hits, clause[0], to, sentenceStart) : List.of();
            for (int i = earlier.size() - 1; i >= 0; i--) {
                if (earlier.get(i).name() != null && earlier.get(i).at() < it.at()) {
                    return earlier.get(i);
                }
            }
            if (j < k && clauses.get(j + 1)[2] == 2) {
                Credit l = a.lines.label(text, hits.lower(), clause[0], clause[1]);   // "Prosecutor's Office: 476 dead; ..."
                if (l != null) {
                    return l;
                }
            }
        }
        // "The Commission has revised its list: in 1995 it listed ...": the body that opens the sentence
        int[] first = clauses.get(0);
        Optional<BodyPhrase.Phrase> opener = k > 0 ? a.bodies.after(text, hits.lower(), sentenceStart, first[1], sentenceStart) : Optional.empty();
        if (opener.isPresent() && opener.get().name() != null && text.substring(sentenceStart, opener.get().start()).strip().matches("(?i)(the)?")) {
            return new Credit(it.at(), opener.get());
        }
        // the body that opens the sentence as the subject of its verb ("**10:15** The Committee has released its data:
        // it says ..."), or the name right before the parentheses "it" opens ("Human Rights Watch (it counted ...)")
        Optional<BodyPhrase.Phrase> own = a.subjects.itsBody(text, hits.lower(), sentenceStart, it.at());
        if (own.isPresent()) {
            return new Credit(it.at(), own.get());
        }
        return "it".equals(it.pronoun()) ? it : null;
    }

    /**
     * "presented the report of Human Rights Watch, in which the organisation recorded": the last name its own
     * sentence gives before the generic word, when that name ends with a body's head word ("Watch", "Commission"), or null.
     */
    /** "The statement says", "The report also lists": a record named with "the", then a verb of saying; group 1 is the record. */
    private static final Pattern THE_RECORD_SAYS = Pattern.compile("[*_\\s]*[Tt]he\\s+(?:[\\p{Ll}-]+\\s+){0,2}?([\\p{Ll}]+)\\s+(?:also\\s+)?(says|said|states|stated|notes|noted|lists|listed|gives|gave|reports|reported|adds|added|puts|put|records|recorded)\\b");

    /**
     * "The ministry has published its statement. ... The statement says 20 countries ...": a clause whose subject is a record
     * named with "the" is the body that issued that record before it ({@code record_issuing_verbs}), in its paragraph or the
     * two before; else null.
     */
    Credit issuerOfRecordNamed(String text, String lower, int clause, int at) {
        Matcher m = THE_RECORD_SAYS.matcher(text).region(clause, at);
        if (!m.lookingAt() || !a.ownedRecords.contains(m.group(1))) {
            return null;
        }
        String record = m.group(1);
        int from = clause;
        for (int p = 0; p < 3 && from > 0; p++) {
            int prev = text.lastIndexOf("\n\n", from - 1);
            from = prev < 0 ? 0 : prev;
        }
        // the last issuing of that record before: "<body> has published its anniversary statement"
        List<Integer> named = new java.util.ArrayList<>();
        for (int r = Text.find(lower, record, from, clause); r >= 0; r = Text.find(lower, record, r + 1, clause)) {
            named.add(r);
        }
        for (int i = named.size() - 1; i >= 0; i--) {
            Credit issuer = issuerAt(text, lower, named.get(i));
            if (issuer != null) {
                return issuer;
            }
        }
        return null;
    }

    /** The subject of the issuing verb a few words before the record at {@code record}, or null. */
    private Credit issuerAt(String text, String lower, int record) {
        List<BodyPhrase.Tok> toks = a.bodies.tokens(text, Math.max(0, record - 60), record);
        for (int k = toks.size() - 1; k >= 0 && k >= toks.size() - 5; k--) {
            if (a.issuingVerbs.contains(toks.get(k).lw())) {
                int start = Math.max(Math.max(text.lastIndexOf(". ", toks.get(k).start()) + 2, text.lastIndexOf('\n', toks.get(k).start()) + 1), 0);
                return a.subjects.subject(text, lower, start, toks.get(k).start()).filter(c -> c.name() != null).orElse(null);
            }
        }
        return null;
    }

    Credit bodyNamedBefore(String text, int sentenceStart, int at) {
        Credit named = a.speakers.mentioned(text, sentenceStart, at, null, true);
        return named != null && a.bodyHeads.contains(Text.lower(Attribution.lastWord(named.name()))) ? named : null;
    }
}
