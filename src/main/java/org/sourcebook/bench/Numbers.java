package org.sourcebook.bench;

import java.util.SplittableRandom;

/** Writes a figure the ways sources write them: 1,275 / 1275 / six hundred and thirteen / 1.2 million. */
final class Numbers {
    private static final String[] ONES = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};

    private Numbers() {
    }

    static String digits(long n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }

    static String words(long n) {
        if (n < 20) {
            return ONES[(int) n];
        }
        if (n < 100) {
            return TENS[(int) (n / 10)] + (n % 10 == 0 ? "" : "-" + ONES[(int) (n % 10)]);
        }
        if (n < 1000) {
            return ONES[(int) (n / 100)] + " hundred" + (n % 100 == 0 ? "" : " and " + words(n % 100));
        }
        if (n < 1_000_000) {
            return words(n / 1000) + " thousand" + (n % 1000 == 0 ? "" : (n % 1000 < 100 ? " and " : " ") + words(n % 1000));
        }
        return words(n / 1_000_000) + " million" + (n % 1_000_000 == 0 ? "" : " " + words(n % 1_000_000));
    }

    /** One written form of {@code n}, chosen by {@code r}: digits mostly, words for small figures. */
    static String anyForm(SplittableRandom r, long n) {
        int pick = r.nextInt(10);
        if (n >= 1_000_000 && n % 100_000 == 0 && pick < 5) {
            double m = n / 1_000_000.0;
            return (m == Math.rint(m) ? Long.toString((long) m) : Double.toString(m)) + " million";
        }
        if (n <= 30 && pick < 6) {
            return words(n);
        }
        if (n < 1000 && pick == 6) {
            return words(n);
        }
        if (n >= 1000 && n < 10_000 && pick == 7) {
            return Long.toString(n);
        }
        if (n >= 1000 && n % 1000 == 0 && pick == 8) {
            return words(n);
        }
        return digits(n);
    }

    static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
