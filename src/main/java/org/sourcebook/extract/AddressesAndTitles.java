package org.sourcebook.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads whether a number is part of a name rather than a count: a street address, or a title or name in quotes. */
final class AddressesAndTitles {
    private static final Pattern WORD_BEFORE_QUOTE = Pattern.compile("(\\p{L}+)[\\s:,]*$");
    private static final Pattern FIVE_DIGITS = Pattern.compile("\\d{5}");
    /** A reference list's item up to its back-link: "1. ^", "- ↑", "^ a b". */
    private static final Pattern REFERENCE_BACKLINK = Pattern.compile("(?:\\d{1,3}[.)]\\s*|[-*]\\s*)?[\\^↑]+(?:\\s+[a-z]){0,3}");
    private static final Pattern ZIP_BEFORE = Pattern.compile("(?:\\b[A-Z]{2}|N\\.Y\\.)\\s*$");

    private final Exclusions ex;

    AddressesAndTitles(Exclusions ex) {
        this.ex = ex;
    }

    boolean address(NumberMention m) {
        String before = ex.lower.substring(Math.max(0, m.start() - 20), m.start());
        String b = before.stripTrailing();
        for (String w : ex.grammar.list("address_before")) {
            if (b.endsWith(w) && (b.length() == w.length() || !Character.isLetter(b.charAt(b.length() - w.length() - 1)))) {
                return true;
            }
        }
        String after = ex.lower.substring(m.end(), Math.min(ex.lower.length(), m.end() + 40));
        Matcher words = Exclusions.WORDS_AFTER.matcher(after);
        if (capitalAfterSpace(after, m.end()) && words.find()) {
            String origAfter = ex.body.substring(m.end(), m.end() + words.end()).strip();
            boolean capitalized = !origAfter.isEmpty() && Character.isUpperCase(origAfter.charAt(0));
            if (capitalized) {
                for (String w : Exclusions.SPACES.split(words.group().strip())) {
                    if (ex.v.streetWords.contains(w)) {
                        return true;
                    }
                }
            }
        }
        String digits = ex.body.substring(m.start(), m.end());
        return digits.length() == 5 && FIVE_DIGITS.matcher(digits).matches() && ZIP_BEFORE.matcher(ex.body.substring(Math.max(0, m.start() - 8), m.start())).find();
    }

    /**
     * Whether {@code after} (the text from {@code at}) starts with white space and then, in the body,
     * a capital: what a street name after a number needs ({@link Exclusions#WORDS_AFTER}, capitalized).
     */
    private boolean capitalAfterSpace(String after, int at) {
        int k = 0;
        while (k < after.length() && Exclusions.isRegexSpace(after.charAt(k))) {
            k++;
        }
        return k > 0 && k < after.length() && Character.isUpperCase(ex.body.charAt(at + k));
    }

    boolean quotedTitle(NumberMention m) {
        String before = ex.body.substring(Math.max(0, m.start() - 2), m.start()).stripLeading();
        String after = ex.body.substring(m.end(), Math.min(ex.body.length(), m.end() + 2));
        boolean opens = !before.isEmpty() && "“\"«'‘„".indexOf(before.charAt(before.length() - 1)) >= 0;
        boolean closes = !after.isEmpty() && "”\"»'’“".indexOf(after.charAt(0)) >= 0;
        if (opens && closes || opens && quotedName(m)) {
            return true;
        }
        String head = ex.lower.substring(Text.lineStart(ex.lower, m.start(), 60), m.start());   // the line, back at most 60 chars
        int q = Math.max(head.lastIndexOf('“'), Math.max(head.lastIndexOf('"'), head.lastIndexOf('«')));
        if (q < 0 || head.indexOf('”', q) >= 0 || head.indexOf('»', q) >= 0) {
            return false;
        }
        if (head.substring(q + 1).chars().filter(c -> c == '"').count() > 0) {
            return false;
        }
        String beforeQuote = head.substring(0, q).strip();
        if (REFERENCE_BACKLINK.matcher(beforeQuote).matches()) {
            return true;   // "1. ^ "580 killed in Velin", AZERTAC, 2012.": the title of a cited work
        }
        Matcher w = WORD_BEFORE_QUOTE.matcher(beforeQuote);
        return w.find() && ex.v.titleWords.contains(w.group(1));
    }

    /**
     * The “Four-Day War”, a “Hundred Days” campaign: a number in capitalized words opening a quotation of capitalized
     * words only is part of a name (a count in digits, a “44-day war”, stays a count).
     */
    private boolean quotedName(NumberMention m) {
        if (m.plain() || !Character.isUpperCase(ex.body.charAt(m.start()))) {
            return false;
        }
        int close = m.end();
        while (close < ex.body.length() && close - m.end() < 40 && "”\"»\n".indexOf(ex.body.charAt(close)) < 0) {
            close++;
        }
        if (close >= ex.body.length() || ex.body.charAt(close) == '\n' || close - m.end() >= 40) {
            return false;
        }
        for (String w : ex.body.substring(m.end(), close).split("[\\s-]+")) {
            if (!w.isEmpty() && !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }
}
