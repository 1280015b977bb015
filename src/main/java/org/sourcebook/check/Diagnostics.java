package org.sourcebook.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects every problem of a content folder so that all are reported at once. Thread-safe. */
public final class Diagnostics {
    private final List<Diagnostic> items = new ArrayList<>();

    public synchronized void add(Diagnostic d) {
        items.add(d);
    }

    public synchronized void addAll(List<Diagnostic> ds) {
        items.addAll(ds);
    }

    /** Sorted by file, line, column, message, so reports are stable. */
    public synchronized List<Diagnostic> all() {
        List<Diagnostic> copy = new ArrayList<>(items);
        copy.sort(Comparator.comparing((Diagnostic d) -> String.valueOf(d.file()))
                .thenComparingInt(Diagnostic::line)
                .thenComparingInt(Diagnostic::column)
                .thenComparing(Diagnostic::message));
        return copy;
    }

    public synchronized boolean hasErrors() {
        return items.stream().anyMatch(Diagnostic::isError);
    }

    public synchronized List<Diagnostic> errors() {
        return all().stream().filter(Diagnostic::isError).toList();
    }
}
