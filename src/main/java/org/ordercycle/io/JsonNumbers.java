package org.ordercycle.io;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Numbers in JSON output, which has no NaN or infinity: a figure that is not a number is null. */
public final class JsonNumbers {
    private JsonNumbers() {
    }

    /** Puts a number, or null for NaN and infinities. */
    public static void put(ObjectNode node, String field, double value) {
        if (Double.isFinite(value)) {
            node.put(field, value);
        } else {
            node.putNull(field);
        }
    }
}
