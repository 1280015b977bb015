package org.sourcebook.render;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A {@link Writer} that encodes what it is given to UTF-8 at once, into one growing byte array:
 * a page is encoded once, with no {@code StringBuffer}, no copy into a {@code String} and no
 * second pass to encode it. Not thread-safe (one page, one thread). A lone surrogate is written as
 * {@code ?}, as {@link String#getBytes} does.
 */
public final class Utf8Output extends Writer {
    private byte[] buf;
    private int size;
    /** A high surrogate whose low half has not come yet (a write may end between the two). */
    private char pendingHigh;

    public Utf8Output(int capacity) {
        buf = new byte[Math.max(16, capacity)];
    }

    @Override
    public void write(int c) {
        writeChar((char) c);
    }

    @Override
    public void write(char[] chars, int off, int len) {
        ensure(len);
        byte[] b = buf;
        int n = size;
        int end = off + len;
        int i = off;
        if (pendingHigh == 0) {
            // ASCII runs, the common case, byte for char
            while (i < end) {
                char c = chars[i];
                if (c >= 0x80) {
                    break;
                }
                b[n++] = (byte) c;
                i++;
            }
        }
        size = n;
        for (; i < end; i++) {
            writeChar(chars[i]);
        }
    }

    @Override
    public void write(String s, int off, int len) {
        if (pendingHigh == 0 && off == 0 && len == s.length()) {
            // a whole string (markup: a source's text, JSON-LD): the JDK's encoder, then one copy
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            if (!endsHigh(utf8, s)) {
                ensure(utf8.length);
                System.arraycopy(utf8, 0, buf, size, utf8.length);
                size += utf8.length;
                return;
            }
        }
        // the chars are copied out once: cheaper than charAt's checks on every char
        char[] chars = chars(len);
        s.getChars(off, off + len, chars, 0);
        write(chars, 0, len);
    }

    /**
     * Writes {@code s} escaped as HTML text and attribute values, the way Freemarker's HTML output
     * format escapes it: {@code < > & " '} as {@code &lt; &gt; &amp; &quot; &#39;}.
     */
    public void writeHtml(String s) {
        int len = s.length();
        if (pendingHigh == 0) {
            // the JDK's encoder (a copy for ASCII text), then the bytes escaped: no UTF-8 sequence
            // holds an ASCII byte, so escaping the bytes escapes the chars
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            if (!endsHigh(utf8, s)) {
                escapeUtf8(utf8);
                return;
            }
        }
        char[] chars = chars(len);
        s.getChars(0, len, chars, 0);
        int i = 0;
        while (i < len) {
            if (pendingHigh == 0) {
                // a run of plain ASCII, byte for char
                ensure(len - i);
                byte[] b = buf;
                int n = size;
                while (i < len) {
                    char c = chars[i];
                    if (c >= 0x80 || c == '<' || c == '>' || c == '&' || c == '"' || c == '\'') {
                        break;
                    }
                    b[n++] = (byte) c;
                    i++;
                }
                size = n;
                if (i == len) {
                    break;
                }
            }
            char c = chars[i++];
            if (c == '<' || c == '>' || c == '&' || c == '"' || c == '\'') {
                if (pendingHigh != 0) {
                    pendingHigh = 0;
                    put('?');
                }
                entity(c);
            } else {
                writeChar(c);
            }
        }
    }

    /**
     * Whether {@code s} ends with a high surrogate (which the next write may complete), given its
     * UTF-8 bytes: those then end with the '?' a lone surrogate becomes, so only then is the char looked at.
     */
    private static boolean endsHigh(byte[] utf8, String s) {
        return utf8.length > 0 && utf8[utf8.length - 1] == '?' && Character.isHighSurrogate(s.charAt(s.length() - 1));
    }

    /** Bit {@code c} is set for each char {@code c} that HTML escaping replaces: {@code " & ' < >}. */
    private static final long ESCAPED = 1L << '"' | 1L << '&' | 1L << '\'' | 1L << '<' | 1L << '>';

    /** Writes UTF-8 bytes with {@code < > & " '} as entities, the runs between them copied whole. */
    private void escapeUtf8(byte[] utf8) {
        int n = utf8.length;
        ensure(n);
        int from = 0;
        for (int i = 0; i < n; i++) {
            int b = utf8[i];
            // (b & 0xC0) == 0: b is 0-63 (a byte of a multi-byte sequence is negative)
            if ((b & 0xC0) == 0 && (ESCAPED >>> b & 1L) != 0) {
                int run = i - from;
                ensure(run + 6);
                System.arraycopy(utf8, from, buf, size, run);
                size += run;
                entity((char) b);
                from = i + 1;
            }
        }
        int run = n - from;
        ensure(run);
        System.arraycopy(utf8, from, buf, size, run);
        size += run;
    }

    private void entity(char c) {
        String e = switch (c) {
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '&' -> "&amp;";
            case '"' -> "&quot;";
            default -> "&#39;";
        };
        ensure(e.length());
        for (int k = 0; k < e.length(); k++) {
            buf[size++] = (byte) e.charAt(k);
        }
    }

    private char[] scratch = new char[512];

    private char[] chars(int len) {
        if (scratch.length < len) {
            scratch = new char[Math.max(len, scratch.length * 2)];
        }
        return scratch;
    }

    @Override
    public void write(String s) {
        write(s, 0, s.length());
    }

    @Override
    public Writer append(CharSequence cs) {
        String s = String.valueOf(cs);
        write(s, 0, s.length());
        return this;
    }

    private void writeChar(char c) {
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(high, c);
                ensure(4);
                buf[size++] = (byte) (0xF0 | (cp >> 18));
                buf[size++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                buf[size++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                buf[size++] = (byte) (0x80 | (cp & 0x3F));
                return;
            }
            put('?');
        }
        if (c < 0x80) {
            put(c);
        } else if (c < 0x800) {
            ensure(2);
            buf[size++] = (byte) (0xC0 | (c >> 6));
            buf[size++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (Character.isLowSurrogate(c)) {
            put('?');
        } else {
            ensure(3);
            buf[size++] = (byte) (0xE0 | (c >> 12));
            buf[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
            buf[size++] = (byte) (0x80 | (c & 0x3F));
        }
    }

    private void put(char ascii) {
        ensure(1);
        buf[size++] = (byte) ascii;
    }

    private void ensure(int more) {
        if (size + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    /** What was written, as UTF-8 (a dangling high surrogate as {@code ?}). */
    public byte[] toByteArray() {
        if (pendingHigh != 0) {
            pendingHigh = 0;
            put('?');
        }
        return Arrays.copyOf(buf, size);
    }
}
