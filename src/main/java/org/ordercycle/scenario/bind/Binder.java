package org.ordercycle.scenario.bind;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ordercycle.scenario.Default;
import org.ordercycle.scenario.AutoAllowed;
import org.ordercycle.scenario.Dist;
import org.ordercycle.scenario.Range;
import org.ordercycle.scenario.Ref;
import org.ordercycle.scenario.Scenario;

/**
 * Builds the scenario records from a {@link Node} tree, driven by the records' annotations:
 * {@link Default} fills absent fields, a field without it is required (nested records default to
 * their own defaults), {@link Range} bounds numbers, {@link Ref} uses are collected for a later check.
 * Builds only records and enums of package {@code org.ordercycle.scenario}, plus strings, numbers,
 * booleans, lists and maps; the types come from the records, never from the file.
 * Every problem goes to the {@link Reporter}; a part with a problem binds to null. Not thread-safe.
 */
public final class Binder {
    private static final String MODEL_PACKAGE = Scenario.class.getPackageName();

    /** A string that must be the id of an element of list {@code kind} ({@code products}, ..., {@code skills}). */
    public record RefUse(String kind, String id, Location location, FieldPath path) {
    }

    /** Checks that involve several fields of one record, run once the record is built. */
    public interface RecordCheck {
        void check(Object record, FieldPath path, Reporter reporter);
    }

    /** The annotations of a field that also apply to the elements of its list or map. */
    record Constraint(Range range, Ref ref, boolean autoAllowed) {
        static final Constraint NONE = new Constraint(null, null, false);

        static Constraint of(RecordComponent rc) {
            return new Constraint(rc.getAnnotation(Range.class), rc.getAnnotation(Ref.class),
                    rc.isAnnotationPresent(AutoAllowed.class));
        }
    }

    private final Reporter reporter;
    private final RecordCheck recordCheck;
    private final List<RefUse> refs = new ArrayList<>();

    public Binder(Reporter reporter, RecordCheck recordCheck) {
        this.reporter = reporter;
        this.recordCheck = recordCheck;
    }

    /** Binds the whole tree to {@code type}; null when some part has a problem. */
    public <T> T bind(Node root, Class<T> type) {
        return type.cast(bind(root, type, FieldPath.ROOT, Constraint.NONE));
    }

    /** The references met so far, to be checked once all ids are known. */
    public List<RefUse> refs() {
        return Collections.unmodifiableList(refs);
    }

    Reporter reporter() {
        return reporter;
    }

    /** The value of a field's {@link Default}, bound like file content; a bad default throws. */
    public Object defaultValue(RecordComponent rc, FieldPath path) {
        String text = rc.getAnnotation(Default.class).value();
        String what = "@Default(\"" + text + "\") of " + rc.getDeclaringRecord().getSimpleName() + "." + rc.getName();
        YamlReader.Result read = YamlReader.read(text, what, false);
        if (read.root() == null || !read.errors().isEmpty()) {
            throw new IllegalStateException("Bad " + what + ": " + read.errors());
        }
        Binder strict = new Binder(Reporter.failFast(what), recordCheck);
        Object value = strict.bind(read.root(), rc.getGenericType(), path, Constraint.of(rc));
        refs.addAll(strict.refs);
        return value;
    }

    Object bind(Node node, Type type, FieldPath path, Constraint c) {
        if (node instanceof Node.Scalar s && s.kind() == Node.Kind.INVALID) {
            return null; // already reported by the reader
        }
        if (type instanceof ParameterizedType p) {
            Type[] args = p.getActualTypeArguments();
            if (p.getRawType() == List.class) {
                return bindList(node, args[0], path, c);
            }
            if (p.getRawType() == Map.class && args[0] == String.class) {
                return bindMap(node, args[1], path, c);
            }
            throw new IllegalStateException("unsupported field type " + type);
        }
        Class<?> cls = (Class<?>) type;
        if (cls == Dist.class) {
            return DistBinder.bind(this, node, path);
        }
        if (cls.isRecord()) {
            return bindRecord(node, cls, path);
        }
        if (cls.isEnum()) {
            return bindEnum(node, cls, path);
        }
        if (cls == String.class) {
            return bindString(node, path, c);
        }
        if (cls == double.class || cls == Double.class) {
            if (c.autoAllowed() && node instanceof Node.Scalar s && s.kind() == Node.Kind.STRING
                    && s.text().equals("auto")) {
                return Double.NaN;
            }
            return Scalars.number(this, node, path, c.range(), false);
        }
        if (cls == int.class || cls == Integer.class) {
            Double v = Scalars.number(this, node, path, c.range(), true);
            return v == null ? null : (Object) v.intValue();
        }
        if (cls == boolean.class || cls == Boolean.class) {
            return Scalars.bool(this, node, path);
        }
        throw new IllegalStateException("unsupported field type " + type);
    }

    /** Reports that {@code node} is not what {@code expected} says (unless already reported). */
    void typeError(Node node, FieldPath path, String expected) {
        if (!(node instanceof Node.Scalar s && s.kind() == Node.Kind.INVALID)) {
            reporter.error(node.location(), path, expected + ", was " + node.describe());
        }
    }

    /** The message for a field given an empty value. */
    static String noValue(RecordComponent rc) {
        Default d = rc.getAnnotation(Default.class);
        return d == null ? "has no value; it is required"
                : "has no value; write one, or remove the line to use the default (" + d.value() + ")";
    }

    private Object bindRecord(Node node, Class<?> cls, FieldPath path) {
        if (!cls.getPackageName().equals(MODEL_PACKAGE)) {
            throw new IllegalStateException("refusing to build " + cls.getName());
        }
        if (!(node instanceof Node.Mapping m)) {
            typeError(node, path, "must be a mapping (key: value lines)");
            return null;
        }
        RecordComponent[] components = cls.getRecordComponents();
        List<String> names = Arrays.stream(components).map(RecordComponent::getName).toList();
        Set<String> misspelt = new HashSet<>();
        for (Node.Entry e : m.entries().values()) {
            String removed = names.contains(e.key()) ? null : RemovedFields.advice(cls, e.key(), path);
            if (removed != null) {
                reporter.error(e.keyLocation(), path.child(e.key()), removed);
            } else if (!names.contains(e.key())) {
                reporter.error(e.keyLocation(), path.child(e.key()), "is not a known field"
                        + Suggest.hint(e.key(), names) + "; allowed: " + String.join(", ", names));
                misspelt.add(Suggest.closest(e.key(), names));
            }
        }
        Object[] args = new Object[components.length];
        boolean ok = true;
        for (int i = 0; i < components.length; i++) {
            args[i] = bindComponent(m, components[i], path.child(components[i].getName()), misspelt);
            ok &= args[i] != null;
        }
        if (!ok) {
            return null;
        }
        Object built = construct(cls, components, args);
        recordCheck.check(built, path, reporter);
        return built;
    }

    /** Binds one field; a required field that is absent is reported unless it was just reported as misspelt. */
    private Object bindComponent(Node.Mapping m, RecordComponent rc, FieldPath path, Set<String> misspelt) {
        Node.Entry entry = m.entries().get(rc.getName());
        Node value = entry == null ? null : entry.value();
        boolean container = isContainer(rc.getGenericType());
        if (value instanceof Node.Scalar s && s.isNull()) {
            if (!container) {
                reporter.error(s.location(), path, noValue(rc));
                return null;
            }
            value = null; // an empty section, e.g. all its lines commented out: as if absent
        }
        if (value != null) {
            return bind(value, rc.getGenericType(), path, Constraint.of(rc));
        }
        if (rc.isAnnotationPresent(Default.class)) {
            return defaultValue(rc, path);
        }
        if (rc.getType().isRecord() && rc.getType() != Dist.class) {
            Location at = entry == null ? m.location() : entry.keyLocation();
            return bindRecord(Node.Mapping.empty(at), rc.getType(), path);
        }
        if (!misspelt.contains(rc.getName())) {
            reporter.error(m.location(), path, "is required");
        }
        return null;
    }

    private static boolean isContainer(Type type) {
        if (type instanceof ParameterizedType) {
            return true;
        }
        return type instanceof Class<?> c && c.isRecord() && c != Dist.class;
    }

    private static Object construct(Class<?> cls, RecordComponent[] components, Object[] args) {
        try {
            Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            return cls.getDeclaredConstructor(types).newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + cls.getSimpleName(), e);
        }
    }

    private Object bindList(Node node, Type element, FieldPath path, Constraint c) {
        if (!(node instanceof Node.Sequence s)) {
            typeError(node, path, "must be a list (one '- ' line per entry)");
            return null;
        }
        List<Object> out = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < s.items().size(); i++) {
            Object v = bind(s.items().get(i), element, path.index(i), c);
            ok &= v != null;
            out.add(v);
        }
        return ok ? List.copyOf(out) : null;
    }

    private Object bindMap(Node node, Type valueType, FieldPath path, Constraint c) {
        if (!(node instanceof Node.Mapping m)) {
            typeError(node, path, "must be a mapping (key: value lines)");
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        boolean ok = true;
        for (Node.Entry e : m.entries().values()) {
            FieldPath p = path.child(e.key());
            if (c.ref() != null) {
                refs.add(new RefUse(c.ref().value(), e.key(), e.keyLocation(), p));
            }
            Object v = bind(e.value(), valueType, p, new Constraint(c.range(), null, false));
            ok &= v != null;
            out.put(e.key(), v);
        }
        return ok ? Collections.unmodifiableMap(out) : null;
    }

    private Object bindEnum(Node node, Class<?> cls, FieldPath path) {
        if (!cls.getPackageName().equals(MODEL_PACKAGE)) {
            throw new IllegalStateException("refusing to build " + cls.getName());
        }
        List<String> names = Arrays.stream(cls.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList();
        if (node instanceof Node.Scalar s && s.kind() != Node.Kind.NULL) {
            int i = names.indexOf(s.text());
            if (i >= 0) {
                return cls.getEnumConstants()[i];
            }
            reporter.error(s.location(), path, "must be one of: " + String.join(", ", names) + ", was "
                    + s.describe() + Suggest.hint(s.text(), names));
            return null;
        }
        typeError(node, path, "must be one of: " + String.join(", ", names));
        return null;
    }

    private Object bindString(Node node, FieldPath path, Constraint c) {
        if (node instanceof Node.Scalar s && s.kind() != Node.Kind.NULL) {
            if (c.ref() != null) {
                refs.add(new RefUse(c.ref().value(), s.text(), s.location(), path));
            }
            return s.text();
        }
        typeError(node, path, "must be text");
        return null;
    }
}
