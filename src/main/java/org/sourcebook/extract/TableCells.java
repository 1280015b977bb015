package org.sourcebook.extract;

/**
 * The cells of a Markdown table ("| Source | Killed |" over "|---|---|"): which column a figure stands in
 * and what the table's header row says of that column.
 */
final class TableCells {

    private TableCells() {
    }

    /**
     * The header cell (its trimmed span) of the column whose cell holds only the figure at [start, end)
     * ("| c. 485 |"), or null when the figure is in no table, shares its cell with words, or the table has
     * no header row over a separator row ("|---|---|").
     */
    static int[] columnHead(String text, int start, int end) {
        return columnHead(text, start, end, true);
    }

    /** As {@link #columnHead(String, int, int)}, also where the header cell holds no word ("#") unless {@code word}. */
    static int[] columnHead(String text, int start, int end, boolean word) {
        int ls = text.lastIndexOf('\n', start - 1) + 1;
        int le = text.indexOf('\n', start);
        le = le < 0 ? text.length() : le;
        if (!text.substring(ls, le).strip().startsWith("|")) {
            return null;
        }
        int cellStart = text.lastIndexOf('|', start - 1) + 1;
        int cellEnd = text.indexOf('|', end);
        if (cellStart <= ls || cellEnd < 0 || cellEnd > le || text.substring(cellStart, cellEnd).contains("\n")) {
            return null;
        }
        // "| 172 (HRW); 590 (government) |" (or parted by a line break, "<br>"): a cell that lists figures, each with its
        // credit in brackets; each item is the figure's own
        int itemStart = Math.max(cellStart, text.lastIndexOf(';', start - 1) + 1);
        int itemEnd = text.indexOf(';', end);
        itemEnd = itemEnd < 0 || itemEnd > cellEnd ? cellEnd : itemEnd;
        int after = end;
        while (after < itemEnd && text.charAt(after) == ' ') {
            after++;
        }
        int close = after < itemEnd && text.charAt(after) == '(' ? text.indexOf(')', after) : -1;
        boolean listed = itemStart > cellStart || itemEnd < cellEnd;
        if (close > 0 && close < itemEnd && (listed || !hasWord(text, close + 1, itemEnd))) {
            after = close + 1;   // "| 67 (village council) |": the figure's credit in brackets
        }
        if (hasWord(text, itemStart, start) || hasWord(text, after, itemEnd)) {
            return null;
        }
        return headerOfColumn(text, start, word);
    }

    /**
     * The header cell (its trimmed span) over the table cell that holds {@code at}, or null when {@code at} is
     * in no table row under a header row and a separator row ("|---|---|"), or the header cell has no word.
     */
    static int[] headerOfColumn(String text, int at) {
        return headerOfColumn(text, at, true);
    }

    private static int[] headerOfColumn(String text, int at, boolean word) {
        int ls = text.lastIndexOf('\n', at - 1) + 1;
        int le = text.indexOf('\n', at);
        le = le < 0 ? text.length() : le;
        int cellStart = text.lastIndexOf('|', at - 1) + 1;
        if (!text.substring(ls, le).strip().startsWith("|") || cellStart <= ls) {
            return null;
        }
        int col = count(text, ls, cellStart);
        int headerStart = -1;
        int second = -1;
        for (int pos = ls; pos > 0; ) {
            int prevStart = text.lastIndexOf('\n', pos - 2) + 1;
            if (!text.substring(prevStart, pos - 1).strip().startsWith("|")) {
                break;
            }
            second = headerStart;
            headerStart = prevStart;
            pos = prevStart;
        }
        if (headerStart < 0 || second < 0 || !isSeparator(text, second)) {
            return null;
        }
        int headerEnd = text.indexOf('\n', headerStart);
        int from = headerStart;
        for (int k = 0; k < col; k++) {
            from = text.indexOf('|', from) + 1;
            if (from <= 0 || from >= headerEnd) {
                return null;
            }
        }
        int to = text.indexOf('|', from);
        if (to < 0 || to > headerEnd) {
            return null;
        }
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return !word && from < to || hasWord(text, from, to) ? new int[] {from, to} : null;
    }

    /** The first cell (its trimmed span) of the table row that holds {@code at} in a later cell, or null. */
    static int[] rowLabel(String text, int at) {
        int ls = text.lastIndexOf('\n', at - 1) + 1;
        int first = text.indexOf('|', ls);
        int second = first < 0 ? -1 : text.indexOf('|', first + 1);
        if (first < 0 || second < 0 || second >= at || !text.substring(ls, first).isBlank()) {
            return null;
        }
        int from = first + 1;
        int to = second;
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return hasWord(text, from, to) ? new int[] {from, to} : null;
    }

    /**
     * The row's label of a figure alone in its table cell when a unit's cell stands between them: the cell right
     * before the figure's, past cells under a unit's header ({@code unitHeaders}: "| Persons wounded | persons | 90 |"
     * under "| Indicator | Unit | Value |"), when it holds a word. Returns {start of the label cell, the "|" that
     * closes it}, or null when the figure is in no such row, or no unit's cell stands before it.
     */
    static int[] labelCellBefore(String text, int start, int end, java.util.Set<String> unitHeaders) {
        return labelCellBefore(text, start, end, unitHeaders, java.util.Set.of());
    }

    /** As {@link #labelCellBefore(String, int, int, java.util.Set)}, also past a cell that holds a unit's word alone ({@code unitCells}: "persons"). */
    static int[] labelCellBefore(String text, int start, int end, java.util.Set<String> unitHeaders, java.util.Set<String> unitCells) {
        int ls = text.lastIndexOf('\n', start - 1) + 1;
        if (columnHead(text, start, end, false) == null) {
            return null;   // not alone in its cell, or no table with a header row
        }
        int close = text.lastIndexOf('|', start - 1);   // the "|" that opens the figure's cell
        boolean passed = false;
        while (close > ls) {
            int open = text.lastIndexOf('|', close - 1);
            if (open < ls) {
                return null;
            }
            int[] head = headerOfColumn(text, open + 1, false);
            String header = head == null ? "" : text.substring(head[0], head[1]).replaceAll("[*_]", "").strip();
            // "Unit", "Units of measurement", "Unit (persons)": the header or its first word
            String first = header.split("[\\s(]+", 2)[0];
            String cell = text.substring(open + 1, close).replaceAll("[*_]", "").strip();
            if (!unitHeaders.contains(header) && !unitHeaders.contains(first) && !unitCells.contains(cell)) {
                return passed && hasWord(text, open + 1, close) ? new int[] {open + 1, close} : null;
            }
            passed = true;
            close = open;
        }
        return null;
    }

    /**
     * Where a table row's second cell starts when its first cell holds only a row number ("| 1.2 | of whom
     * children | 57 |"): the "|" that closes the number's cell; {@code lineStart} when the line is no such row.
     */
    static int afterRowNumber(String text, int lineStart, int limit) {
        int i = skipBlanks(text, lineStart, limit);
        if (i >= limit || text.charAt(i) != '|') {
            return lineStart;
        }
        i = skipBlanks(text, i + 1, limit);
        int digits = i;
        while (i < limit && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.' && i > digits)) {
            i++;
        }
        if (i == digits) {
            return lineStart;
        }
        i = skipBlanks(text, i, limit);
        return i < limit && text.charAt(i) == '|' ? i : lineStart;
    }

    private static int skipBlanks(String text, int from, int limit) {
        int i = from;
        while (i < limit && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /**
     * The cells (trimmed spans) of the table row that holds {@code at} whose column's header is one of
     * {@code headers} ("| Aghdaban | 8 April 1992 | 67 |" under "| Name | Date | Killed |" with "name"), or an
     * empty list when the row is in no table with a header row or no column has such a header.
     */
    static java.util.List<int[]> cellsUnder(String text, int at, java.util.Set<String> headers) {
        int ls = text.lastIndexOf('\n', at - 1) + 1;
        int le = text.indexOf('\n', at);
        le = le < 0 ? text.length() : le;
        java.util.List<int[]> out = new java.util.ArrayList<>();
        int first = text.indexOf('|', ls);
        if (first < 0 || first >= le || !text.substring(ls, first).isBlank()) {
            return out;
        }
        for (int from = first + 1; from < le; ) {
            int to = text.indexOf('|', from);
            if (to < 0 || to > le) {
                break;
            }
            int[] head = headerOfColumn(text, from);
            if (head == null && from == first + 1) {
                return out;   // no header row over a separator: no table to read
            }
            if (head != null && headers.contains(text.substring(head[0], head[1]).strip())) {
                int a = from;
                int b = to;
                while (a < b && Character.isWhitespace(text.charAt(a))) {
                    a++;
                }
                while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
                    b--;
                }
                out.add(new int[] {a, b});
            }
            from = to + 1;
        }
        return out;
    }

    private static boolean isSeparator(String text, int lineStart) {
        int le = text.indexOf('\n', lineStart);
        String line = text.substring(lineStart, le < 0 ? text.length() : le).strip();
        return line.contains("-") && line.chars().allMatch(ch -> ch == '|' || ch == '-' || ch == ':' || ch == ' ');
    }

    private static int count(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '|') {
                n++;
            }
        }
        return n;
    }

    private static boolean hasWord(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
