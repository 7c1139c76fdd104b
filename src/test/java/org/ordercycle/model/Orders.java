package org.ordercycle.model;

import java.util.List;
import java.util.Map;
import org.ordercycle.scenario.Scenario;
import umontreal.ssj.rng.MRG32k3a;

/** Hand-made orders of the service mechanism scenario's one product, for tests of a single department. */
final class Orders {
    private Orders() {
    }

    /** An order of one unit from a customer of {@code importance}. */
    static Order of(long id, double importance) {
        Scenario s = Runs.scenario("service", Map.of("segments[0].importance", Double.toString(importance)));
        ProductModel product = new ProductModel(s.products().get(0), 0, s.timeUnit(), 0);
        SegmentModel segment = new SegmentModel(s.segments().get(0), 0, List.of(product), new MRG32k3a(), new MRG32k3a(),
                s.horizonDays(), new double[0]);
        return new Order(id, segment, id, 0, product, 1, 1, false);
    }
}
