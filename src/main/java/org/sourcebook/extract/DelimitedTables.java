package org.sourcebook.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A block of comma-, semicolon- or tab-separated values in a fenced code block ("```csv" over "metric,value,source" and its rows),
 * read as the Markdown table it stands for: its first line is the header row, a cell in double quotes may hold the
 * delimiter, a word joined by '_' ("killed_women") is two words, and a column headed as the figure's bound
 * ({@code bound_headers}: "qualifier") is read as said right before the figure of its row ("at least" 172). The table
 * is written out with a map from each of its chars back to the text's, so that a claim read in it quotes the text.
 */
final class DelimitedTables {
    private static final int MIN_ROWS = 2;

    /** One block: where it stands in the text, the table it stands for, and for each char of that table the text's offset (or -1). */
    record Block(int start, int end, String table, int[] offsets) {
        /** The text's span for the table's span [from, to): from the first mapped char to the last, or null when none maps. */
        int[] span(int from, int to) {
            int s = Integer.MAX_VALUE;
            int e = -1;
            for (int k = from; k < to; k++) {
                if (offsets[k] >= 0) {
                    s = Math.min(s, offsets[k]);
                    e = Math.max(e, offsets[k] + 1);
                }
            }
            return e < 0 ? null : new int[] {s, e};
        }
    }

    private DelimitedTables() {
    }

    /**
     * The delimited blocks of a text: a fenced code block whose lines are delimited rows, or a run of such lines
     * standing alone (a data file given as it is: no line opens with a list's or a table's mark, each cell is short).
     */
    static List<Block> of(String body, Set<String> boundHeaders) {
        List<Block> out = new ArrayList<>();
        int pos = 0;
        while (pos < body.length()) {
            int le = body.indexOf('\n', pos);
            le = le < 0 ? body.length() : le;
            String fence = fenceAt(body, pos, le);
            if (fence == null) {
                int run = bareRun(body, pos, le);
                if (run > le) {
                    Block b = block(body, pos, run, boundHeaders);
                    if (b != null) {
                        out.add(b);
                        pos = run;
                        continue;
                    }
                }
                pos = le + 1;
                continue;
            }
            int from = Math.min(body.length(), le + 1);
            int close = from;
            while (close < body.length()) {
                int ce = body.indexOf('\n', close);
                ce = ce < 0 ? body.length() : ce;
                if (fence.equals(fenceAt(body, close, ce))) {
                    break;
                }
                close = ce + 1;
            }
            Block b = close > from ? block(body, from, Math.min(close, body.length()), boundHeaders) : null;
            if (b != null) {
                out.add(b);
            }
            int ce = close < body.length() ? body.indexOf('\n', close) : -1;
            pos = ce < 0 ? body.length() : ce + 1;
        }
        return out;
    }

    /** The fence ("```" or "~~~") that opens the line [ls, le) after its indent, or null: no substring made for other lines. */
    private static String fenceAt(String body, int ls, int le) {
        int k = ls;
        while (k < le && (body.charAt(k) == ' ' || body.charAt(k) == '\t')) {
            k++;
        }
        return body.startsWith("```", k) ? "```" : body.startsWith("~~~", k) ? "~~~" : null;
    }

    /** Chars a cell of a bare run may hold: more is a sentence's clause, not a value. */
    private static final int BARE_CELL = 60;

    /**
     * Where a bare run of delimited lines that starts with the header line [ls, le) ends (past its last line's break),
     * or {@code le} when no run of at least three lines with two commas (or tabs) or more each, cells short, starts there.
     */
    private static int bareRun(String body, int ls, int le) {
        char delim = ',';
        int commas = count(body, ls, le, ',');
        if (commas < 2) {
            delim = '\t';
            commas = count(body, ls, le, '\t');
        }
        if (commas < 2 || le >= body.length()) {
            return le;
        }
        int next = body.indexOf('\n', le + 1);
        next = next < 0 ? body.length() : next;
        if (count(body, le + 1, next, delim) < commas) {
            return le;   // the cheap check: the next line has as many delimiters (more where a quoted cell holds one)
        }
        int end = le;
        int lines = 0;
        for (int p = ls; p < body.length(); ) {
            int e = body.indexOf('\n', p);
            e = e < 0 ? body.length() : e;
            if (body.substring(p, e).isBlank() || "|#>-*+`".indexOf(body.charAt(p)) >= 0) {
                break;
            }
            List<int[]> cells = cells(body, p, e, delim);
            if (cells == null || cells.size() != commas + 1 || cells.stream().anyMatch(c -> c[1] - c[0] > BARE_CELL)) {
                break;
            }
            lines++;
            end = Math.min(body.length(), e + 1);
            p = e + 1;
        }
        return lines >= MIN_ROWS + 1 ? end : le;
    }

    private static int count(String body, int from, int to, char delim) {
        int n = 0;
        for (int k = from; k < to; k++) {
            if (body.charAt(k) == delim) {
                n++;
            }
        }
        return n;
    }

    /** The block of lines [from, to) as a table, or null when its lines are no delimited rows under a header of words. */
    private static Block block(String body, int from, int to, Set<String> boundHeaders) {
        List<int[]> lines = new ArrayList<>();
        for (int p = from; p < to; ) {
            int le = body.indexOf('\n', p);
            le = le < 0 || le > to ? to : le;
            if (!body.substring(p, le).isBlank()) {
                lines.add(new int[] {p, le});
            }
            p = le + 1;
        }
        if (lines.size() < MIN_ROWS + 1) {
            return null;
        }
        String first = body.substring(lines.get(0)[0], lines.get(0)[1]);
        // a tab, else a semicolon where the header has no comma (as spreadsheets in many locales write), else a comma
        char delim = first.indexOf('\t') >= 0 ? '\t' : first.indexOf(';') >= 0 && first.indexOf(',') < 0 ? ';' : ',';
        List<List<int[]>> rows = new ArrayList<>();
        for (int[] l : lines) {
            List<int[]> cells = cells(body, l[0], l[1], delim);
            if (cells == null || cells.size() < 2 || !rows.isEmpty() && cells.size() != rows.get(0).size()) {
                return null;   // not the same number of cells on each line: no table
            }
            rows.add(cells);
        }
        for (int[] c : rows.get(0)) {
            for (int k = c[0]; k < c[1]; k++) {
                if (Character.isDigit(body.charAt(k))) {
                    return null;   // a header row holds words only
                }
            }
        }
        int bound = -1;
        for (int k = 0; k < rows.get(0).size(); k++) {
            int[] c = rows.get(0).get(k);
            if (boundHeaders.contains(Text.lower(body.substring(c[0], c[1]).strip()))) {
                bound = k;
            }
        }
        StringBuilder table = new StringBuilder();
        List<Integer> map = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<int[]> cells = rows.get(r);
            add(table, map, "|", -1);
            for (int k = 0; k < cells.size(); k++) {
                if (k == bound) {
                    continue;   // said with its row's figure
                }
                add(table, map, " ", -1);
                if (r > 0 && bound >= 0 && bound != k && digitsOnly(body, cells.get(k)) && !body.substring(cells.get(bound)[0], cells.get(bound)[1]).isBlank()) {
                    copy(body, cells.get(bound), table, map);   // "killed,172,at least": "| killed | at least 172 |"
                    add(table, map, " ", -1);
                }
                copy(body, cells.get(k), table, map);
                add(table, map, " |", -1);
            }
            add(table, map, "\n", -1);
            if (r == 0) {
                add(table, map, "|", -1);
                for (int k = 0; k < cells.size(); k++) {
                    if (k != bound) {
                        add(table, map, "---|", -1);
                    }
                }
                add(table, map, "\n", -1);
            }
        }
        int[] offsets = map.stream().mapToInt(Integer::intValue).toArray();
        return new Block(lines.get(0)[0], lines.get(lines.size() - 1)[1], table.toString(), offsets);
    }

    /** The cells of a line, each as the span of its content (inside its quotes, if quoted); null when a quote is left open. */
    private static List<int[]> cells(String body, int from, int to, char delim) {
        List<int[]> out = new ArrayList<>();
        int p = from;
        while (p <= to) {
            if (p < to && body.charAt(p) == '"') {
                int q = p + 1;
                while (q < to && !(body.charAt(q) == '"' && (q + 1 >= to || body.charAt(q + 1) != '"'))) {
                    q += body.charAt(q) == '"' ? 2 : 1;
                }
                if (q >= to) {
                    return null;
                }
                out.add(new int[] {p + 1, q});
                p = q + 1;
                while (p < to && body.charAt(p) != delim) {
                    p++;
                }
            } else {
                int q = p;
                while (q < to && body.charAt(q) != delim) {
                    q++;
                }
                out.add(new int[] {p, q});
                p = q;
            }
            p++;
        }
        return out;
    }

    private static boolean digitsOnly(String body, int[] cell) {
        String s = body.substring(cell[0], cell[1]).strip();
        return !s.isEmpty() && s.chars().allMatch(ch -> Character.isDigit(ch) || ch == '.' || ch == ',' || ch == ' ');
    }

    /** The cell's chars, a '_' between letters read as a space ("killed_women"), a doubled quote as one. */
    private static void copy(String body, int[] cell, StringBuilder table, List<Integer> map) {
        for (int k = cell[0]; k < cell[1]; k++) {
            char ch = body.charAt(k);
            if (ch == '"' && k + 1 < cell[1] && body.charAt(k + 1) == '"') {
                continue;
            }
            if (ch == '|') {
                ch = '/';   // a bar inside a cell is no column of the table
            }
            table.append(ch == '_' && k > cell[0] && k + 1 < cell[1] && Character.isLetter(body.charAt(k - 1)) && Character.isLetter(body.charAt(k + 1)) ? ' ' : ch);
            map.add(k);
        }
    }

    private static void add(StringBuilder table, List<Integer> map, String s, int at) {
        table.append(s);
        for (int k = 0; k < s.length(); k++) {
            map.add(at);
        }
    }
}
