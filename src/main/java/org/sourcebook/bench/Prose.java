package org.sourcebook.bench;

import java.util.SplittableRandom;

/**
 * Sentence templates for synthetic statements, written for the benchmark (not taken from the
 * seed texts). {@code {n}} is where a figure goes; the figure carries its own qualifier.
 */
final class Prose {
    /** Fact id, the values sources tend to give, and sentence templates stating it. */
    record FactPhrases(String fact, long[] values, String[] templates) {
    }

    static final FactPhrases[] FACTS = {
        new FactPhrases("killed", new long[] {613, 613, 613, 613, 485, 636, 600},
            new String[] {"{n} civilians lost their lives in the assault", "the attackers left {n} residents dead",
                "the town mourned {n} people who were killed that night", "a death toll of {n} peaceful inhabitants was recorded"}),
        new FactPhrases("killed.women", new long[] {106, 106, 106, 105},
            new String[] {"{n} of the dead were women", "the victims included {n} women"}),
        new FactPhrases("killed.children", new long[] {63, 63, 63, 83},
            new String[] {"{n} children were among the dead", "the killed included {n} children"}),
        new FactPhrases("killed.elderly", new long[] {70, 70, 70, 56},
            new String[] {"{n} elderly people were killed", "the dead counted {n} old people"}),
        new FactPhrases("injured", new long[] {487, 487, 1000, 1000},
            new String[] {"{n} people were wounded", "{n} residents were left crippled or disabled"}),
        new FactPhrases("hostages", new long[] {1275, 1275, 1275, 1257},
            new String[] {"{n} inhabitants were taken hostage", "the forces captured {n} people"}),
        new FactPhrases("missing", new long[] {150, 150, 150, 155},
            new String[] {"the fate of {n} people is still unknown", "{n} residents remain missing to this day"}),
        new FactPhrases("families-wiped-out", new long[] {8, 8, 6},
            new String[] {"{n} families were wiped out entirely", "no one survived in {n} families"}),
        new FactPhrases("children-lost-both-parents", new long[] {25, 25, 26},
            new String[] {"{n} children were orphaned", "{n} children lost both their mother and father"}),
        new FactPhrases("children-lost-one-parent", new long[] {130, 130, 132},
            new String[] {"{n} children lost one of their parents", "{n} children grew up with a single parent after that night"}),
        new FactPhrases("population", new long[] {7000, 7000, 6000},
            new String[] {"the town was home to {n} people", "{n} people lived in Khojaly before the attack"}),
        new FactPhrases("conflict.killed", new long[] {20000, 20000, 30000},
            new String[] {"{n} Azerbaijanis were killed over the whole conflict", "the war as a whole cost {n} lives"}),
        new FactPhrases("conflict.displaced", new long[] {1000000, 1000000, 1200000},
            new String[] {"{n} people became refugees or internally displaced", "{n} people were driven from their homes during the conflict"}),
        new FactPhrases("conflict.territory-occupied-percent", new long[] {20, 20, 16},
            new String[] {"{n} percent of the country's territory was held under occupation", "{n}% of the national territory remained occupied"}),
        new FactPhrases("war-2020.days", new long[] {44, 44},
            new String[] {"the war of 2020 lasted {n} days", "in {n} days of fighting in 2020 the lands were freed"}),
        new FactPhrases("recognition.countries", new long[] {18, 17, 20},
            new String[] {"the legislatures of {n} countries have condemned the massacre", "{n} countries have recognized the killings as genocide"}),
    };

    static final String[] QUALIFIERS = {"", "", "", "", "", "about ", "nearly ", "more than ", "over ", "at least ", "up to ",
        "some ", "approximately ", "almost ", "around "};

    static final String[] ATTRIBUTIONS = {"according to the State Commission", "as the Prosecutor General's Office reported",
        "the Human Rights Commissioner said", "according to official figures", "a parliamentary report found",
        "eyewitnesses told reporters", "the foreign ministry stated", "according to survivors' accounts"};

    static final String[] SAYERS = {"The State Commission established", "Officials said", "The report notes",
        "Witnesses recall", "The ombudsman stressed"};

    static final String[] OPENINGS = {"This week marks another anniversary of the night of 25 to 26 February 1992, when the town of Khojaly was attacked.",
        "Every year in late February the country remembers the victims of the Khojaly tragedy.",
        "The events in Khojaly remain among the gravest crimes committed during the conflict.",
        "Memorial ceremonies were held today in the capital and in the regions.",
        "Survivors and relatives gathered at the monument to lay flowers.",
        "The tragedy is still a source of deep pain for the whole nation."};

    static final String[] FILLER = {"International organizations were called upon to give the events a legal assessment.",
        "Historians continue to collect testimonies from those who escaped through the forest.",
        "The memory of the victims is kept alive in schools, museums and literature.",
        "Those responsible have never been brought to justice.",
        "Reconstruction work in the town has begun, and families are expected to return.",
        "Many of those who fled spent the night in the snow-covered mountains.",
        "The commemoration included a minute of silence at noon.",
        "Delegations from several embassies attended the ceremony.",
        "The exhibition will remain open until the end of March.",
        "Documents from the period are now available in the national archives."};

    static final String[] DISTRACTORS = {"The ceremony began at 10:00 on 26 February {y}.", "Room 3210, 633 Third Avenue, telephone (212) 371-{p}.",
        "It was the {o} anniversary of the tragedy.", "Resolution {p}/{y} was adopted the same year.",
        "Article 2 of the 1948 Convention defines the crime.", "Over the past {k} years, the memory has not faded."};

    static final String[] ORDINALS = {"twenty-fifth", "thirtieth", "thirty-first", "thirty-second", "30th", "31st", "32nd", "26th"};

    private Prose() {
    }

    static <T> T pick(SplittableRandom r, T[] items) {
        return items[r.nextInt(items.length)];
    }

    /** One sentence stating a figure of {@code f}, with a qualifier, sometimes a range or an attribution. */
    static String figureSentence(SplittableRandom r, FactPhrases f) {
        long v = f.values()[r.nextInt(f.values().length)];
        String figure;
        int form = r.nextInt(12);
        if (form == 0 && v >= 20) {
            long hi = v + Math.max(1, v / 10);
            figure = r.nextBoolean() ? "between " + Numbers.digits(v) + " and " + Numbers.digits(hi)
                    : Numbers.digits(v) + "\u2013" + Numbers.digits(hi);
        } else if (form == 1 && v >= 20) {
            figure = "from " + Numbers.digits(v) + " to " + Numbers.digits(v + Math.max(1, v / 20));
        } else {
            String template = pick(r, f.templates());
            figure = pick(r, QUALIFIERS) + (template.contains("{n}%") ? Numbers.digits(v) : Numbers.anyForm(r, v));
            return attributed(r, template.replace("{n}", figure));
        }
        return attributed(r, pick(r, f.templates()).replace("{n}", figure));
    }

    private static String attributed(SplittableRandom r, String s) {
        int att = r.nextInt(5);
        if (att == 0) {
            s = s + ", " + pick(r, ATTRIBUTIONS);
        } else if (att == 1) {
            s = pick(r, SAYERS) + " that " + s;
        }
        return Numbers.capitalized(s) + ".";
    }

    static String distractor(SplittableRandom r) {
        return pick(r, DISTRACTORS).replace("{y}", Integer.toString(1992 + r.nextInt(33)))
                .replace("{p}", Integer.toString(1000 + r.nextInt(9000))).replace("{o}", pick(r, ORDINALS))
                .replace("{k}", Integer.toString(20 + r.nextInt(13)));
    }

    /** A paragraph several sources quote word for word. */
    static String sharedPassage(SplittableRandom r) {
        StringBuilder sb = new StringBuilder("\u201C");
        sb.append(pick(r, OPENINGS)).append(' ');
        for (int k = 0; k < 2 + r.nextInt(2); k++) {
            sb.append(figureSentence(r, pick(r, FACTS))).append(' ');
        }
        sb.append(pick(r, FILLER)).append('\u201D');
        return sb.toString();
    }
}
