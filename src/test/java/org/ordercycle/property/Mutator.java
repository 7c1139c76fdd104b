package org.ordercycle.property;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Deterministic mutations of scenario text for fuzzing the loader: each call takes its
 * randomness from the generator it is given, so a mutant is reproduced from (file, seed).
 * Every mutation returns the new text and a short description for the failure message.
 */
final class Mutator {

    /** A mutated text and what was done to it. */
    record Mutant(String text, String description) {
    }

    /** A number outside a comment: an integer or decimal, possibly negative. */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.])-?\\d+(\\.\\d+)?(?![\\w.])");
    /** "key: value" on a line, value without its trailing comment. */
    private static final Pattern VALUE = Pattern.compile("^(\\s*-?\\s*[A-Za-z][\\w]*:[ ]+)([^#\\n]*?)(\\s*(#.*)?)$",
            Pattern.MULTILINE);
    private static final String[] NUMBER_REPLACEMENTS = {"-1", "-0.5", "0", "1e300", "-1e300", "1e9", ".nan", "NaN",
        ".inf", "abc", "\"3\"", "1_000", "0x10", "", "~", "true", "2.5"};
    private static final String[] VALUE_REPLACEMENTS = {"[1, 2]", "[]", "{a: 1}", "{}", "~", "", "abc", "- x",
        "{dist: gamma}", "{dist: nosuch, mean: 1}", "[[[]]]", "!!binary aGVsbG8=", "!custom 3", "&a 3", "*a", "|\n  text"};

    private Mutator() {
    }

    /** One to three random mutations applied in turn. */
    static Mutant random(String text, Random r) {
        int count = 1 + r.nextInt(3);
        StringBuilder done = new StringBuilder();
        String t = text;
        for (int i = 0; i < count; i++) {
            Mutant m = once(t, r);
            t = m.text();
            done.append(i == 0 ? "" : "; ").append(m.description());
        }
        return new Mutant(t, done.toString());
    }

    /** One random mutation. */
    static Mutant once(String text, Random r) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int n = lines.size();
        int a = r.nextInt(n);
        int b = r.nextInt(n);
        return switch (r.nextInt(16)) {
            case 0 -> {
                String removed = lines.remove(a);
                yield new Mutant(String.join("\n", lines), "delete line " + (a + 1) + " (" + clip(removed) + ")");
            }
            case 1 -> {
                lines.add(a, lines.get(a));
                yield new Mutant(String.join("\n", lines), "duplicate line " + (a + 1) + " (" + clip(lines.get(a)) + ")");
            }
            case 2 -> {
                String la = lines.get(a);
                lines.set(a, lines.get(b));
                lines.set(b, la);
                yield new Mutant(String.join("\n", lines), "swap lines " + (a + 1) + " and " + (b + 1));
            }
            case 3, 4, 5 -> replaceNumber(text, r, NUMBER_REPLACEMENTS[r.nextInt(NUMBER_REPLACEMENTS.length)]);
            case 6, 7 -> replaceValue(text, r, VALUE_REPLACEMENTS[r.nextInt(VALUE_REPLACEMENTS.length)]);
            case 8 -> {
                int at = r.nextInt(text.length() + 1);
                yield new Mutant(text.substring(0, at), "truncate at character " + at);
            }
            case 9 -> {
                int at = r.nextInt(text.length() + 1);
                String junk = junk(r, 1 + r.nextInt(12));
                yield new Mutant(text.substring(0, at) + junk + text.substring(at),
                        "insert " + escape(junk) + " at character " + at);
            }
            case 10 -> {
                String line = lines.get(a);
                String indented = line.replaceFirst("^( +)", r.nextBoolean() ? "\t" : "$1 ");
                lines.set(a, indented);
                yield new Mutant(String.join("\n", lines), "re-indent line " + (a + 1) + " (tab or one more space)");
            }
            case 11 -> {
                int at = r.nextInt(text.length());
                yield new Mutant(text.substring(0, at) + text.substring(at + 1), "delete character " + at);
            }
            case 12 -> {
                String line = lines.get(a);
                Matcher m = Pattern.compile("([A-Za-z]+):").matcher(line);
                if (!m.find()) {
                    yield new Mutant(text + "\nextraKey: 1\n", "append an unknown top-level key");
                }
                lines.set(a, line.substring(0, m.start(1)) + m.group(1) + "x" + line.substring(m.end(1)));
                yield new Mutant(String.join("\n", lines), "misspell key " + m.group(1) + " on line " + (a + 1));
            }
            case 13 -> replaceValue(text, r, "\"" + "x".repeat(1000 + r.nextInt(100_000)) + "\"");
            case 14 -> new Mutant(text.replace("\n", "\r\n"), "Windows line endings");
            default -> replaceValue(text, r, "[".repeat(1 + r.nextInt(600)));
        };
    }

    /** Replaces one number outside comments by {@code by}. */
    static Mutant replaceNumber(String text, Random r, String by) {
        List<int[]> spans = spans(NUMBER.matcher(text), text, 0);
        if (spans.isEmpty()) {
            return new Mutant(text, "no number to replace");
        }
        int[] s = spans.get(r.nextInt(spans.size()));
        return new Mutant(text.substring(0, s[0]) + by + text.substring(s[1]),
                "replace number " + text.substring(s[0], s[1]) + " at line " + lineOf(text, s[0]) + " by " + clip(by));
    }

    /** Replaces one "key: value" value by {@code by}. */
    static Mutant replaceValue(String text, Random r, String by) {
        List<int[]> spans = spans(VALUE.matcher(text), text, 2);
        if (spans.isEmpty()) {
            return new Mutant(text, "no value to replace");
        }
        int[] s = spans.get(r.nextInt(spans.size()));
        return new Mutant(text.substring(0, s[0]) + by + text.substring(s[1]),
                "replace value " + clip(text.substring(s[0], s[1])) + " at line " + lineOf(text, s[0]) + " by " + clip(by));
    }

    /** Replaces the value of the first top-level {@code key:} (appends the key when absent). */
    static String setTop(String text, String key, String value) {
        Matcher m = Pattern.compile("^" + Pattern.quote(key) + ":[^\\n#]*", Pattern.MULTILINE).matcher(text);
        return m.find() ? text.substring(0, m.start()) + key + ": " + value + text.substring(m.end())
                : text + "\n" + key + ": " + value + "\n";
    }

    private static List<int[]> spans(Matcher m, String text, int group) {
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            int start = m.start(group);
            int lineStart = text.lastIndexOf('\n', start - 1) + 1;
            if (!text.substring(lineStart, start).contains("#") && m.end(group) > start) {
                spans.add(new int[] {start, m.end(group)});
            }
        }
        return spans;
    }

    private static String junk(Random r, int length) {
        String alphabet = ":{}[],&*!|>'\"%@`#-?\t \u0000\u0007\u001b\u00e9\u2028\u00a0\ufeff\ud83d\ude00\\";
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append(r.nextInt(4) == 0 ? (char) r.nextInt(0x80) : alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return s.toString();
    }

    private static int lineOf(String text, int at) {
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    static String clip(String s) {
        return escape(s.length() > 60 ? s.substring(0, 60) + "...(" + s.length() + " chars)" : s);
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            out.append(c < 0x20 || c == 0x7f || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return out.toString();
    }
}
