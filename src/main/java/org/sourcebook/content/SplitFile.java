package org.sourcebook.content;

/**
 * A source file cut in two.
 *
 * @param yaml      the front matter text, without the {@code ---} fences
 * @param yamlLine  1-based line of the file where the YAML begins
 * @param body      the verbatim text after the closing fence (line ends normalized to LF)
 * @param bodyLine  1-based line of the file where the body begins
 */
public record SplitFile(String yaml, int yamlLine, String body, int bodyLine) {
}
