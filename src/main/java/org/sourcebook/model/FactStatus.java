package org.sourcebook.model;

/** Whether the sources that state a fact agree on it. */
public enum FactStatus {
    NOT_STATED("not stated", "No source in the archive states this figure."),
    ONE_SOURCE("one source", "Only one source states this figure."),
    AGREE("sources agree", "Every source that states this figure gives the same value."),
    DIFFER("sources differ", "Sources state different values for this figure.");

    private final String label;
    private final String explanation;

    FactStatus(String label, String explanation) {
        this.label = label;
        this.explanation = explanation;
    }

    public String label() {
        return label;
    }

    public String explanation() {
        return explanation;
    }

    /** CSS-friendly id: not-stated, one-source, agree, differ. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
