package org.sourcebook.site;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.util.Instantiatable;
import java.io.IOException;
import java.util.BitSet;

/**
 * JSON layout of the data files: each element of an outer array (the file's own array, or an
 * array the top-level object holds) on a line of its own, everything within it compact. A claim,
 * a source or a manifest entry is one line, to read, grep and diff, without the indentation of
 * every field (a quarter of the bytes of an indented claims.json).
 */
final class RecordLines implements PrettyPrinter, Instantiatable<RecordLines> {
    private int depth;
    /** Depths whose open array puts its elements one to a line. */
    private final BitSet lined = new BitSet();

    @Override
    public RecordLines createInstance() {
        return new RecordLines();
    }

    @Override
    public void writeRootValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw('\n');
    }

    @Override
    public void writeStartObject(JsonGenerator g) throws IOException {
        g.writeRaw('{');
        depth++;
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) {
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(':');
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
        g.writeRaw(',');
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) throws IOException {
        g.writeRaw('}');
        depth--;
    }

    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
        g.writeRaw('[');
        depth++;
        lined.set(depth, depth <= 2);
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
        if (lined.get(depth)) {
            g.writeRaw('\n');
        }
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(lined.get(depth) ? ",\n" : ",");
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) throws IOException {
        if (lined.get(depth) && values > 0) {
            g.writeRaw('\n');
        }
        g.writeRaw(']');
        depth--;
    }
}
