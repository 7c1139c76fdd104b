package org.ordercycle.scenario.bind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ordercycle.scenario.ScenarioError;

/**
 * Collects the problems of one file, each with its location and field path. A problem named only
 * by its path is placed at the deepest node of the tree on that path. Not thread-safe.
 */
public class Reporter {
    private final String mainFile;
    private Node root;
    private final List<ScenarioError> errors = new ArrayList<>();
    private final List<FieldPath> errorPaths = new ArrayList<>();

    /**
     * @param mainFile the file being loaded; its problems come first, then those of other sources
     *                 such as {@code --param} values
     */
    public Reporter(String mainFile) {
        this.mainFile = mainFile;
    }

    /** Sets the tree used to locate problems named only by their path. */
    public void setRoot(Node root) {
        this.root = root;
    }

    /** Records a problem at a known location. */
    public void error(Location at, FieldPath path, String message) {
        errors.add(new ScenarioError(at.file(), at.line(), at.column(), path.toString(),
                path.isRoot() ? "the file " + message : message));
        errorPaths.add(path);
    }

    /** Records a problem located by its path in the tree. */
    public void error(FieldPath path, String message) {
        error(locate(path), path, message);
    }

    /** Adds problems found elsewhere (e.g. by the YAML reader). */
    public void addAll(List<ScenarioError> found) {
        for (ScenarioError e : found) {
            errors.add(e);
            errorPaths.add(FieldPath.ROOT);
        }
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** True when some problem lies at {@code path} or inside it. */
    public boolean hasErrorsIn(FieldPath path) {
        return errorPaths.stream().anyMatch(path::contains);
    }

    /** The problems: the main file's in line order, then the others in the order found. */
    public List<ScenarioError> errors() {
        List<ScenarioError> sorted = new ArrayList<>(errors);
        sorted.sort(Comparator.comparing((ScenarioError e) -> !e.file().equals(mainFile))
                .thenComparing(e -> e.file().equals(mainFile) ? e.line() : 0)
                .thenComparing(e -> e.file().equals(mainFile) ? e.column() : 0));
        return sorted;
    }

    /** The location of the deepest node of the tree on {@code path}. */
    public Location locate(FieldPath path) {
        Node node = root;
        Location at = root == null ? Location.of(mainFile) : root.location();
        for (Object part : path.parts()) {
            Node next = step(node, part);
            if (next == null) {
                break;
            }
            node = next;
            at = next.location();
        }
        return at;
    }

    /** " (the default)" when {@code path} is not written in the tree, so its value came from a default; else "". */
    public String defaultNote(FieldPath path) {
        Node node = root;
        for (Object part : path.parts()) {
            node = step(node, part);
        }
        return node == null ? " (the default)" : "";
    }

    /** The child of {@code node} named by one part of a path, or null. */
    static Node step(Node node, Object part) {
        if (node instanceof Node.Mapping m && part instanceof String key) {
            return m.get(key);
        }
        if (node instanceof Node.Sequence s && part instanceof Integer i && i < s.items().size()) {
            return s.items().get(i);
        }
        return null;
    }

    /** A reporter for built-in defaults: any problem there is a programming error and is thrown at once. */
    public static Reporter failFast(String what) {
        return new Reporter(what) {
            @Override
            public void error(Location at, FieldPath path, String message) {
                throw new IllegalStateException("Bad " + what + ": " + path + " " + message);
            }
        };
    }
}
