package org.ordercycle.scenario;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Strict UTF-8 decoding that names the byte offset and line of the first invalid byte. */
final class Utf8 {
    private Utf8() {
    }

    /** The text of {@code bytes}; a {@link ScenarioException} naming {@code file} when they are not UTF-8. */
    static String decode(byte[] bytes, String file) throws ScenarioException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position(); // the decoder stops right before the first bad byte
            int line = 1;
            for (int i = 0; i < offset; i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            int column = 1;
            for (int i = out.position() - 1; i >= 0 && out.get(i) != '\n'; i--) {
                column++;
            }
            throw new ScenarioException(List.of(new ScenarioError(file, line, column, "", String.format(
                    "is not UTF-8 text: the byte at offset %d (0x%02X, line %d) is not valid UTF-8; save the file as UTF-8",
                    offset, bytes[offset] & 0xff, line))));
        }
        decoder.flush(out);
        return out.flip().toString();
    }
}
