package org.ordercycle.scenario.bind;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ordercycle.scenario.Assumption;
import org.ordercycle.scenario.Dist;
import org.ordercycle.scenario.Doc;
import org.ordercycle.scenario.Line;
import org.ordercycle.scenario.Product;
import org.ordercycle.scenario.Scenario;
import org.ordercycle.scenario.Segment;
import org.ordercycle.scenario.Steps;

/**
 * The scenario checks that annotations cannot express: checks across the fields of one record,
 * and checks across the whole file (non-empty lists, unique ids, references, unused lines).
 */
public final class ScenarioRules implements Binder.RecordCheck {
    /** Top-level lists that need at least one entry. */
    public static final Set<String> NON_EMPTY = Set.of("products", "lines", "segments");

    /** Where the ids of each kind of reference are defined. */
    private static final Map<String, FieldPath> ID_LISTS = Map.of(
            "products", FieldPath.ROOT.child("products"),
            "lines", FieldPath.ROOT.child("lines"),
            "segments", FieldPath.ROOT.child("segments"),
            "skills", FieldPath.ROOT.child("departments").child("service"));

    private static final Map<String, String> LABELS = Map.of(
            "products", "product", "lines", "line", "segments", "segment", "skills", "skill of departments.service");

    /** Marks, in a field's {@code @Doc}, a distribution the engine always reads in days. */
    static final String UNIT_IGNORED = "unit ignored";

    @Override
    public void check(Object record, FieldPath path, Reporter r) {
        checkIgnoredUnits(record, path, r);
        if (record instanceof Line line && line.minRegularHoursPerDay() > line.maxRegularHoursPerDay()) {
            FieldPath p = path.child("minRegularHoursPerDay");
            r.error(p, "must be <= maxRegularHoursPerDay (" + Numbers.format(line.maxRegularHoursPerDay()) + "), was "
                    + Numbers.format(line.minRegularHoursPerDay()) + r.defaultNote(p));
        } else if (record instanceof Segment segment) {
            double total = segment.productMix().values().stream().mapToDouble(Double::doubleValue).sum();
            if (!(total > 0)) {
                r.error(path.child("productMix"), "must give at least one product a share > 0");
            }
        } else if (record instanceof Product product) {
            checkProduct(product, path, r);
        } else if (record instanceof Scenario scenario && !isCurrency(scenario.currency())) {
            r.error(path.child("currency"), "must be an ISO 4217 currency code in capitals, such as EUR, USD or GBP, "
                    + "was '" + scenario.currency() + "'");
        } else if (record instanceof Assumption a && !(a.low() <= a.high())) {
            r.error(path.child("low"), "must be <= high (" + Numbers.format(a.high()) + "), was "
                    + Numbers.format(a.low()));
        } else if (record instanceof Steps.Pricing pricing && pricing.idleLoadDays() > pricing.scarceLoadDays()) {
            FieldPath p = path.child("idleLoadDays");
            r.error(p, "must be <= scarceLoadDays (" + Numbers.format(pricing.scarceLoadDays()) + "), was "
                    + Numbers.format(pricing.idleLoadDays()) + r.defaultNote(p));
        }
    }

    /** True for a code java.util.Currency knows, written as ISO 4217 writes it. */
    static boolean isCurrency(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            return false;
        }
        try {
            java.util.Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }

    /** A unit on a distribution whose doc says the unit is ignored would be silently ignored: refuse it. */
    private static void checkIgnoredUnits(Object record, FieldPath path, Reporter r) {
        for (RecordComponent rc : record.getClass().getRecordComponents()) {
            Doc doc = rc.getAnnotation(Doc.class);
            if (rc.getType() == Dist.class && doc != null && doc.value().contains(UNIT_IGNORED)) {
                Dist d = (Dist) component(rc, record);
                if (d.unit() != null) {
                    r.error(path.child(rc.getName()).child("unit"), "must be left out: this field is always read in days,"
                            + " whatever its unit; give its values in days");
                }
            }
        }
    }

    private static Object component(RecordComponent rc, Object record) {
        try {
            return rc.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + rc.getName(), e);
        }
    }

    private static void checkProduct(Product product, FieldPath path, Reporter r) {
        if (product.delivery() == Product.DeliveryMode.onSite && product.installSkills().isEmpty()) {
            r.error(path.child("installSkills"),
                    "must name at least one skill of departments.service when delivery is onSite");
        }
        List<Product.VolumeDiscount> discounts = product.volumeDiscounts();
        for (int i = 1; i < discounts.size(); i++) {
            double before = discounts.get(i - 1).minQuantity();
            double here = discounts.get(i).minQuantity();
            if (!(here > before)) {
                r.error(path.child("volumeDiscounts").index(i).child("minQuantity"), "must be > the minQuantity before it ("
                        + Numbers.format(before) + "), was " + Numbers.format(here) + ": list discounts by increasing minQuantity");
            }
        }
    }

    /** The ids of one list, and whether the list could be read at all. */
    private record Ids(boolean readable, Map<String, FieldPath> byId) {
    }

    /** Checks across the whole file, on the tree, so they run even when some records did not bind. */
    static void checkScenario(Node root, List<Binder.RefUse> refs, Reporter r) {
        Map<String, Ids> ids = new LinkedHashMap<>();
        ID_LISTS.forEach((kind, path) -> ids.put(kind, collectIds(root, kind, path, r)));
        for (Binder.RefUse use : refs) {
            Ids known = ids.get(use.kind());
            if (known == null) {
                throw new IllegalStateException("@Ref(\"" + use.kind() + "\") names no list of ids");
            }
            if (known.readable() && !known.byId().containsKey(use.id())) {
                String listing = known.byId().isEmpty() ? "there are none"
                        : LABELS.get(use.kind()).split(" ")[0] + " ids: " + String.join(", ", known.byId().keySet());
                r.error(use.location(), use.path(), "\"" + use.id() + "\" is not the id of any " + LABELS.get(use.kind())
                        + Suggest.hint(use.id(), known.byId().keySet()) + "; " + listing);
            }
        }
        checkLinesUsed(ids, refs, r);
    }

    private static void checkLinesUsed(Map<String, Ids> ids, List<Binder.RefUse> refs, Reporter r) {
        if (!ids.get("lines").readable() || !ids.get("products").readable() || r.hasErrorsIn(ID_LISTS.get("products"))) {
            return;
        }
        Set<String> used = refs.stream().filter(u -> u.kind().equals("lines")).map(Binder.RefUse::id)
                .collect(Collectors.toSet());
        ids.get("lines").byId().forEach((id, path) -> {
            if (!used.contains(id)) {
                r.error(path, "\"" + id + "\" is not the line of any product; every line must make at least one product");
            }
        });
    }

    private static Ids collectIds(Node root, String kind, FieldPath path, Reporter r) {
        Node node = root;
        for (Object part : path.parts()) {
            node = node instanceof Node.Mapping m ? m.get((String) part) : null;
        }
        if (node == null || node instanceof Node.Scalar s && s.isNull()) {
            return new Ids(kind.equals("skills"), Map.of()); // absent: reported as required, or empty by default
        }
        if (!(node instanceof Node.Sequence list)) {
            return new Ids(false, Map.of()); // reported by the binder
        }
        if (list.items().isEmpty() && NON_EMPTY.contains(kind)) {
            r.error(list.location(), path, "must list at least one " + LABELS.get(kind));
        }
        Map<String, FieldPath> byId = new LinkedHashMap<>();
        for (int i = 0; i < list.items().size(); i++) {
            FieldPath idPath = path.index(i).child("id");
            if (list.items().get(i) instanceof Node.Mapping m && m.get("id") instanceof Node.Scalar id
                    && !id.isNull() && id.kind() != Node.Kind.INVALID) {
                if (id.text().isBlank()) {
                    r.error(id.location(), idPath, "must not be empty");
                } else if (byId.containsKey(id.text())) {
                    r.error(id.location(), idPath, "\"" + id.text() + "\" is already the id of "
                            + path.index(indexOf(byId, id.text())) + "; ids must be unique");
                } else {
                    byId.put(id.text(), idPath);
                }
            }
        }
        return new Ids(true, byId);
    }

    private static int indexOf(Map<String, FieldPath> byId, String id) {
        List<Object> parts = byId.get(id).parts();
        return (Integer) parts.get(parts.size() - 2);
    }
}
