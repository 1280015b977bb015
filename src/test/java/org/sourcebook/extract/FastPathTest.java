package org.sourcebook.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sourcebook.testutil.Project;

/** The extractor's shortcuts give what the plain way gives, on the seed texts and on made-up edge cases. */
class FastPathTest {
    private static final List<String> TEXTS = List.of(
            "@AzerbaijanMFA said 613 were killed. U.S. officials, Inc. and the Red Cross’s figures; HRW's. Co-op-.",
            "Ölüm: 1.200 kişi; Xocalı'da. Nagorno-Karabakh & the 1989 census... x.y.z. a-b-c '' ’’ @@x @ y",
            "Articles 100 (waging war), 103 (genocide) and 107; items 4 (a),\n5 (b), and 6 (c) &\t7 (d)\u2028 8",
            "", "a", "@", "x.", "ab’", "𝐀𝐁 word 𝟏𝟐 end");

    private static List<String> texts() throws IOException {
        return Project.withSourceFiles(TEXTS);
    }

    @Test
    void wordsOfARegionAreThoseReadFromTheRegionAlone() throws IOException {
        BodyPhrase bodies = new BodyPhrase(Grammar.defaults());
        for (String text : texts()) {
            int n = text.length();
            int step = Math.max(1, n / 400);
            for (int from = 0; from <= n; from += step) {
                for (int to : new int[] {from, from + 1, from + 3, from + 17, from + 120, n}) {
                    if (to > n) {
                        continue;
                    }
                    List<BodyPhrase.Tok> want = bodies.tokensPlain(text, from, to);
                    List<BodyPhrase.Tok> got = bodies.tokens(text, from, to);
                    if (!want.equals(got)) {
                        assertEquals(want, got, "[" + from + ", " + to + ") of: " + text.substring(0, Math.min(80, n)));
                    }
                }
            }
        }
    }

    @Test
    void lineStartIsThePlainLookBack() throws IOException {
        List<String> texts = new ArrayList<>(texts());
        texts.add("a\n\nb\n" + "x".repeat(300) + "\n" + "y ".repeat(700) + "\nend\n");
        for (String text : texts) {
            for (int pos = 0; pos <= text.length(); pos++) {
                for (int limit : new int[] {0, 1, 20, 64, 65, 200, 400, 2000}) {
                    assertEquals(plainLineStart(text, pos, limit), Text.lineStart(text, pos, limit), pos + ", " + limit);
                }
            }
        }
    }

    /** Text.lineStart as it was: back char by char. */
    private static int plainLineStart(String s, int pos, int limit) {
        for (int i = pos - 1; i >= 0 && i >= pos - limit; i--) {
            if (s.charAt(i) == '\n') {
                return i + 1;
            }
        }
        return Math.max(0, pos - limit);
    }

    @Test
    void theAsideListTestRulesOutOnlyWhatThePatternCannotMatch() throws IOException {
        Pattern aside = Exclusions.ASIDE_LIST_BEFORE;
        List<String> cases = new ArrayList<>(List.of("100 (waging war), ", "100 (a) and ", "100 (a) & ", "100 (a),", "100 (a), and\n",
                "100 (a) ,\u2028", "100 (a)\n& \n", "100 (a) band ", "100 (a) and", "1 (b)", ""));
        for (String text : texts()) {
            String lower = Text.lower(text);
            for (int p = 0; p <= lower.length(); p++) {
                cases.add(lower.substring(Math.max(0, p - 400), p));
            }
        }
        for (String c : cases) {
            if (aside.matcher(c).find() && !Exclusions.mayEndAsideList(c)) {
                assertEquals(true, Exclusions.mayEndAsideList(c), "ruled out, yet the pattern matches: " + c);
            }
        }
    }

    @Test
    void wordsOfAWholeTextAreThoseThePatternFinds() throws IOException {
        for (String text : texts()) {
            assertEquals(spans(BodyPhrase.wordSpansPlain(text)), spans(BodyPhrase.wordSpans(text)), text.substring(0, Math.min(80, text.length())));
        }
    }

    @Test
    void possessivesAreThoseThePatternsSearchFinds() throws IOException {
        Attribution a = new Attribution(Grammar.defaults(), java.util.Set.of());
        List<String> texts = new ArrayList<>(texts());
        texts.add("memorial's figure; the ministries' own 1994 estimate, hrw’s count, 's figure'’ s' figure");
        for (String text : texts) {
            String lower = Text.lower(text);
            assertEquals(spans(a.possessivesPlain(lower)), spans(a.possessives(lower)), text.substring(0, Math.min(80, text.length())));
        }
    }

    @Test
    void theNameListTestRulesOutOnlyWhatThePatternCannotMatch() throws IOException {
        List<String> texts = new ArrayList<>(texts());
        texts.add("Peru, Chile and 9 other countries; Peru and\n9; Peru, Chile, and\u2028 9; Peru AND 9; Peru and\t \n");
        for (String text : texts) {
            java.util.regex.Matcher m = ListItems.NAME_LIST_END.matcher(text);
            for (int to = 0; to <= text.length(); to++) {
                int from = Math.max(0, to - 160);
                m.region(from, to);
                if (m.find() && !ListItems.mayEndNameList(text, from, to)) {
                    assertEquals(true, ListItems.mayEndNameList(text, from, to), "ruled out, yet the pattern matches: " + text.substring(from, to));
                }
            }
        }
    }

    @Test
    void endsWithThenSpaceIsEndsWithOfTheWordAndASpace() {
        List<String> words = List.of("", "a", "of", "factor of", "times", " ", "x ");
        for (String s : List.of("", " ", "a", "a ", "of ", "a factor of ", "factor of", "x  ", "three times ", "sometimes ")) {
            for (String w : words) {
                assertEquals(s.endsWith(w + " "), Exclusions.endsWithThenSpace(s, w), "'" + s + "' ends with '" + w + " '");
            }
        }
    }

    @Test
    void namesTriedAtCapitalsAreThoseTheRegionsFindFinds() throws IOException {
        List<String> texts = new ArrayList<>(texts());
        texts.add("Ministry of Emergency Situations; 9Abc dAbc Ölüm Xocalı 𝐀bc É𝐀x x\uD835\uDC00Ab \uDC00Ab Ab\uD835 AB CD\tEF and Gh, Ij Of Kl");
        for (String text : texts) {
            int n = text.length();
            int step = Math.max(1, n / 300);
            for (int from = 0; from <= n; from += step) {
                for (int before : new int[] {from, from + 1, from + 2, from + 9, from + 60, from + 700, n}) {
                    if (before > n) {
                        continue;
                    }
                    java.util.regex.Matcher plain = Attribution.NAME.matcher(text);
                    plain.region(from, before);
                    List<int[]> want = new ArrayList<>();
                    while (plain.find()) {
                        want.add(new int[] {plain.start(), plain.end()});
                    }
                    java.util.regex.Matcher fast = Attribution.NAME.matcher(text);
                    List<int[]> got = new ArrayList<>();
                    for (int next = from; Speakers.findName(fast, text, from, next, before); next = fast.end()) {
                        got.add(new int[] {fast.start(), fast.end()});
                    }
                    assertEquals(spans(want), spans(got), "[" + from + ", " + before + ") of: " + text.substring(0, Math.min(80, n)));
                }
            }
        }
    }

    @Test
    void aListItemIsFoundAtItsLineStartAsInTheLineAlone() throws IOException {
        List<String> texts = new ArrayList<>(texts());
        texts.add("- a\n  * b\n|c|\n12. d\n3) e\nKilled: 613\nKilled (civilians): ~ 40\nx - y\n 1.5 z\n\n•\tw\n");
        for (String text : texts) {
            for (int ls = 0; ls <= text.length(); ) {
                int nl = text.indexOf('\n', ls);
                int le = nl < 0 ? text.length() : nl;
                for (int from = ls; from <= Math.min(le, ls + 3); from++) {
                    String line = text.substring(from, le);
                    assertEquals(LineCredits.ITEM.matcher(line).find(), LineCredits.ITEM.matcher(text).region(from, le).lookingAt(), line);
                }
                ls = le + 1;
            }
        }
    }

    @Test
    void wordsReadByHandInARegionAreThoseThePatternFinds() throws IOException {
        List<String> texts = new ArrayList<>(texts());
        texts.add("x\uD835\uDC00y \uD835\uDC00 ab\uD835 \uDC00cd 'quoted' o’neil co-op -x- 12ab ⅫⅫ ²³ a\u0301b");
        for (String text : texts) {
            int n = text.length();
            int step = Math.max(1, n / 300);
            for (int from = 0; from <= n; from += step) {
                for (int to : new int[] {from, from + 1, from + 2, from + 5, from + 40, from + 300, n}) {
                    if (to > n) {
                        continue;
                    }
                    java.util.regex.Matcher plain = SentenceReader.WORD.matcher(text);
                    plain.region(from, to);
                    List<int[]> want = new ArrayList<>();
                    while (plain.find()) {
                        want.add(new int[] {plain.start(), plain.end()});
                    }
                    List<int[]> got = new ArrayList<>();
                    for (int at = NumberClause.wordAt(text, from, to); at >= 0; at = NumberClause.wordAt(text, got.get(got.size() - 1)[1], to)) {
                        got.add(new int[] {at, NumberClause.wordEnd(text, at, to)});
                    }
                    assertEquals(spans(want), spans(got), "[" + from + ", " + to + ") of: " + text.substring(0, Math.min(80, n)));
                }
            }
        }
    }

    @Test
    void theWordBeforeEndingSpaceIsThePatternsGroup() throws IOException {
        List<String> cases = new ArrayList<>(List.of("", " ", "a", "a ", "my  ", "her\n", "ab cd \t", "x, y ", "\uD835\uDC00b ", "\uDC00b ",
                "her \u0085", "her\u2028", "her \u2029 ", "her\r\n", "Ölüm ", "1 ", "a1 ", "a\u000B", "a\u00A0"));
        for (String text : texts()) {
            String lower = Text.lower(text);
            for (int p = 0; p <= lower.length(); p++) {
                cases.add(lower.substring(Math.max(0, p - 12), p));
            }
        }
        for (String c : cases) {
            java.util.regex.Matcher m = Exclusions.POSSESSIVE_BEFORE.matcher(c);
            assertEquals(m.find() ? m.group(1) : null, Exclusions.wordBeforeSpace(c), "'" + c + "'");
        }
    }

    @Test
    void everyFootnotedStopHoldsABracketOrACaret() throws IOException {
        List<String> texts = new ArrayList<>(texts());
        texts.add("were killed.[5] Journalists came. Then.[a][12] “Who” and.¹ Next, and.^1 Other; x.[1234] Y! [b] Z");
        for (String text : texts) {
            java.util.regex.Matcher m = CreditClauses.FOOTNOTED_STOP.matcher(text);
            while (m.find()) {
                assertEquals(true, m.group().indexOf('[') >= 0 || m.group().indexOf('^') >= 0,
                        "a stop without '[' or '^' (CreditClauses.ownSentence looks for one first): " + m.group());
            }
        }
    }

    @Test
    void aLineWithoutAnAtSignIsNoPostHeader() throws IOException {
        List<String> lines = new ArrayList<>(List.of("Jane Doe @jdoe", "**Jane Doe** @jdoe · Feb 26, 2024", "Jane Doe jdoe · Feb 26", "@", " @x ", "x"));
        for (String text : texts()) {
            lines.addAll(List.of(text.split("\n", -1)));
        }
        for (String line : lines) {
            if (line.indexOf('@') < 0) {
                assertEquals(false, org.sourcebook.content.FurnitureDetector.isPostHeader(line), line);
            }
        }
    }

    @Test
    void monthStemsByFirstCharAreTheStemsThatStartWithIt() {
        Vocabulary v = new Vocabulary(ClaimExtractorSpecTest.extractor().schema(), Grammar.defaults());
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            final char first = (char) c;
            List<String> want = v.monthStems.stream().filter(s -> !s.isEmpty() && s.charAt(0) == first).toList();
            List<String> got = v.monthStemsByFirst[c] == null ? List.of() : List.of(v.monthStemsByFirst[c]);
            assertEquals(want, got, "stems starting with " + first);
        }
    }

    @Test
    void theLastWordReadBackwardsIsThePatternsGroup() throws IOException {
        List<String> texts = new ArrayList<>(texts());
        texts.add("café — x; ab é, naïve, x 12 y_z A_b ab\u2028 ab\u0085 of  \n\tto \uD835\uDC00b, \uDC00b . 𝐀𝐁. (of) \"to\" 12ab");
        for (String text : texts) {
            for (String t : List.of(text, Text.lower(text))) {
                int n = t.length();
                int step = Math.max(1, n / 300);
                for (int from = 0; from <= n; from += step) {
                    for (int to : new int[] {from, from + 1, from + 2, from + 5, from + 40, from + 300, n}) {
                        if (to > n) {
                            continue;
                        }
                        assertEquals(NumberClause.lastWordPlain(t, from, to), NumberClause.lastWord(t, from, to),
                                "[" + from + ", " + to + ") of: " + t.substring(0, Math.min(80, n)));
                    }
                }
            }
        }
    }

    @Test
    void qualifiersTakenOffByTheirLastLetterAreThoseTheOrderedLoopTakesOff() throws IOException {
        Grammar g = Grammar.defaults();
        List<String> phrases = new ArrayList<>();
        g.lists("qualifiers").values().forEach(phrases::addAll);
        TrailingPhrases q = new TrailingPhrases(phrases);
        List<String> cases = new ArrayList<>(List.of("", " ", "a", "a ", "  ", "cannot kill over ", "could not have murdered more than ",
                "a death toll of at least about ", "up to ", "some ", "xsome ", "é ", "over  "));
        for (String p : phrases) {
            cases.add(p + " ");
            cases.add("killed " + p + " ");
            cases.add(p);
        }
        for (int i = 0; i < phrases.size(); i += 7) {
            for (int j = 0; j < phrases.size(); j += 5) {
                cases.add("were " + phrases.get(i) + " " + phrases.get(j) + " ");   // two phrases, in and out of the list's order
            }
        }
        for (String text : texts()) {
            String lower = Text.lower(text);
            for (int p = 0; p <= lower.length(); p++) {
                cases.add(lower.substring(Math.max(0, p - 40), p));
            }
        }
        int changed = 0;
        for (String c : cases) {
            String want = q.stripPlain(c);
            assertEquals(want, q.strip(c), "'" + c + "'");
            changed += want.equals(c) ? 0 : 1;
        }
        assertEquals(true, changed > phrases.size(), "only " + changed + " cases lost a phrase");
        // an empty phrase (it matches any text ending in a space): every phrase is tried in turn
        TrailingPhrases withEmpty = new TrailingPhrases(List.of("over", "", "about"));
        for (String c : List.of("over ", "about over  ", "x ", "", "about ")) {
            assertEquals(withEmpty.stripPlain(c), withEmpty.strip(c), "'" + c + "'");
        }
    }

    @Test
    void theRatioTestRulesOutOnlyWhatThePatternCannotMatch() throws IOException {
        List<String> cases = new ArrayList<>(List.of("by a vote of 7 to ", "voted 9-", "9–", " 12 : ", " 7 to\u2028", " 7 to \u0085", " 7 to\u2029",
                " 7 to\n", " 7 to\r\n", " 7 to\u000B", " 7 -\u00A0", " 7 too ", " 7 into ", "", " ", "to", " 1 to", " 12345 to "));
        for (String text : texts()) {
            String lower = Text.lower(text);
            for (int p = 0; p <= lower.length(); p++) {
                String before = lower.substring(Math.max(0, p - 40), p);
                cases.add(before);
                cases.add(before + " 7 to ");
            }
        }
        int matched = 0;
        for (String c : cases) {
            if (Exclusions.RATIO_SECOND.matcher(c).find()) {
                matched++;
                assertEquals(true, Exclusions.mayEndRatioSecond(c), "ruled out, yet the pattern matches: '" + c + "'");
            }
        }
        assertEquals(true, matched > 10, "the pattern matched in only " + matched + " cases");
    }

    @Test
    void theRelationTestRulesOutOnlyWhatThePatternCannotMatch() throws IOException {
        List<String> texts = new ArrayList<>(texts());
        texts.add("40 families of former hostages, 12 next of kin of the dead, 3 sons of, of of of, 5 wives\u00A0of\u2028the men");
        int matched = 0;
        for (String text : texts) {
            String lower = Text.lower(text);
            int n = lower.length();
            for (int from = 0; from < n; from++) {
                for (int at = from + 1; at <= Math.min(n, from + 61); at++) {
                    if (NumberClause.RELATION_OF.matcher(lower.substring(from, at)).matches() && ++matched > 0) {
                        assertEquals(true, NumberClause.mayHoldRelationOf(lower, from, at), "ruled out, yet the pattern matches: '" + lower.substring(from, at) + "'");
                    }
                }
            }
        }
        assertEquals(true, matched > 10, "the pattern matched in only " + matched + " cases");
    }

    @Test
    void endsWithWordIsEndsWithOfASpaceAndTheWordOrTheWord() {
        List<String> words = List.of("", "a", "interviewed", "surveyed", "x ");
        for (String s : List.of("", " ", "a", " a", "ba", "we interviewed", "interviewed", "reinterviewed", "we  interviewed", "x  ", "x ", "\ta")) {
            for (String w : words) {
                assertEquals(s.endsWith(" " + w) || s.equals(w), NumberClause.endsWithWord(s, w), "'" + s + "' and '" + w + "'");
            }
        }
    }

    @Test
    void peopleInTotalLabelAndYearAreTriedOnlyWhereWhatTheyNeedStands() throws IOException {
        List<String> texts = new ArrayList<>(texts());
        texts.add("signed by 9,000 people in 85 countries; supporters from  30; families across\n12; men throughout more than 40; "
                + "women in some 12, children in over 9, folk within 3, people in\u2028 4. Total: 580\n| Overall | 580 |\nIn total .... 580 "
                + "- Killed —  7 _Dead_ – 8 all … 9 x:\t In 1945, 212; during March 1990 some 300; 2003a 20 199 1,2001 12.1999 20301");
        int people = 0;
        int labels = 0;
        int years = 0;
        for (String text : texts) {
            String lower = Text.lower(text);
            int n = lower.length();
            int step = Math.max(1, n / 300);
            for (int to = 0; to <= n; to += step) {
                for (int from : new int[] {to, to - 1, to - 5, to - 40, to - 200, 0}) {
                    if (from < 0) {
                        continue;
                    }
                    String where = "[" + from + ", " + to + ") of: " + text.substring(0, Math.min(80, text.length()));
                    if (CountFrames.PEOPLE_IN.matcher(lower).region(from, to).find()) {
                        people++;
                        assertEquals(true, CountFrames.endsWithPlaceWord(lower, from, to), where);
                    }
                    if (CountFrames.YEAR_IN_TEXT.matcher(lower).region(from, to).find()) {
                        years++;
                        assertEquals(true, CountFrames.fourDigitYear(lower, from, to), where);
                    }
                    if (LabelLines.TOTAL_LABEL.matcher(lower).region(from, to).matches()) {
                        labels++;
                        assertEquals(true, LabelLines.endsWithLabelMark(lower, from, to), where);
                    }
                }
            }
        }
        assertEquals(true, people > 5 && labels > 5 && years > 5, "matches tried: " + people + ", " + labels + " and " + years);
    }

    @Test
    void eventWordsAreReadOnlyWhereAnEventNounStands() throws IOException {
        List<String> events = Grammar.defaults().list("event_nouns");
        List<String> texts = new ArrayList<>(texts());
        texts.add("The Sumgait pogrom of 1988; the ASSAULT on Maraghar, the shelling’s end, anti-raid, Pogroms against Armenians, "
                + "the fall-out, a massacre's toll, \uD835\uDC00attack siegE raids.");
        int withEvents = 0;
        PhraseSet literals = new PhraseSet(List.of(events), true);
        for (String text : texts) {
            String lower = Text.lower(text);
            int n = text.length();
            int step = Math.max(1, n / 200);
            for (int from = 0; from <= n; from += step) {
                for (int to : new int[] {from, from + 3, from + 9, from + 60, from + 200, n}) {
                    if (to > n) {
                        continue;
                    }
                    ClauseScope.ClauseWords want = ClauseScope.eventWordsPlain(text, events, from, to);
                    ClauseScope.ClauseWords got = ClauseScope.eventWords(text, lower, events, from, to);
                    String where = "[" + from + ", " + to + ") of: " + text.substring(0, Math.min(80, n));
                    assertEquals(want.eventAt(), got.eventAt(), where);
                    // the event nouns looked for in the hits of a set of literals (one pass over the text), as the extractor does
                    ClauseScope.ClauseWords fromHits = ClauseScope.eventWords(text, literals.scan(lower), events, from, to);
                    assertEquals(want.eventAt(), fromHits.eventAt(), where);
                    assertEquals(got.words(), fromHits.words(), where);
                    if (!got.eventAt().isEmpty()) {
                        withEvents++;
                        assertEquals(want.words(), got.words(), where);
                    }
                }
            }
        }
        assertEquals(true, withEvents > 10, "event nouns found in only " + withEvents + " regions");
    }

    @Test
    void theEndOfWhatIsSaidReadByHandIsWhereThePatternFindsAMark() throws IOException {
        List<String> texts = new ArrayList<>(texts());
        texts.add("613 killed — 487 wounded – (x) [y]; a: b, c \uD835\uDC00, \uDC00; x");
        for (String text : texts) {
            int n = text.length();
            for (int from = 0; from <= n; from++) {
                for (int to : new int[] {from, from + 1, from + 7, from + 50, n}) {
                    if (to <= n) {
                        assertEquals(NumberClause.saidEndPlain(text, from, to), NumberClause.saidEnd(text, from, to),
                                "[" + from + ", " + to + ") of: " + text.substring(0, Math.min(80, n)));
                    }
                }
            }
        }
    }

    @Test
    void aCreditPhraseStartsOnlyWhereItsFirstTwoCharsStand() throws IOException {
        List<String> phrases = Grammar.defaults().list("attribution_before");
        NumberPhrase.Starts starts = NumberPhrase.Starts.of(phrases);
        List<String> texts = new ArrayList<>(texts());
        texts.add("90 according to witnesses, 5 per day, source: x, source – y, as per, perhaps, p, a");
        int found = 0;
        for (String text : texts) {
            String lower = Text.lower(text);
            for (int at = -1; at <= lower.length() + 1; at++) {
                if (NumberPhrase.startsAny(lower, at, phrases)) {
                    found++;
                    assertEquals(true, starts.mayStartAt(lower, at), "ruled out, yet a phrase starts at " + at + " of: " + lower);
                }
            }
        }
        assertEquals(true, found > 5, "credit phrases found at only " + found + " places");
        NumberPhrase.Starts withShort = NumberPhrase.Starts.of(List.of("x", "according to"));
        assertEquals(true, withShort.mayStartAt("zz", 0), "a one-char phrase may start anywhere");
    }

    @Test
    void clauseBreaksFoundInOnePassAreThoseFoundBreakByBreak() throws IOException {
        List<String> breaks = new ArrayList<>(Grammar.defaults().list("clause_breaks"));
        breaks.add("; ");   // a break listed twice (content/extraction.yaml appends to the grammar's lists)
        breaks.add(";");
        List<String> texts = new ArrayList<>(texts());
        texts.add("613 killed; 487 wounded, while 150 are missing: Source: x, but y and that z;; ; : , whereas q");
        int found = 0;
        for (String text : texts) {
            String lower = Text.lower(text);
            int n = lower.length();
            int step = Math.max(1, n / 200);
            for (int from = 0; from <= n; from += step) {
                for (int to : new int[] {from, from + 2, from + 30, from + 300, n, n + 5}) {
                    List<int[]> want = CreditClauses.breakAtsPlain(lower, breaks, from, to);
                    found += want.size();
                    assertEquals(spans(want), spans(CreditClauses.breakAts(lower, breaks, from, to)), "[" + from + ", " + to + ") of: " + lower.substring(0, Math.min(80, n)));
                }
            }
        }
        assertEquals(true, found > 10, "breaks found only " + found + " times");
        assertEquals(spans(CreditClauses.breakAtsPlain("a; b", List.of("", ";"), 0, 4)), spans(CreditClauses.breakAts("a; b", List.of("", ";"), 0, 4)));
    }

    @Test
    void anInlineListNeedsTwoMarksOnItsLine() throws IOException {
        List<String> texts = new ArrayList<>(texts());
        texts.add("Killed: 613 · Wounded: 487 · Missing: 150\na ·· b • c\n x · y\n• a • b •\n\u00A0·\u00A0x · y · z");
        int lists = 0;
        for (String text : texts) {
            String lower = Text.lower(text);
            for (int ls = 0; ls <= lower.length(); ls++) {
                boolean want = LabelLines.inlineListPlain(lower, ls);
                lists += want ? 1 : 0;
                assertEquals(want, LabelLines.inlineList(lower, ls), "at " + ls + " of: " + lower.substring(0, Math.min(80, lower.length())));
            }
        }
        assertEquals(true, lists > 3, "inline lists found at only " + lists + " places");
    }

    @Test
    void aListItemIsFoundAtTheStartOfItsLineOrNowhere() throws IOException {
        List<String> lines = new ArrayList<>(List.of("- a", "  * b", "| x |", "12. y", "Killed: 613", "x - y", "a: 5", " \t", "", "x\n- y"));
        for (String text : texts()) {
            lines.addAll(List.of(text.split("\n", -1)));
            lines.addAll(List.of(text.split("\n\n", -1)));
        }
        for (String line : lines) {
            assertEquals(LineCredits.ITEM.matcher(line).find(), LineCredits.ITEM.matcher(line).lookingAt(), line);
        }
    }

    @Test
    void aBoundedLastIndexOfIsLastIndexOfFromItsFloor() {
        String s = "in Agdam, where 40 died, where, where 3 , where ";
        for (String p : List.of(", where ", "where", "", "x")) {
            for (int at = -2; at <= s.length() + 2; at++) {
                for (int floor = -1; floor <= s.length() + 1; floor += 3) {
                    int plain = s.lastIndexOf(p, at);
                    assertEquals(plain >= floor ? plain : -1, NumberClause.lastIndexOf(s, p, at, floor), p + " at " + at + " from " + floor);
                }
            }
        }
    }

    @Test
    void aPassiveSampleNeedsOneOfItsVerbsInTheText() throws IOException {
        List<String> verbs = Grammar.defaults().list("sample_verbs");
        List<String> texts = new ArrayList<>(texts());
        texts.add("47 survivors were interviewed; 12 were later questioned, 5 had been polled by us and 3 is surveyed x");
        int found = 0;
        for (String text : texts) {
            String lower = Text.lower(text);
            int n = lower.length();
            for (int from = 0; from <= n; from++) {
                for (int to : new int[] {from, from + 20, from + 80, n}) {
                    if (to <= n && Breakdowns.passiveSample(lower, verbs, from, to)) {
                        found++;
                        assertEquals(true, NumberClause.anyStandsIn(lower, verbs, from, to), "ruled out, yet a sample: " + lower.substring(from, to));
                    }
                }
            }
        }
        assertEquals(true, found > 3, "passive samples found only " + found + " times");
    }

    private static List<List<Integer>> spans(List<int[]> all) {
        return all.stream().map(a -> java.util.Arrays.stream(a).boxed().toList()).toList();
    }
}
