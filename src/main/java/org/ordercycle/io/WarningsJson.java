package org.ordercycle.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.ordercycle.stats.Overload;

/**
 * The {@code warnings} array of {@code run --json} and {@code compare --json}: one object per
 * overloaded department or line and policy, with {@code department}, {@code policy}, {@code kind}
 * ({@code utilisation} or {@code queue_growth}), {@code values} (utilisation, queue_first,
 * queue_last; null when not measured) and the sentence shown to people.
 */
public final class WarningsJson {

    private WarningsJson() {
    }

    /** Appends one object per warning to {@code array}. */
    public static void put(ArrayNode array, List<Overload.Warning> warnings) {
        for (Overload.Warning w : warnings) {
            ObjectNode node = array.addObject();
            node.put("department", w.department());
            node.put("policy", w.policy());
            node.put("kind", w.kind());
            ObjectNode values = node.putObject("values");
            JsonNumbers.put(values, Overload.UTILISATION, w.utilisation());
            JsonNumbers.put(values, Overload.QUEUE_FIRST, w.queueFirst());
            JsonNumbers.put(values, Overload.QUEUE_LAST, w.queueLast());
            node.put("message", w.sentence());
        }
    }
}
