package org.sourcebook.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.sourcebook.model.FactSchema;

/** What the extractor reads with: the facts and their cues, and the grammar's lists, prepared once. */
final class Vocabulary {
    final FactSchema schema;
    final Grammar grammar;
    final List<FactCues> cues;
    final Set<String> classNouns;
    final Set<String> countWords;
    final Set<String> predicateWords;
    /** Every single word of every fact's nouns, words and scope: never taken for an adverb. */
    final Set<String> cueWords;
    /** The grammar's heads of bodies' names ({@code attribution_nouns}): "commission", "ministry". */
    final Set<String> bodyNouns;
    final Set<String> elidedWords;
    final Map<String, List<String>> measures;
    final Attribution attribution;
    final Map<String, List<String>> qualifiers;
    /** Every phrase of {@link #qualifiers}, list after list in the grammar's order, to take off a text's end (for {@link Exclusions}). */
    final TrailingPhrases qualifierPhrases;
    final Map<String, List<String>> qualifiersAfter;
    /** Bounds said of a figure by the clause after it ("172 was a minimum"), which its phrase does not take in. */
    final Map<String, List<String>> qualifiersSaidAfter;
    /** The grammar's months, document words, street words and title words, for {@link Exclusions}. */
    final Set<String> months;
    /** The first three letters of each month (the whole of a shorter one), which every month word holds. */
    final List<String> monthStems;
    /** Per char: the {@link #monthStems} that start with it (null for none), for {@link Exclusions}' month test. */
    final String[][] monthStemsByFirst = new String[Character.MAX_VALUE + 1][];
    final Set<String> documentWords;
    final Set<String> streetWords;
    /** Headers of a table column that numbers its rows ({@code index_headers}: "No.", "#"). */
    final Set<String> indexHeaders;
    /** Headers of a table column that names each row's place or event ({@code place_headers}: "Location", "Event"). */
    final Set<String> placeHeaders;
    /** A line that opens with a day's date and a dash: a chronology's entry for one day ("- **20 May** — ", "3–5 June 1993: "). */
    final java.util.regex.Pattern dayEntry;
    /** Headers of a table column that gives each row's unit ({@code unit_headers}: "Unit", "Unit of measure"). */
    final Set<String> unitHeaders;
    /** {@code bound_headers}: the header of a delimited table's column that holds its rows' bounds. */
    final Set<String> boundHeaders;
    /** A table cell's whole text that gives its row's unit ({@code unit_cells}: "persons", "units"), whatever its column's header. */
    final Set<String> unitCells;
    final Set<String> titleWords;
    /** Words a quote never ends on ({@link QuoteSpan}). */
    final Set<String> quoteOpenWords;
    final Set<String> lightVerbs;
    /** Fact cues that say what a figure counts only when bound right before it ({@code bound_only_cues}). */
    final Set<String> boundOnlyCues;
    final Set<String> relativePronouns;
    /** By fact id: the scope words of the facts whose scope shares no word with its own (the wider conflict's, for the town's facts). */
    final Map<String, List<String>> rivalScopes;
    /** The scope words of every fact, each once: a sentence holding none places nothing. */
    final List<String> allScopes;
    /** Words that open a subordinate clause with its own subject ("when", "because"). */
    final Set<String> subordinators;
    /** "the largest massacre of the ", "the worst single day in the ": a superlative that compares with the whole named next. */
    final java.util.regex.Pattern superlativeOf;
    final CreditVerbs creditVerbs;
    /** What the phrases of {@code attribution_before} open with, for {@link NumberPhrase}'s noun reading. */
    final NumberPhrase.Starts creditStarts;

    /** The attribution verbs; those ending in "d", without it, and those ending in "ed", without it ("cite" and "cit" for "cited"). */
    record CreditVerbs(Set<String> all, Set<String> withoutD, Set<String> withoutEd) {
        static CreditVerbs of(List<String> verbs) {
            return new CreditVerbs(Set.copyOf(verbs),
                    verbs.stream().filter(w -> w.endsWith("d")).map(w -> w.substring(0, w.length() - 1)).collect(Collectors.toUnmodifiableSet()),
                    verbs.stream().filter(w -> w.endsWith("ed")).map(w -> w.substring(0, w.length() - 2)).collect(Collectors.toUnmodifiableSet()));
        }
    }
    /** The grammar's abbreviations, for {@link Sentences}. */
    final Set<String> abbreviations;
    /** Every cue phrase of every fact and the attribution phrases, found in one pass over a text. */
    final PhraseSet phrases;
    /**
     * The words some checks look for as they stand, inside other words too ({@link Text#indexOf}), before they read a
     * stretch word by word: subordinators, time conjunctions, event nouns. Found in one pass over a text ({@link PhraseHits#literals}).
     */
    final PhraseSet literals;
    /** {@code carried_statement_cues} as literals, for {@link CarriedWords#of} (which reads its own lower-cased text). */
    final PhraseSet carriedCues;

    Vocabulary(FactSchema schema, Grammar grammar) {
        this.schema = schema;
        this.grammar = grammar;
        this.measures = grammar.lists("measure_units");
        this.cues = FactCues.of(schema, measures.keySet());
        this.classNouns = Set.copyOf(grammar.list("noun_classes.people"));
        this.predicateWords = Set.copyOf(grammar.list("predicate_words"));
        this.elidedWords = Set.copyOf(grammar.list("elided_noun_words"));
        Set<String> count = new HashSet<>(classNouns);
        cues.forEach(c -> c.nouns().forEach(n -> count.add(n.contains(" ") ? n.substring(n.lastIndexOf(' ') + 1) : n)));
        count.addAll(predicateWords);
        this.countWords = Set.copyOf(count);
        Set<String> cw = new HashSet<>();
        for (FactCues c : cues) {
            for (List<String> l : List.of(c.nouns(), c.words(), c.scope())) {
                l.forEach(p -> cw.addAll(List.of(Text.lower(p).split("[^\\p{L}\\p{N}'’-]+"))));
            }
        }
        this.cueWords = Set.copyOf(cw);
        this.bodyNouns = Set.copyOf(grammar.list("attribution_nouns"));
        this.attribution = new Attribution(grammar, union(cueWords, classNouns));
        this.qualifiers = grammar.lists("qualifiers");
        this.qualifierPhrases = new TrailingPhrases(qualifiers.values().stream().flatMap(List::stream).toList());
        this.qualifiersAfter = grammar.lists("qualifiers_after");
        this.qualifiersSaidAfter = grammar.lists("qualifiers_said_after");
        List<List<String>> all = new ArrayList<>();
        for (FactCues c : cues) {
            all.addAll(List.of(c.nouns(), c.words(), c.scope(), c.not()));
        }
        all.add(attribution.phrases());
        all.add(grammar.list("same_source_openers"));   // FigureCredits.pointsBack looks for them in a sentence (PhraseHits.find)
        this.phrases = new PhraseSet(all);
        this.literals = new PhraseSet(List.of(grammar.list("subordinators"), grammar.list("time_conjunctions"), grammar.list("event_nouns")), true);
        this.carriedCues = new PhraseSet(List.of(grammar.list("carried_statement_cues")), true);
        this.months = Set.copyOf(grammar.list("months"));
        this.monthStems = months.stream().map(w -> w.substring(0, Math.min(3, w.length()))).distinct().sorted().toList();
        monthStems.stream().filter(w -> !w.isEmpty()).collect(java.util.stream.Collectors.groupingBy(w -> w.charAt(0)))
                .forEach((c, stems) -> monthStemsByFirst[c] = stems.toArray(String[]::new));
        this.documentWords = Set.copyOf(grammar.list("document_words"));
        this.streetWords = Set.copyOf(grammar.list("street_words"));
        this.indexHeaders = Set.copyOf(grammar.list("index_headers"));
        this.placeHeaders = Set.copyOf(grammar.list("place_headers"));
        this.unitHeaders = Set.copyOf(grammar.list("unit_headers"));
        this.boundHeaders = Set.copyOf(grammar.list("bound_headers"));
        this.unitCells = Set.copyOf(grammar.list("unit_cells"));
        String month = "(?:" + String.join("|", grammar.list("months")) + ")\\.?";
        String days = "\\d{1,2}(?:\\s*[–-]\\s*\\d{1,2})?";
        this.dayEntry = java.util.regex.Pattern.compile("[\\s>*_•-]*(?:" + days + "\\s+" + month + "|" + month + "\\s+" + days + ")(?:,?\\s+\\d{4})?[*_\\s]*[—–:-]\\s");
        this.titleWords = Set.copyOf(grammar.list("title_words"));
        this.abbreviations = Set.copyOf(grammar.list("abbreviations"));
        this.quoteOpenWords = Set.copyOf(grammar.list("quote_open_words"));
        this.lightVerbs = Set.copyOf(grammar.list("light_verbs"));
        this.boundOnlyCues = Set.copyOf(grammar.list("bound_only_cues"));
        this.relativePronouns = Set.copyOf(grammar.list("relative_pronouns"));
        this.subordinators = Set.copyOf(grammar.list("subordinators"));
        this.superlativeOf = java.util.regex.Pattern.compile("(?:^|[^\\p{L}])(?:" + String.join("|", grammar.list("superlatives").stream().map(java.util.regex.Pattern::quote).toList())
                + ")\\s+(?:[\\p{L}'’-]+\\s+){0,5}(?:of|in|during)\\s+(?:the\\s+)?(?:whole\\s+|entire\\s+|(?:first|second|third|1st|2nd|3rd)\\s+)?$");
        this.rivalScopes = rivalScopes(cues);
        this.allScopes = List.copyOf(new java.util.LinkedHashSet<>(cues.stream().flatMap(c -> c.scope().stream()).toList()));
        // the verbs and the verbs of frames ("gave" of "gave … of"): "HRW gave 172"
        List<String> credit = new ArrayList<>(grammar.list("attribution_verbs"));
        grammar.list("attribution_frames").forEach(f -> credit.add(f.split("\\s+")[0]));
        this.creditVerbs = CreditVerbs.of(credit);
        this.creditStarts = NumberPhrase.Starts.of(grammar.list("attribution_before"));
        // fixed lists of the set's phrases asked for as a whole (PhraseHits.present): their indexes found once, not once per text
        phrases.keep(allScopes);
        rivalScopes.values().forEach(phrases::keep);
        phrases.keep(attribution.patterns());
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    private static Map<String, List<String>> rivalScopes(List<FactCues> cues) {
        Map<String, List<String>> out = new java.util.HashMap<>();
        for (FactCues c : cues) {
            Set<String> rivals = new java.util.LinkedHashSet<>();
            for (FactCues o : cues) {
                if (!c.scope().isEmpty() && !o.scope().isEmpty() && o.scope().stream().noneMatch(c.scope()::contains)) {
                    rivals.addAll(o.scope());
                }
            }
            out.put(c.id(), List.copyOf(rivals));
        }
        return Map.copyOf(out);
    }
}
