package org.ordercycle.io;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Map;
import java.util.Set;

/** Writes the type declarations and the objects of the event log (see {@link OcelLog}). */
final class OcelObjects {

    private OcelObjects() {
    }

    /** The object types with their attributes, then the event types (all event attributes are strings). */
    static void writeTypes(JsonGenerator g, Map<String, Set<String>> eventTypes) throws IOException {
        g.writeArrayFieldStart("objectTypes");
        type(g, "order", "segment", "string", "product", "string", "quantity", "integer", "agreed price", "float",
                "promised", "time", "state", "string");
        type(g, "invoice", "number", "integer");
        type(g, "shipment", "number", "integer");
        type(g, "return");
        type(g, "department", "name", "string");
        g.writeEndArray();
        g.writeArrayFieldStart("eventTypes");
        for (var e : eventTypes.entrySet()) {
            g.writeStartObject();
            g.writeStringField("name", e.getKey());
            g.writeArrayFieldStart("attributes");
            for (String name : e.getValue()) {
                declare(g, name, "string");
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void type(JsonGenerator g, String name, String... attributes) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", name);
        g.writeArrayFieldStart("attributes");
        for (int k = 0; k < attributes.length; k += 2) {
            declare(g, attributes[k], attributes[k + 1]);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void declare(JsonGenerator g, String name, String type) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", name);
        g.writeStringField("type", type);
        g.writeEndObject();
    }

    /**
     * An order and its invoices, shipments and return. The order's attributes hold from its
     * placing (from day 0 for leads never placed, whose state is "not placed").
     */
    static void write(JsonGenerator g, OcelLog.OrderObject o) throws IOException {
        OcelLog.OrderFacts r = o.record;
        g.writeStartObject();
        g.writeStringField("id", o.id());
        g.writeStringField("type", "order");
        g.writeArrayFieldStart("attributes");
        if (r == null) {
            attribute(g, "state", "not placed", 0);
        } else {
            double since = Double.isFinite(r.placedAt()) ? r.placedAt() : 0;
            attribute(g, "segment", r.segment(), since);
            attribute(g, "product", r.product(), since);
            attribute(g, "quantity", Integer.toString(r.quantity()), since);
            if (Double.isFinite(r.agreedPrice())) {
                attribute(g, "agreed price", Csv.number(r.agreedPrice()), since);
            }
            if (Double.isFinite(r.promisedAt())) {
                attribute(g, "promised", OcelLog.time(r.promisedAt()), since);
            }
            attribute(g, "state", r.state(), since);
        }
        g.writeEndArray();
        g.writeEndObject();
        for (int k = 1; k <= o.invoices; k++) {
            part(g, o.invoiceId(k), "invoice", k, o.id(), "invoice of");
        }
        for (int k = 1; k <= o.shipments; k++) {
            part(g, o.shipmentId(k), "shipment", k, o.id(), "shipment of");
        }
        if (o.returned) {
            part(g, "return-" + o.number, "return", 0, o.id(), "return of");
        }
    }

    /** An invoice, shipment or return: its number (none for a return) and its relation to the order. */
    private static void part(JsonGenerator g, String id, String type, int number, String orderId, String qualifier)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("id", id);
        g.writeStringField("type", type);
        g.writeArrayFieldStart("attributes");
        if (number > 0) {
            attribute(g, "number", Integer.toString(number), 0);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("relationships");
        g.writeStartObject();
        g.writeStringField("objectId", orderId);
        g.writeStringField("qualifier", qualifier);
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
    }

    static void writeDepartment(JsonGenerator g, String name) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", OcelActivities.departmentId(name));
        g.writeStringField("type", "department");
        g.writeArrayFieldStart("attributes");
        attribute(g, "name", name, 0);
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void attribute(JsonGenerator g, String name, String value, double since) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", name);
        g.writeStringField("value", value);
        g.writeStringField("time", OcelLog.time(since));
        g.writeEndObject();
    }
}
