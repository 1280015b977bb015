package org.sourcebook.content;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.fasterxml.jackson.core.io.IOContext;
import java.io.CharArrayReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/** The one YAML mapper of the program, and the way its errors become positioned messages. */
public final class Yaml {
    public static final ObjectMapper MAPPER = YAMLMapper.builder(new SurrogateSafeFactory())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private Yaml() {
    }

    /**
     * SnakeYAML (2.3) throws IndexOutOfBoundsException when a read fills its 1024-char buffer
     * and ends on the first half of a surrogate pair (an emoji at character 1024 of the YAML),
     * found by SourceLoadingFuzzTest. Every parser of this factory reads through
     * {@link SurrogateSafeReader}, which never ends a read inside a pair.
     */
    static final class SurrogateSafeFactory extends YAMLFactory {
        private static final long serialVersionUID = 1L;

        @Override
        protected YAMLParser _createParser(Reader r, IOContext ctxt) throws IOException {
            return super._createParser(new SurrogateSafeReader(r), ctxt);
        }

        @Override
        protected YAMLParser _createParser(InputStream in, IOContext ctxt) throws IOException {
            return _createParser(_createReader(in, null, ctxt), ctxt);
        }

        @Override
        protected YAMLParser _createParser(byte[] data, int offset, int len, IOContext ctxt) throws IOException {
            return _createParser(_createReader(data, offset, len, null, ctxt), ctxt);
        }

        @Override
        protected YAMLParser _createParser(char[] data, int offset, int len, IOContext ctxt, boolean recyclable) throws IOException {
            return _createParser(new CharArrayReader(data, offset, len), ctxt);
        }
    }

    /** A reader whose reads of more than one char never end on a high surrogate. */
    static final class SurrogateSafeReader extends FilterReader {
        private int pending = -1;

        SurrogateSafeReader(Reader in) {
            super(in);
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            if (len <= 0) {
                return 0;
            }
            int n = 0;
            if (pending >= 0) {
                buf[off] = (char) pending;
                pending = -1;
                n = 1;
            }
            if (n < len) {
                int r = in.read(buf, off + n, len - n);
                if (r < 0) {
                    return n == 0 ? -1 : n;
                }
                n += r;
            }
            if (n > 1 && Character.isHighSurrogate(buf[off + n - 1])) {
                pending = buf[off + n - 1];
                n--;
            }
            return n;
        }

        @Override
        public int read() throws IOException {
            char[] one = new char[1];
            return read(one, 0, 1) < 0 ? -1 : one[0];
        }
    }

    /** 1-based line of a parse error within the YAML text, or 0. */
    public static int line(JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        return loc == null ? 0 : Math.max(loc.getLineNr(), 0);
    }

    public static int column(JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        return loc == null ? 0 : Math.max(loc.getColumnNr(), 0);
    }

    /** The parser's message without Jackson's location and source-reference trailer. */
    public static String reason(JsonProcessingException e) {
        String m = e.getOriginalMessage();
        int cut = m.indexOf("\n at [Source");
        String r = (cut >= 0 ? m.substring(0, cut) : m).strip();
        // SnakeYAML appends " in 'reader', line N, column M:" and a copy of the line: the diagnostic has both
        int nl = r.indexOf('\n');
        return nl >= 0 ? r.substring(0, nl).strip() : r;
    }
}
