package org.sourcebook.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a figure is credited to ({@code attributed_to}). A credit is one of the grammar's patterns
 * and the noun phrase ({@link BodyPhrase}) that names the body:
 * <ul>
 * <li>a frame before the body: "according to Memorial", "as reported by the authorities" ({@code attribution_before});</li>
 * <li>a reporting verb after its subject: "Memorial reported", "local officials say", "X told our
 * researchers that", "X has named", "Doctors most often cited" ({@code attribution_verbs}), or before it
 * after a comma or a quotation: "..., said the ministry" ({@code attribution_verbs_inverted});</li>
 * <li>a verb frame whose object holds the figure: "X put the toll at", "X gave a figure of", "X spoke of"
 * ({@code attribution_frames}; "…" stands for a few words);</li>
 * <li>a frame whose object is the body: "Interfax quoted the ministry as saying" ({@code attribution_object_frames});</li>
 * <li>a possessive: "Memorial's figure is 172" ({@code attribution_possessed}).</li>
 * </ul>
 * A subject that only does something ("Azerbaijan put an end to ...") credits nothing.
 *
 * <p>Scope: a credit covers the figures of its own clause; a clause without one takes the credit
 * of the clause before when a semicolon, "while" or a colon goes on with the same statement
 * ("As reported by X, ... 580 ..., while 1,000 were wounded"); a list or table line takes the
 * credit of its lead-in line ending in ":" (or a table's caption); a figure inside a quotation
 * takes its speaker ("“...,” he said": the body named before). A new sentence starts fresh.
 *
 * <p>This class finds the patterns and ties the constructions together; each construction is read by
 * a class of its own: {@link VerbChecks} (whether a verb or frame found credits), {@link Subjects} (the
 * body before a verb), {@link RecordCredits} (a body's record, "by" the body), {@link BracketedCredits}
 * (parentheses, dashes, gapped clauses, citations), {@link LineCredits} (list and table lines),
 * {@link Speakers} (quotations and the persons named before), {@link StandInCredits} ("it", "the
 * organisation", a person's page) and {@link CreditClauses} (a credit's sentence and clauses).
 */
final class Attribution {
    private static final List<String> OBJECT_PRONOUNS = List.of("them", "him", "her", "it");
    /** A capitalized name on one line ("BAKU MILITARY COURT" over "Summary of ..." is no one name). */
    static final Pattern NAME = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}'’-]+(?:[ \\t]+(?:(?:of|for|and|on|the|de)[ \\t]+)*\\p{Lu}[\\p{L}'’-]+)*");

    /** A possessive ending a name: "State Commission's". */
    static final Pattern POSSESSIVE_END = Pattern.compile("['’]s$");

    /** A credit found: where its pattern stands, and the body (null for "he"/"she", resolved later). */
    record Credit(int at, String name, boolean definite, String pronoun, boolean trailing) {
        Credit(int at, String name, boolean definite, String pronoun) {
            this(at, name, definite, pronoun, false);
        }

        Credit(int at, String name) {
            this(at, name, false, null, false);
        }

        Credit(int at, BodyPhrase.Phrase p) {
            this(at, p.name(), p.definite(), null, false);
        }

        /** A credit that may follow its figure: ", according to X", ", said X". */
        Credit asTrailing() {
            return new Credit(at, name, definite, pronoun, true);
        }
    }

    final Grammar grammar;
    final BodyPhrase bodies;
    /** {@code attribution_vague_words}: "official", "key", "main". */
    final Set<String> vagueWords;
    /** {@code attribution_passive_frames}: "corrected to", "put at", before a figure that "by X" follows. */
    final List<String> passiveFrames;
    /** {@code attribution_weak_verbs}: "gave", crediting a named subject right before its figure when nothing else does. */
    final Set<String> weakVerbs;
    /** "by her reckoning", "in their own estimate": a record owned by a pronoun ({@code attribution_possessed}). */
    private final Pattern pronounRecord;
    /** ", whose tally of", ", whose own figure": a record of the body before the comma. */
    private final Pattern whoseRecord;
    /** Function words, none of them a first name ("When" in "When Roe arrived"). */
    final Set<String> stopwords;
    final List<String> before;
    private final List<String> verbs;
    /** Verbs that are also nouns, read as verbs only right before a figure ("figures list 455", not "its list"). */
    private final Set<String> figureVerbs;
    final List<String> boundWords;
    final List<String> deedObjects;
    final Set<String> inverted;
    /** Verbs of saying that no noun spells ("says"): before a copula they still say. */
    final Set<String> neverNouns;
    /** Records a person keeps ("her own appendix", "his list"): owned by "his", "her" or "their", the owner says. */
    final Set<String> ownedRecords;
    private final List<String[]> frames;
    private final List<String[]> objectFrames;
    /** Every pattern's first words, in the order tried: object frames, frames before the body, verb frames, verbs. */
    private final List<String> patterns;
    private final int beforeFrom;
    private final int framesFrom;
    private final int verbsFrom;
    /** The verbs and the verbs of frames, to look one up. */
    final Set<String> verbSet;
    final Pattern possessed;
    final Set<String> adverbs;
    /** {@code progressive_auxiliaries}: "was" in "the ministry was publishing". */
    final Set<String> progressiveAuxiliaries;
    /** {@code attribution_records}: "statement", "report". */
    final Set<String> recordWords;
    /** {@code record_issuing_verbs}: "issued", "released", a record made public by the verb's subject. */
    final Set<String> issuingVerbs;
    final Set<String> pronouns;
    final Set<String> phraseEnds;
    final Set<String> continues;
    final Set<String> temporal;
    final Set<String> generic;
    final Set<String> bodyHeads;
    final Set<String> asidePrepositions;
    final Set<String> owners;
    final List<String> leadWords;
    final List<String> notes;
    /** Lines of notes that may stand between a table or list and its source line ("Note: figures are rounded."). */
    final List<String> asideNotes;

    /** Every word of every fact's cues and every people noun: a label holding one says what is counted, not who counted it. */
    final Set<String> cueWords;

    final Speakers speakers;
    final LineCredits lines;
    final Subjects subjects;
    private final BracketedCredits bracketed;
    final RecordCredits records;
    private final VerbChecks verbChecks;
    private final StandInCredits standIns;
    private final OfficialRecords officials;
    /** {@code credit_headers}: a table column headed "Who gave it", "Attributed to": its cells name who gave the row's figure. */
    final Set<String> creditHeaders;
    /** {@code noun_classes.people}: "citizens", "residents". */
    private final Set<String> peopleNouns;
    private final CreditClauses creditClauses;
    Attribution(Grammar grammar, Set<String> cueWords) {
        this.creditClauses = new CreditClauses(this);
        this.standIns = new StandInCredits(this);
        this.officials = new OfficialRecords(grammar);
        this.creditHeaders = Set.copyOf(grammar.list("credit_headers"));
        this.peopleNouns = Set.copyOf(grammar.list("noun_classes.people"));
        this.verbChecks = new VerbChecks(this);
        this.records = new RecordCredits(this);
        this.bracketed = new BracketedCredits(this);
        this.subjects = new Subjects(this);
        this.lines = new LineCredits(this);
        this.speakers = new Speakers(this);
        this.grammar = grammar;
        this.cueWords = cueWords;
        this.bodies = new BodyPhrase(grammar);
        this.stopwords = Set.copyOf(grammar.list("attribution_stopwords"));
        this.before = grammar.list("attribution_before");
        this.verbs = grammar.list("attribution_verbs");
        this.figureVerbs = Set.copyOf(grammar.list("attribution_verbs_before_figure"));
        this.boundWords = grammar.lists("qualifiers").values().stream().flatMap(List::stream).toList();
        this.deedObjects = grammar.list("attribution_deed_objects");
        this.inverted = Set.copyOf(grammar.list("attribution_verbs_inverted"));
        this.neverNouns = Set.copyOf(grammar.list("attribution_verbs_never_nouns"));
        Set<String> records = new HashSet<>(grammar.list("attribution_records"));
        records.addAll(grammar.list("attribution_possessed"));
        records.addAll(grammar.list("attribution_owned_records"));
        this.ownedRecords = Set.copyOf(records);
        this.frames = split(grammar.list("attribution_frames"));
        this.objectFrames = split(grammar.list("attribution_object_frames"));
        List<String> all = new ArrayList<>();
        objectFrames.forEach(f -> all.add(f[0]));
        beforeFrom = all.size();
        all.addAll(before);
        framesFrom = all.size();
        frames.forEach(f -> all.add(f[0]));
        verbsFrom = all.size();
        all.addAll(verbs);
        this.patterns = List.copyOf(all);
        Set<String> vs = new HashSet<>(verbs);
        frames.forEach(f -> vs.add(f[0]));
        this.verbSet = Set.copyOf(vs);
        // "Memorial's figure", "UNHCR's own 1994 estimate": at most two words between the owner and the record
        this.possessed = Pattern.compile("(?:['’]s|(?<=s)['’])\\s+(?:[\\p{L}\\d-]+\\s+){0,2}(?:" + String.join("|", grammar.list("attribution_possessed").stream()
                .map(Pattern::quote).toList()) + ")\\b");
        this.adverbs = Set.copyOf(grammar.list("attribution_adverbs"));
        this.recordWords = Set.copyOf(grammar.list("attribution_records"));
        this.progressiveAuxiliaries = Set.copyOf(grammar.list("progressive_auxiliaries"));
        this.issuingVerbs = Set.copyOf(grammar.list("record_issuing_verbs"));
        this.pronouns = Set.copyOf(grammar.list("attribution_pronouns"));
        this.phraseEnds = Set.copyOf(grammar.list("attribution_phrase_ends"));
        this.continues = Set.copyOf(grammar.list("attribution_continues"));
        this.temporal = Set.copyOf(grammar.list("attribution_time_words"));
        this.generic = Set.copyOf(grammar.list("attribution_generic_bodies"));
        this.bodyHeads = Set.copyOf(grammar.list("attribution_nouns"));
        this.asidePrepositions = Set.copyOf(grammar.list("attribution_aside_prepositions"));
        this.owners = Set.copyOf(grammar.list("attribution_owners"));
        this.leadWords = grammar.list("attribution_lead_words");
        this.notes = grammar.list("attribution_notes");
        this.asideNotes = grammar.list("aside_notes");
        this.vagueWords = Set.copyOf(grammar.list("attribution_vague_words"));
        this.passiveFrames = grammar.list("attribution_passive_frames");
        this.weakVerbs = Set.copyOf(grammar.list("attribution_weak_verbs"));
        this.whoseRecord = Pattern.compile(",\\s+whose\\s+(?:[\\p{L}\\d-]+\\s+){0,2}(?:" + String.join("|",
                grammar.list("attribution_possessed").stream().map(Pattern::quote).toList()) + ")\\b");
        this.pronounRecord = Pattern.compile("\\b(?:by|in|on|according to)\\s+(his|her|their)\\s+(?:own\\s+)?(?:" + String.join("|",
                grammar.list("attribution_possessed").stream().map(Pattern::quote).toList()) + ")\\b");
    }

    private static List<String[]> split(List<String> frames) {
        List<String[]> out = new ArrayList<>();
        for (String f : frames) {
            String[] parts = f.split("\\s*…\\s*", -1);
            out.add(parts.length == 1 ? new String[] {parts[0], ""} : new String[] {parts[0].strip(), parts[1].strip()});
        }
        return out;
    }

    /** The credit patterns, in the order they are tried (each one of {@link #phrases}). */
    List<String> patterns() {
        return patterns;
    }

    /** The phrases a text is scanned for once ({@link PhraseSet}). */
    List<String> phrases() {
        List<String> all = new ArrayList<>(before);
        all.addAll(verbs);
        frames.forEach(f -> all.add(f[0]));
        objectFrames.forEach(f -> all.add(f[0]));
        return all;
    }

    /** Whether the word that ends right before {@code at} (past spaces) is a verb of saying ("said that", "estimates that"). */
    boolean saysBefore(String lower, int at) {
        String w = wordBefore(lower, at);
        return !w.isEmpty() && (verbSet.contains(w) || verbs.contains(w + " that"));
    }

    /** The letters of the word that ends right before {@code at}, past white space ("" when none). */
    private static String wordBefore(String lower, int at) {
        int e = at;
        while (e > 0 && Character.isWhitespace(lower.charAt(e - 1))) {
            e--;
        }
        int s = e;
        while (s > 0 && Character.isLetter(lower.charAt(s - 1))) {
            s--;
        }
        String w = lower.substring(s, e);
        return w;
    }

    /** The body named by the words of {@code [from, to)} and nothing else ("Human Rights Watch", "some journalists"). */
    Optional<String> bodyOnly(String text, String lower, int from, int to) {
        Optional<BodyPhrase.Phrase> p = bodies.after(text, lower, from, to, from);
        return p.isPresent() && lower.substring(p.get().end(), to).isBlank() ? Optional.of(p.get().name()) : Optional.empty();
    }

    /** {@link LineCredits#tableColumnCredit}: who gave the figure at {@code at} of a table row, in a later cell. */
    Optional<String> tableColumnCredit(String text, int at, boolean note) {
        return lines.tableColumnCredit(text, at, note);
    }

    /** The clause break of a second that-clause: "said that ..., and that ...". */
    private static final String AND_THAT = "and that";

    /** Where the last " that " in {@code [from, to)} of {@code lower} stands, or -1. */
    private static int lastThat(String lower, int from, int to) {
        int at = lower.lastIndexOf(" that ", to - " that ".length());
        return at >= from ? at : -1;
    }

    /** A copula right before a name: "The first count was ", "the source is ". */
    private static final Pattern COPULA_BEFORE = Pattern.compile("\\s(?:was|is|were|are)\\s+(?:the\\s+)?");

    /** A figure's digits and the second bound of its range: "2,100 to 2,400", "500–1,000". */
    static final Pattern OWN_FIGURE = Pattern.compile("[\\d,.]*\\d(?:\\s*(?:[–-]|to|and)\\s*[\\d,.]*\\d)?");

    /** The body credited with the figure at {@code at} of {@code sentence}, if any. */
    Optional<String> forFigure(String text, PhraseHits hits, int[] whole, int at) {
        int[] sentence = CreditClauses.ownSentence(text, whole, at);
        List<int[]> clauses = clausesOf(text, hits.lower(), sentence);
        int k = 0;
        while (k + 1 < clauses.size() && clauses.get(k + 1)[0] <= at) {
            k++;
        }
        int[] own = clauses.get(k);
        Credit c = records.passiveBy(text, hits.lower(), own[0], at, sentence[1]);
        if (c != null) {
            return Optional.of(c.name());   // "the toll was later corrected to 590 by the government"
        }
        c = records.recordAfterFigure(text, hits.lower(), at, sentence[1]);
        if (c != null) {
            return Optional.of(c.name());   // "20 percent in the government's figures, against 13.6 in the estimate of X"
        }
        // read to the clause's end: "..., a figure it held a minimum; the ministry's figure is 590" is not the first figure's
        c = records.possessedAfterCopula(text, hits.lower(), at, own[1]);
        if (c != null) {
            return Optional.of(c.name());   // "the figure of 590 ... became the ministry's official one"
        }
        Matcher digits = OWN_FIGURE.matcher(text).region(at, sentence[1]);
        if (digits.lookingAt() && text.startsWith(" (", digits.end())) {
            c = bracketed.figuresParenthetical(text, hits.lower(), at, sentence[1], true);
            if (c != null) {
                return Optional.of(c.name());   // "through 470 (the 1993 commission) to 590 (the state's figure)": its own parentheses
            }
        }
        Credit dashed = bracketed.dashedCredit(text, hits.lower(), at, sentence[1]);
        if (dashed != null) {
            return Optional.of(dashed.name());   // "no fewer than 161 dead (HRW); over 200 — Memorial": its own credit after a dash
        }
        c = CreditClauses.choose(credits(text, hits, own[0], own[1], sentence[0]), at, hits.lower());
        if (c != null && c.name() == null && c.pronoun() != null && c.pronoun().startsWith("it")) {
            c = standIns.bodyItStandsFor(text, hits, clauses, k, sentence[0], c);
        }
        if ((c == null || c.at() < own[0]) && k > 0 && clauses.get(k)[2] == 1) {
            Credit gapped = bracketed.gappedCredit(text, hits.lower(), own);   // "; Memorial, about 250": the verb before left out
            c = gapped != null ? gapped : c;
        }
        // a clause that goes on with the same statement: "; the fate of 150 ...", ", while 1,000 were wounded"
        for (int j = k; c == null && j > 0 && clauses.get(j)[2] > 0; j--) {
            int[] prev = clauses.get(j - 1);
            if (clauses.get(j)[2] == 2 && j == k && LineCredits.FIGURE_NEXT.matcher(text).region(prev[1], text.length()).lookingAt()) {
                // "The first independent count was Human Rights Watch: “at least 172” in its report": the name the colon follows
                Matcher copula = COPULA_BEFORE.matcher(hits.lower()).region(prev[0], prev[1]);
                int nameFrom = -1;
                while (copula.find()) {
                    nameFrom = copula.end();
                }
                int nameTo = prev[1];
                c = nameFrom < 0 ? null : bodies.after(text, hits.lower(), nameFrom, nameTo, nameFrom)
                        .filter(b -> bodies.isName(text, b) && !bodies.labelWord(Text.lower(b.name())) && text.substring(b.end(), nameTo).isBlank())
                        .map(b -> new Credit(b.start(), b)).orElse(null);
            }
            if (c != null) {
                break;
            }
            List<Credit> earlier = credits(text, hits, prev[0], prev[1], sentence[0]);
            c = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
            for (int e = earlier.size() - 2; c != null && c.name() == null && "it-subject".equals(c.pronoun()) && e >= 0; e--) {
                if (earlier.get(e).name() != null) {
                    c = earlier.get(e);   // "The office says it has identified 141 suspects, and that ...": "it" is the office
                }
            }
            int that = c == null || !hits.lower().substring(prev[1], clauses.get(j)[0]).strip().equals(AND_THAT) ? -1
                    : lastThat(hits.lower(), sentence[0], c.at());
            if (that >= 0) {
                // "accept that Memorial counted 200 bodies, and that 30,000 died": a credit inside the that-clause before is
                // not its sibling's; the credit that governs both is ("Officials say that ... counted 200, and that ...")
                c = null;
                for (Credit e : earlier) {
                    c = e.at() < that && e.name() != null ? e : c;
                }
                break;
            }
            if (c == null && clauses.get(j)[2] == 2) {
                c = lines.label(text, hits.lower(), prev[0], prev[1]);   // "State Commission data: 580 killed, ..."
            }
        }
        int[] quote = Speakers.quotation(text, at);
        if (c == null) {
            c = lines.boldLabel(text, hits.lower(), sentence[0]);
        }
        if (c == null) {
            c = records.boldTitleAbove(text, hits.lower(), sentence[0]);
        }
        if (c == null) {
            c = records.outletHeaderAbove(text, hits.lower(), sentence[0]);
        }
        if (c == null) {
            c = leadInOnce(text, hits, sentence[0]);
        }
        if (c == null) {
            c = sourceNoteOnce(text, hits, sentence[0]);
        }
        if (c == null) {
            c = bracketed.closingParenthetical(text, hits.lower(), at, sentence[1]);
        }
        if (c == null) {
            c = bracketed.figuresParenthetical(text, hits.lower(), at, sentence[1], false);
        }
        if (c == null) {
            c = bracketed.labelParenthetical(text, hits.lower(), at);
        }
        if (c == null) {
            c = bracketed.citedAuthor(text, at, sentence[1]);
        }
        if (c == null) {
            c = records.weakVerbBefore(text, hits.lower(), own[0], at);
        }
        if (c == null) {
            c = standIns.issuerOfRecordNamed(text, hits.lower(), own[0], at);   // "The statement says": who issued it
        }
        if (c == null && quote != null) {
            c = speakers.speaker(text, hits, quote);
        }
        int before = quote != null ? Math.min(quote[0], sentence[0]) : sentence[0];
        if (c != null && c.name() == null && "it-subject".equals(c.pronoun())) {
            c = null;   // "it listed" with no body credited before it in its sentence
        }
        if (c != null && c.name() == null) {
            // "he said": the person named before; "they said": the body credited before
            String pronoun = c.pronoun();
            Credit topic = pronoun == null ? null : standIns.topicBefore(text, hits.lower(), sentence[0], c.at(), pronoun);
            if (topic == null && "it".equals(pronoun)) {
                topic = speakers.boldParagraphOpener(text, before);   // "**Kura Daily** leads with ... It notes that": the outlet
            }
            c = topic != null ? topic : speakers.named(text, hits, before, null, !"they".equals(pronoun), "it".equals(pronoun));
            if (c == null && quote != null) {
                c = standIns.quotedHearsay(text, hits, quote, before);
            }
            if (c == null && ("he".equals(pronoun) || "she".equals(pronoun))) {
                c = standIns.pageSubject(text);   // a biography: "she spoke of 150 neighbours" far below the name
            }
        } else if (c != null && (c.definite() || generic.contains(c.name()))) {
            // "the ministry", and a bare role word as translations write it ("according to newspaper")
            String head = c.name().substring(c.name().lastIndexOf(' ') + 1);
            Credit earlier = speakers.named(text, hits, before, head, true, false);
            if (earlier == null && generic.contains(head)) {
                earlier = standIns.bodyNamedBefore(text, sentence[0], c.at());
            }
            if (earlier == null && generic.contains(head)) {
                // "**Kura Daily** (a weekly) leads with ... according to the paper": the bold name that opens the paragraph,
                // a digest's entry, over a body credited in an earlier paragraph
                earlier = speakers.boldParagraphOpener(text, before);
            }
            if (earlier == null && generic.contains(head)) {
                // "Memorial, a Russian rights group, said ... The group also said": the body credited before
                earlier = speakers.named(text, hits, before, null, false, false);
            }
            if (earlier == null && generic.contains(head)) {
                // "Günlük Haber runs a long feature. The newspaper writes ...": the name that opens a sentence of the paragraph
                int paragraph = text.lastIndexOf("\n\n", Math.max(0, before - 1));
                earlier = speakers.mentioned(text, paragraph < 0 ? 0 : paragraph + 2, before, null, false);
            }
            c = earlier != null ? earlier : c;
        }
        String official = officials.forFigure(text, hits.lower(), own[0], own[1], at);
        if (official != null && (c == null || c.name() == null || official.startsWith(c.name() + " ") || c.at() >= own[0] && officials.rename(c.name()).equals(official))) {
            return Optional.of(official);   // "The official Ruritanian figure is 590": the Ruritanian government's
        }
        if (c != null && c.name() != null && !c.name().equals(official = officials.rename(c.name()))) {
            return Optional.of(official);   // "according to the same figures" after "official Ruritanian figures"
        }
        // "The State Commission's total of 580 ... The commission also lists": the name, not its possessive
        if (c != null && c.name() != null && records.vagueRecordName(c.name())) {
            return Optional.empty();   // "Official figures speak of 590 dead": a record that says whose it is not
        }
        return c == null ? Optional.empty() : Optional.of(records.ownerOfRecord(POSSESSIVE_END.matcher(c.name()).replaceFirst("")));
    }

    /**
     * The body named by the words that end at {@code end} ("the lower figures of Human Rights Watch (",
     * ", and Memorial ", "Azerbaijan's State Commission: "): a name of capitalized words whose last is no
     * word of what is counted ("Total Deaths") and whose first is not a vague one ("Total"), or empty.
     */
    Optional<BodyPhrase.Phrase> nameEndingAt(String text, int from, int end, int sentenceStart) {
        return bodies.owner(text, from, end, sentenceStart)
                .filter(p -> bodies.isName(text, p) && !bodies.vague(text, p) && !cueWords.contains(Text.lower(lastWord(p.name()))));
    }

    static String lastWord(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    private List<int[]> clausesOf(String text, String lower, int[] sentence) {
        Memo m = memo(text);
        long key = (long) sentence[0] << 32 | sentence[1];
        List<int[]> c = m.clauses.get(key);
        if (c == null) {
            c = creditClauses.clauses(text, lower, sentence);
            m.clauses.put(key, c);
        }
        return c;
    }

    /** Every credit whose pattern stands in {@code [from, to)}, in text order. */
    List<Credit> credits(String text, PhraseHits hits, int from, int to, int sentenceStart) {
        return credits(text, hits, from, to, sentenceStart, false);
    }

    /** With {@code lead}, a line that introduces a list: a frame's verb credits alone ("Azerbaijan gives these figures:"). */
    List<Credit> credits(String text, PhraseHits hits, int from, int to, int sentenceStart, boolean lead) {
        Memo m = memo(text);
        List<Integer> key = List.of(from, to, sentenceStart, lead ? 1 : 0);
        List<Credit> found = m.credits.get(key);
        if (found == null) {
            found = List.copyOf(read(text, hits, from, to, sentenceStart, lead));
            m.credits.put(key, found);
        }
        return found;
    }

    /** The credits of one text, read once for each stretch asked about (the figures of a clause share them). */
    private static final class Memo {
        private String text;
        private final Map<List<Integer>, List<Credit>> credits = new HashMap<>();
        /** Every pattern found in the text as (start, pattern), by start: found once per text. */
        private long[] byStart;
        /** Every "'s figure" of the text as {start, end, owner's end}. */
        private List<int[]> possessives;
        /** The clauses of each sentence read, by its start. */
        private final Map<Long, List<int[]>> clauses = new HashMap<>();
        /** {@link LineCredits#leadIn} and {@link LineCredits#sourceNote} of each sentence start asked for (empty: none). */
        private final Map<Integer, Optional<Credit>> leadIns = new HashMap<>();
        private final Map<Integer, Optional<Credit>> sourceNotes = new HashMap<>();
    }

    /** {@link LineCredits#leadIn}, worked out once per sentence start of a text (every figure of a sentence asks for it). */
    private Credit leadInOnce(String text, PhraseHits hits, int sentenceStart) {
        return once(memo(text).leadIns, sentenceStart, () -> lines.leadIn(text, hits, sentenceStart));
    }

    /** {@link LineCredits#sourceNote}, worked out once per sentence start of a text. */
    private Credit sourceNoteOnce(String text, PhraseHits hits, int sentenceStart) {
        return once(memo(text).sourceNotes, sentenceStart, () -> lines.sourceNote(text, hits, sentenceStart));
    }

    /** The credit {@code known} holds for {@code sentenceStart}, else {@code work}'s, kept (none kept too). */
    private static Credit once(Map<Integer, Optional<Credit>> known, int sentenceStart, Supplier<Credit> work) {
        Optional<Credit> c = known.get(sentenceStart);
        if (c == null) {
            c = Optional.ofNullable(work.get());
            known.put(sentenceStart, c);
        }
        return c.orElse(null);
    }

    /** This thread's memo, emptied when the text is another. */
    private Memo memo(String text) {
        Memo m = memo.get();
        if (m.text != text) {
            m.text = text;
            m.credits.clear();
            m.byStart = null;
            m.possessives = null;
            m.clauses.clear();
            m.leadIns.clear();
            m.sourceNotes.clear();
        }
        return m;
    }

    /**
     * Every "'s figure" of {@code lower} as {start, end, owner's end}, in text order: what
     * {@link #possessivesPlain} finds, but the pattern (which starts with an apostrophe) is tried at
     * apostrophes only, not at every character.
     */
    List<int[]> possessives(String lower) {
        List<int[]> all = new ArrayList<>();
        Matcher x = possessed.matcher(lower).useTransparentBounds(true);
        int n = lower.length();
        int i = 0;
        while (i < n) {
            char c = lower.charAt(i);
            if ((c == '\'' || c == '’') && x.region(i, n).lookingAt()) {
                all.add(new int[] {x.start(), x.end(), x.start() + (lower.startsWith("'s", x.start()) ? 2 : 1)});
                i = x.end();
            } else {
                i++;
            }
        }
        return all;
    }

    /** The same, found by the pattern's own search (tests). */
    List<int[]> possessivesPlain(String lower) {
        List<int[]> all = new ArrayList<>();
        Matcher x = possessed.matcher(lower);
        while (x.find()) {
            all.add(new int[] {x.start(), x.end(), x.start() + (lower.startsWith("'s", x.start()) ? 2 : 1)});
        }
        return all;
    }

    /** Where the owners before "'s figure" end, in {@code [from, to)}; the text is searched once. */
    private List<Integer> possessivesIn(String text, String lower, int from, int to) {
        Memo m = memo(text);
        if (m.possessives == null) {
            m.possessives = possessives(lower);
        }
        List<Integer> out = new ArrayList<>();
        for (int[] p : m.possessives) {
            if (p[0] >= from && p[1] <= to) {
                out.add(p[2]);
            }
        }
        return out;
    }

    /**
     * The patterns that stand in {@code [from, to)} as (pattern index << 32 | start), in the order the
     * patterns are tried: by pattern, then by start.
     */
    private long[] patternsIn(String text, PhraseHits hits, int from, int to) {
        Memo m = memo(text);
        if (m.byStart == null) {
            List<long[]> all = new ArrayList<>();
            int n = hits.lower().length();
            boolean[] inText = hits.presentMask(patterns);   // a pattern the text lacks is found nowhere in it
            for (int g = 0; g < patterns.size(); g++) {
                if (!inText[g]) {
                    continue;
                }
                String p = patterns.get(g);
                for (int at = hits.find(p, 0, n); at >= 0; at = hits.find(p, at + 1, n)) {
                    all.add(new long[] {at, g});
                }
            }
            all.sort(Comparator.comparingLong(a -> a[0]));
            m.byStart = new long[all.size()];
            for (int i = 0; i < all.size(); i++) {
                m.byStart[i] = all.get(i)[0] << 32 | all.get(i)[1];
            }
        }
        long[] byStart = m.byStart;
        int lo = 0;
        int hi = byStart.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if ((int) (byStart[mid] >>> 32) < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<Long> in = new ArrayList<>();
        for (int i = lo; i < byStart.length && (int) (byStart[i] >>> 32) < to; i++) {
            int at = (int) (byStart[i] >>> 32);
            int g = (int) byStart[i];
            if (at + patterns.get(g).length() <= to) {
                in.add((long) g << 32 | at);
            }
        }
        long[] out = new long[in.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = in.get(i);
        }
        java.util.Arrays.sort(out);
        return out;
    }

    private final ThreadLocal<Memo> memo = ThreadLocal.withInitial(Memo::new);

    private List<Credit> read(String text, PhraseHits hits, int from, int to, int sentenceStart, boolean lead) {
        String lower = hits.lower();
        List<Credit> out = new ArrayList<>();
        Set<Integer> used = new HashSet<>();
        // the patterns that stand in [from, to), in the order of the grammar's lists: object frames, frames
        // before the body, verb frames, verbs; each list longest pattern first
        long[] found = patternsIn(text, hits, from, to);
        for (long h : found) {
            int g = (int) (h >>> 32);
            int at = (int) h;
            String p = patterns.get(g);
            if (g < beforeFrom) {
                String[] f = objectFrames.get(g);
                int end = at + f[0].length();
                int close = Text.find(lower, f[1], end, Math.min(to, end + 120));
                if (close > end) {
                    Optional<BodyPhrase.Phrase> b = bodies.after(text, lower, end, close, sentenceStart);
                    if (b.isPresent() && lower.substring(b.get().end(), close).isBlank()) {
                        out.add(new Credit(at, b.get()));
                        used.add(at);
                    }
                }
            } else if (g < framesFrom) {
                if (sourceParticiple(p) && peopleBefore(lower, at)) {
                    continue;   // "150 citizens taken from the town": a deed done to people, not "figures taken from X"
                }
                Optional<BodyPhrase.Phrase> body = bodies.after(text, lower, at + p.length(), to, sentenceStart);
                String pronoun = Text.phraseStartingAt(lower, OBJECT_PRONOUNS, at + p.length());
                if (body.isEmpty() && pronoun != null) {
                    out.add(new Credit(at, null, false, "it").asTrailing());   // "according to it": the body named before
                    used.add(at);
                    continue;
                }
                if (body.isEmpty()) {
                    // "according to figures supplied by X", "according to information submitted in March by X"
                    body = records.recordGivenBy(text, lower, at + p.length(), to, sentenceStart);
                }
                if (body.isEmpty()) {
                    // "according to our partners in the district administration", "according to our colleagues at Memorial"
                    body = records.ownContactsAt(text, lower, at + p.length(), to, sentenceStart);
                }
                // "according to eyewitnesses interviewed by Helsinki Watch": the one who asked them
                if (body.isPresent() && Text.phraseStartingAt(lower, before, body.get().end()) == null) {
                    out.add(new Credit(at, body.get()).asTrailing());
                    used.add(at);   // "reported by X": not "Losses reported"
                }
            } else if (g < verbsFrom) {
                String[] f = frames.get(g - framesFrom);
                if (!used.contains(at) && (lead || VerbChecks.closes(lower, at + f[0].length(), f[1], to))) {
                    Optional<Credit> s = subjects.subject(text, lower, sentenceStart, at);
                    if (s.isPresent()) {
                        out.add(new Credit(at, s.get().name(), s.get().definite(), s.get().pronoun()));
                        used.add(at);
                    }
                }
            } else {
                Optional<BodyPhrase.Phrase> by = used.contains(at) ? Optional.empty() : records.asParticipleLaterBy(text, lower, at, p, to, sentenceStart);
                if (by.isPresent()) {
                    out.add(new Credit(at - 3, by.get()).asTrailing());   // ", as reported at the time by X"
                    used.add(at);
                    continue;
                }
                if (used.contains(at) || verbChecks.nounBeforeVerb(lower, at + p.length(), to) || verbChecks.tellsADeed(lower, at + p.length(), to)
                        || VerbChecks.afterArticle(lower, at) || figureVerbs.contains(p) && !verbChecks.figureAfter(lower, at + p.length(), to)) {
                    continue;
                }
                Optional<Credit> s = subjects.subject(text, lower, sentenceStart, at);
                if (s.isEmpty() && inverted.contains(p) && VerbChecks.invertedAt(lower, sentenceStart, at)) {
                    // "..., said the Azerbaijani government", "“...,” said Aliyev"
                    s = bodies.after(text, lower, at + p.length(), to, sentenceStart).map(b -> new Credit(at, b).asTrailing());
                }
                if (s.isPresent()) {
                    out.add(VerbChecks.asClauseAfterFigure(lower, sentenceStart, at, s.get()));
                    used.add(at);
                }
            }
        }
        for (int owner : possessivesIn(text, lower, from, to)) {
            bodies.owner(text, sentenceStart, owner, sentenceStart).ifPresent(b -> out.add(new Credit(b.start(), b)));
        }
        records.recordOfBody(text, lower, from, to, sentenceStart).ifPresent(out::add);
        int cues = recordCues(lower, from, to);
        // "the Justice for Velin campaign, whose tally of 17 countries": the body the relative clause is about
        Matcher whose = whoseRecord.matcher(lower).region(from, to);
        while ((cues & 1) != 0 && whose.find()) {
            bodies.owner(text, sentenceStart, whose.start(), sentenceStart)
                    .filter(b -> bodies.isName(text, b) || subjects.namedBody(b) || bodyHeads.contains(Text.lower(lastWord(b.name()))))
                    .ifPresent(b -> out.add(new Credit(whose.start(), b)));
        }
        // "by her reckoning", "in their own estimate": a person's or a body's record, the one named before
        Matcher own = pronounRecord.matcher(lower).region(from, to);
        while ((cues & 2) != 0 && own.find()) {
            String pronoun = own.group(1).equals("his") ? "he" : own.group(1).equals("her") ? "she" : "they";
            out.add(new Credit(own.start(), null, false, pronoun));
        }
        out.sort(Comparator.comparingInt(Credit::at));
        return out;
    }

    /** A frame of a participle and "from" ("taken from", "drawn from"): after a people noun it tells a deed, names no source. */
    private static boolean sourceParticiple(String p) {
        int space = p.indexOf(' ');
        return space > 0 && space == p.lastIndexOf(' ') && p.endsWith(" from") && (p.startsWith("en", space - 2) || p.startsWith("ed", space - 2) || p.startsWith("wn", space - 2));
    }

    /** Whether the word right before {@code at} counts people ("citizens taken from", "residents driven from"). */
    private boolean peopleBefore(String lower, int at) {
        return peopleNouns.contains(wordBefore(lower, at));
    }

    /**
     * Which of {@code whoseRecord} (1) and {@code pronounRecord} (2) can match in {@code [from, to)} of {@code lower}: the
     * first needs "whose" there, the second "his", "her" or "their" right after a whitespace char (the regex's {@code \s}). One
     * pass over the stretch, instead of each regex tried at every char of it (a necessary condition: no match is lost).
     */
    static int recordCues(String lower, int from, int to) {
        int cues = 0;
        int end = Math.min(to, lower.length());
        for (int i = Math.max(0, from); i < end && cues != 3; i++) {
            char c = lower.charAt(i);
            if (c == 'w') {
                if (i + 5 <= end && lower.startsWith("whose", i)) {
                    cues |= 1;
                }
            } else if ((c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\013') && i + 1 < end) {
                char d = lower.charAt(i + 1);
                if (d == 'h' && i + 4 <= end && (lower.startsWith("his", i + 1) || lower.startsWith("her", i + 1))
                        || d == 't' && i + 6 <= end && lower.startsWith("their", i + 1)) {
                    cues |= 2;
                }
            }
        }
        return cues;
    }

    static boolean anyOf(String s, int from, int to, String chars) {
        for (int i = from; i < to; i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    static String stripEnd(String s, String chars) {
        int e = s.length();
        while (e > 0 && chars.indexOf(s.charAt(e - 1)) >= 0) {
            e--;
        }
        return s.substring(0, e);
    }
}
