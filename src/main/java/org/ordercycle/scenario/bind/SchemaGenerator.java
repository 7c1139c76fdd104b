package org.ordercycle.scenario.bind;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.ordercycle.scenario.Default;
import org.ordercycle.scenario.Dist;
import org.ordercycle.scenario.DistKind;
import org.ordercycle.scenario.Doc;
import org.ordercycle.scenario.Range;
import org.ordercycle.scenario.Ref;
import org.ordercycle.scenario.Scenario;

/**
 * Generates the JSON Schema (draft 2020-12) of scenario files from the scenario records and their
 * annotations, so editors can check and complete scenario files. The schema is the same every
 * time for the same records (stable order). The file {@code schema/scenario.schema.json} is this
 * output; a test fails when it is stale.
 */
public final class SchemaGenerator {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Map<String, String> REF_LABELS = Map.of(
            "products", "a product", "lines", "a line", "segments", "a segment", "skills", "a skill of departments.service");

    private final Map<String, ObjectNode> defs = new TreeMap<>();

    private SchemaGenerator() {
    }

    /** Prints the schema, for use before the command line exists: {@code java ... SchemaGenerator > file}. */
    public static void main(String[] args) {
        System.out.println(jsonSchema());
    }

    /** The schema as pretty-printed JSON, without a final line break. */
    public static String jsonSchema() {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return new ObjectMapper().writer(printer).writeValueAsString(schema());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the schema", e);
        }
    }

    /** The schema as a JSON tree. */
    public static ObjectNode schema() {
        SchemaGenerator g = new SchemaGenerator();
        ObjectNode root = JSON.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("title", "OrderCycle scenario");
        root.setAll(g.recordSchema(Scenario.class));
        ObjectNode defsNode = root.putObject("$defs");
        g.defs.forEach(defsNode::set);
        return root;
    }

    private ObjectNode recordSchema(Class<?> record) {
        ObjectNode s = JSON.objectNode();
        Doc doc = record.getAnnotation(Doc.class);
        if (doc != null) {
            s.put("description", doc.value());
        }
        s.put("type", "object");
        ObjectNode properties = s.putObject("properties");
        ArrayNode required = JSON.arrayNode();
        for (RecordComponent rc : record.getRecordComponents()) {
            properties.set(rc.getName(), property(rc, record == Scenario.class));
            boolean nested = rc.getType().isRecord() && rc.getType() != Dist.class;
            if (!rc.isAnnotationPresent(Default.class) && !nested) {
                required.add(rc.getName());
            }
        }
        if (!required.isEmpty()) {
            s.set("required", required);
        }
        s.put("additionalProperties", false);
        return s;
    }

    private ObjectNode property(RecordComponent rc, boolean topLevel) {
        ObjectNode s = JSON.objectNode();
        StringBuilder description = new StringBuilder();
        Doc doc = rc.getAnnotation(Doc.class);
        if (doc != null) {
            description.append(doc.value());
        }
        Ref ref = rc.getAnnotation(Ref.class);
        if (ref != null) {
            description.append(description.isEmpty() ? "" : ". ").append("Must be the id of ")
                    .append(REF_LABELS.getOrDefault(ref.value(), ref.value()));
        }
        if (!description.isEmpty()) {
            s.put("description", description.toString());
        }
        if (rc.isAnnotationPresent(org.ordercycle.scenario.AutoAllowed.class)) {
            ArrayNode either = s.putArray("oneOf");
            either.add(typeSchema(rc.getGenericType(), rc.getAnnotation(Range.class)));
            either.addObject().put("const", "auto");
        } else {
            s.setAll(typeSchema(rc.getGenericType(), rc.getAnnotation(Range.class)));
        }
        if (topLevel && ScenarioRules.NON_EMPTY.contains(rc.getName())) {
            s.put("minItems", 1);
        }
        Default d = rc.getAnnotation(Default.class);
        if (d != null) {
            s.set("default", toJson(YamlReader.read(d.value(), "@Default", false).root()));
        }
        return s;
    }

    private ObjectNode typeSchema(Type type, Range range) {
        ObjectNode s = JSON.objectNode();
        if (type instanceof ParameterizedType p) {
            Type[] args = p.getActualTypeArguments();
            if (p.getRawType() == java.util.List.class) {
                s.put("type", "array");
                s.set("items", typeSchema(args[0], range));
            } else {
                s.put("type", "object");
                s.set("additionalProperties", typeSchema(args[1], range));
            }
            return s;
        }
        Class<?> c = (Class<?>) type;
        if (c == Dist.class || c.isRecord()) {
            s.put("$ref", "#/$defs/" + define(c));
        } else if (c.isEnum()) {
            s.put("type", "string");
            ArrayNode values = s.putArray("enum");
            Arrays.stream(c.getEnumConstants()).forEach(e -> values.add(((Enum<?>) e).name()));
        } else if (c == String.class) {
            s.put("type", "string");
        } else if (c == boolean.class || c == Boolean.class) {
            s.put("type", "boolean");
        } else {
            s.put("type", c == int.class || c == Integer.class ? "integer" : "number");
            if (range != null) {
                bound(s, range.min(), range.minExclusive() ? "exclusiveMinimum" : "minimum");
                bound(s, range.max(), range.maxExclusive() ? "exclusiveMaximum" : "maximum");
            }
        }
        return s;
    }

    private static void bound(ObjectNode s, double v, String keyword) {
        if (!Double.isInfinite(v)) {
            s.set(keyword, number(v));
        }
    }

    /** Adds the definition of a record (once) and returns its name in {@code $defs}. */
    private String define(Class<?> record) {
        String name = record.getSimpleName();
        ObjectNode existing = defs.get(name);
        if (existing != null) {
            return name;
        }
        defs.put(name, JSON.objectNode()); // placeholder while building, in case of recursion
        defs.put(name, record == Dist.class ? distSchema() : recordSchema(record));
        return name;
    }

    private ObjectNode distSchema() {
        ObjectNode s = JSON.objectNode();
        s.put("description", Dist.class.getAnnotation(Doc.class).value());
        ArrayNode oneOf = s.putArray("oneOf");
        ObjectNode fixed = oneOf.addObject();
        fixed.put("type", "number");
        fixed.put("minimum", 0);
        fixed.put("description", "A fixed (deterministic) value");
        ObjectNode object = recordSchema(Dist.class);
        object.remove("description");
        object.set("required", JSON.arrayNode().add("dist"));
        StringBuilder kinds = new StringBuilder(Dist.class.getRecordComponents()[0].getAnnotation(Doc.class).value());
        ArrayNode rules = JSON.arrayNode();
        for (DistKind kind : DistKind.values()) {
            kinds.append("; ").append(kind.name()).append(": ").append(kind.parameters());
            ObjectNode rule = rules.addObject();
            ObjectNode condition = rule.putObject("if");
            condition.putObject("properties").putObject("dist").put("const", kind.name());
            condition.putArray("required").add("dist");
            ObjectNode then = rule.putObject("then");
            ArrayNode allowed = then.putObject("propertyNames").putArray("enum").add("dist").add("unit");
            DistBinder.PARAMETERS.get(kind).forEach(allowed::add);
            ArrayNode needed = then.putArray("required");
            requiredParameters(kind).forEach(needed::add);
        }
        ((ObjectNode) object.get("properties").get("dist")).put("description", kinds.toString());
        object.set("allOf", rules);
        oneOf.add(object);
        return s;
    }

    /** The parameters {@link Dist#check} asks for when a distribution of this kind has none. */
    static java.util.List<String> requiredParameters(DistKind kind) {
        java.util.List<String> names = new java.util.ArrayList<>();
        new Dist(kind, null, null, null, null, null, null, null, null, null).check((p, m) -> names.add(p));
        return names.stream().distinct().toList();
    }

    private static JsonNode toJson(Node node) {
        if (node instanceof Node.Mapping m) {
            ObjectNode o = JSON.objectNode();
            m.entries().values().forEach(e -> o.set(e.key(), toJson(e.value())));
            return o;
        }
        if (node instanceof Node.Sequence s) {
            ArrayNode a = JSON.arrayNode();
            s.items().forEach(i -> a.add(toJson(i)));
            return a;
        }
        Node.Scalar s = (Node.Scalar) node;
        return switch (s.kind()) {
            case NUMBER -> number(Numbers.parse(s.text()));
            case TRUE -> JSON.booleanNode(true);
            case FALSE -> JSON.booleanNode(false);
            case NULL -> JSON.nullNode();
            default -> JSON.textNode(s.text());
        };
    }

    private static JsonNode number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? JSON.numberNode((long) v) : JSON.numberNode(v);
    }
}
