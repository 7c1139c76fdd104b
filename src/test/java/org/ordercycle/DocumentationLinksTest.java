package org.ordercycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The user guide stays a guide and its links do not rot: README.md is under 400 lines, and every
 * relative link in README.md and docs/*.md names a file of the repository and, when it has one, a
 * heading of that file.
 */
class DocumentationLinksTest {
    /** Markdown links and images: [text](target) or ![alt](target). */
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

    @Test
    void readmeIsAShortGuide() throws IOException {
        long lines = Files.readAllLines(Path.of("README.md")).size();
        assertTrue(lines < 400, "README.md has " + lines + " lines; longer material belongs in docs/");
        String text = Files.readString(Path.of("README.md"));
        for (String word : List.of("session", "tried, and not kept", "search tool")) {
            assertTrue(!text.toLowerCase(Locale.ROOT).contains(word), "README.md speaks of '" + word + "'");
        }
    }

    @Test
    void everyRelativeLinkResolves() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path page : pages) {
            Matcher m = LINK.matcher(Files.readString(page));
            while (m.find()) {
                String target = m.group(1);
                if (target.matches("^[a-z]+:.*")) {
                    continue; // http:, https:, mailto:
                }
                checked++;
                int hash = target.indexOf('#');
                String file = hash < 0 ? target : target.substring(0, hash);
                Path resolved = file.isEmpty() ? page : page.resolveSibling(file).normalize();
                if (!Files.exists(resolved)) {
                    broken.add(page + ": " + target + " (no file " + resolved + ")");
                } else if (hash >= 0 && resolved.toString().endsWith(".md")
                        && !anchors(resolved).contains(target.substring(hash + 1))) {
                    broken.add(page + ": " + target + " (no such heading in " + resolved + ")");
                }
            }
        }
        assertTrue(checked >= 10, "the guide links to its docs: " + checked + " links found");
        assertEquals(List.of(), broken);
    }

    @Test
    void anchorsFollowGitHubsRule() {
        assertEquals("writing-a-scenario-in-detail", anchor("Writing a scenario in detail"));
        assertEquals("the-model-in-one-page-with-its-classes", anchor("The model in one page, with its classes"));
        assertEquals("littles-law-on-a-finite-window", anchor("Little's law on a finite window"));
    }

    /** GitHub's heading anchors of a Markdown file. */
    private static List<String> anchors(Path file) throws IOException {
        return Files.readAllLines(file).stream().filter(l -> l.startsWith("#"))
                .map(l -> anchor(l.replaceFirst("^#+\\s*", ""))).toList();
    }

    /** Lower case, punctuation dropped, spaces to hyphens. */
    static String anchor(String heading) {
        return heading.trim().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
    }
}
