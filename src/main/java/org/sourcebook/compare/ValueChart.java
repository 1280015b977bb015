package org.sourcebook.compare;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.sourcebook.model.Qualifier;
import org.sourcebook.render.Html;

/**
 * A small horizontal chart of the values the sources state for one fact, as inline SVG written at
 * build time. One row per statement: exact values are bars from zero; ranges are bars from their
 * lower to their upper bound; "at least" / "more than" end in an arrow pointing up the scale,
 * "up to" is an outlined bar (any value up to it), "about" ends in a dashed tail. Colours come
 * from the page's CSS, so dark mode and print follow.
 */
public final class ValueChart {
    static final int WIDTH = 420;
    private static final int PAD = 6;
    private static final int ROW = 40;
    private static final int AXIS = 28;
    /** A label line's height, and how many characters a line holds (13px text across the chart's width). */
    private static final int LINE = 16;
    static final int LINE_CHARS = 52;

    private ValueChart() {
    }

    /** One bar: the label above it, the stated value and how it bounds the figure. */
    public record Bar(String label, String value, BigDecimal low, BigDecimal high, Qualifier qualifier) {
    }

    public static String svg(List<Bar> bars, String title) {
        double max = 0;
        for (Bar b : bars) {
            max = Math.max(max, b.high().doubleValue());
        }
        double top = niceTop(max);
        int plot = WIDTH - 2 * PAD - 14;
        List<List<String>> labels = bars.stream().map(b -> lines(b.label(), b.value())).toList();
        int height = AXIS;
        for (List<String> l : labels) {
            height += ROW + (l.size() - 1) * LINE;
        }
        StringBuilder sb = new StringBuilder();
        sb.append("<svg class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" role=\"img\" aria-labelledby=\"chart-title\" xmlns=\"http://www.w3.org/2000/svg\">")
                .append("<title id=\"chart-title\">").append(Html.escape(title)).append("</title>");
        int y = 0;
        for (int n = 0; n < bars.size(); n++) {
            Bar b = bars.get(n);
            List<String> label = labels.get(n);
            int below = (label.size() - 1) * LINE;
            double x0 = PAD + plot * (b.qualifier() == Qualifier.RANGE ? b.low().doubleValue() : 0) / top;
            double x1 = PAD + plot * b.high().doubleValue() / top;
            // the whole label, wrapped over as many lines as it needs (a phone shows the chart scaled, never cut);
            // the row's title is its tooltip
            sb.append("<g class=\"row q-").append(b.qualifier().id()).append("\"><title>").append(Html.escape(b.label() + ": " + b.value()))
                    .append("</title>");
            sb.append("<text class=\"label\" x=\"").append(PAD).append("\" y=\"").append(y + 14).append("\">");
            for (int i = 0; i < label.size(); i++) {
                String line = label.get(i);
                boolean last = i == label.size() - 1;
                String words = last ? line.substring(0, line.length() - b.value().length()) : line;
                sb.append(i == 0 ? "<tspan>" : "<tspan x=\"" + PAD + "\" dy=\"" + LINE + "\">").append(Html.escape(words));
                if (last) {
                    sb.append("<tspan class=\"v\">").append(Html.escape(b.value())).append("</tspan>");
                }
                sb.append("</tspan>");
            }
            sb.append("</text>");
            y += below;
            double w = Math.max(2, x1 - x0);
            String cls = b.qualifier() == Qualifier.UP_TO ? "bar open" : "bar";
            sb.append("<rect class=\"").append(cls).append("\" x=\"").append(f(x0)).append("\" y=\"").append(y + 20)
                    .append("\" width=\"").append(f(w)).append("\" height=\"12\"/>");
            switch (b.qualifier()) {
                case AT_LEAST, MORE_THAN -> sb.append("<path class=\"arrow\" d=\"M").append(f(x1)).append(' ').append(y + 18)
                        .append(" l10 8 l-10 8 z\"/>");
                case APPROXIMATELY -> sb.append("<line class=\"tail\" x1=\"").append(f(x1)).append("\" y1=\"").append(y + 26)
                        .append("\" x2=\"").append(f(Math.min(WIDTH - PAD, x1 + 12))).append("\" y2=\"").append(y + 26).append("\"/>");
                case RANGE -> sb.append("<line class=\"cap\" x1=\"").append(f(x0)).append("\" y1=\"").append(y + 17)
                        .append("\" x2=\"").append(f(x0)).append("\" y2=\"").append(y + 35).append("\"/><line class=\"cap\" x1=\"")
                        .append(f(x1)).append("\" y1=\"").append(y + 17).append("\" x2=\"").append(f(x1)).append("\" y2=\"")
                        .append(y + 35).append("\"/>");
                default -> { }
            }
            sb.append("</g>");
            y += ROW;
        }
        sb.append("<g class=\"axis\"><line x1=\"").append(PAD).append("\" y1=\"").append(y + 2).append("\" x2=\"")
                .append(PAD + plot).append("\" y2=\"").append(y + 2).append("\"/>");
        for (int i = 0; i <= 4; i++) {
            double v = top * i / 4;
            double x = PAD + plot * i / 4.0;
            sb.append("<line x1=\"").append(f(x)).append("\" y1=\"").append(y + 2).append("\" x2=\"").append(f(x))
                    .append("\" y2=\"").append(y + 7).append("\"/><text x=\"").append(f(x)).append("\" y=\"").append(y + 20)
                    .append("\" text-anchor=\"").append(i == 0 ? "start" : i == 4 ? "end" : "middle").append("\">")
                    .append(tick(v)).append("</text>");
        }
        sb.append("</g></svg>");
        return sb.toString();
    }

    /** The smallest 1, 2, 2.5 or 5 × 10^n at or above {@code max} (1 when nothing is positive). */
    static double niceTop(double max) {
        if (max <= 0) {
            return 1;
        }
        double p = Math.pow(10, Math.floor(Math.log10(max)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * p >= max) {
                return m * p;
            }
        }
        return 10 * p;
    }

    private static String tick(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%,d", (long) v) : String.format(Locale.ROOT, "%,.1f", v);
    }

    private static String f(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    /**
     * A bar's label and value as lines of at most {@link #LINE_CHARS} characters, broken at spaces
     * (a word longer than a line is cut into pieces); the last line ends with the value, after a space.
     */
    static List<String> lines(String label, String value) {
        List<String> out = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        List<String> words = new java.util.ArrayList<>(java.util.Arrays.asList(label.split(" ")));
        words.add(value);   // one piece: the value is never split
        for (int k = 0; k < words.size(); k++) {
            String word = words.get(k);
            boolean isValue = k == words.size() - 1;
            if (word.isEmpty()) {
                continue;
            }
            while (!isValue && word.length() > LINE_CHARS) {
                if (line.length() > 0) {
                    out.add(line.toString());
                    line.setLength(0);
                }
                out.add(word.substring(0, LINE_CHARS));
                word = word.substring(LINE_CHARS);
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > LINE_CHARS) {
                out.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        out.add(line.toString());
        return out;
    }
}
