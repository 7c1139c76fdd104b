package org.ordercycle.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ordercycle.stats.OrderRecord;
import org.ordercycle.stats.RunListener;
import org.ordercycle.stats.StepTime;
import org.ordercycle.stats.TraceEvent;

/**
 * A {@link RunListener} that writes the journeys of every order of one replication as an OCEL 2.0
 * object-centric event log in JSON (ocel-standard.org): orders, invoices, shipments, returns and
 * departments are objects; every moment the model reports (decisions, hand-offs, waiting and work
 * in each step, shipments, invoices, payments, returns) is an event related to them. Order ids are
 * the lead numbers, which name the same customer under every policy, so logs of two policies can
 * be compared order by order.
 *
 * <p>Times are simulated days counted from {@link #ORIGIN} (day 0 of the run is a Monday at
 * midnight), written with millisecond precision. Events are streamed to a hidden file beside the
 * target while the replication runs; {@link #commit()} writes the target atomically (types and
 * objects first, then the events). The same run gives the same bytes. Attribute values are
 * strings; their declared types say how to read them. Write failures surface as
 * {@link UncheckedIOException}, which stops the replication. Not thread safe: one per replication.
 */
public final class OcelLog implements RunListener, Closeable {

    /** The calendar instant of simulated day 0: a Monday, like day 0 of the work calendar. */
    public static final Instant ORIGIN = Instant.parse("2026-01-05T00:00:00Z");
    private static final double MILLIS_PER_DAY = 86_400_000d;
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private final Path target;
    private final Path eventsFile;
    private final JsonGenerator events;
    private long eventCount;
    /** Event type name to the names of its attributes. */
    private final Map<String, Set<String>> eventTypes = new TreeMap<>();
    private final Map<Long, OrderObject> orders = new TreeMap<>();
    private final Set<String> departments = new TreeSet<>();

    /** Opens the hidden events file beside {@code target}; nothing is at {@code target} until {@link #commit()}. */
    public OcelLog(Path target) throws IOException {
        this.target = target.toAbsolutePath();
        Files.createDirectories(this.target.getParent());
        this.eventsFile = this.target.resolveSibling("." + this.target.getFileName() + ".events.tmp");
        this.events = JSON.createGenerator(Files.newBufferedWriter(eventsFile, StandardCharsets.UTF_8));
        this.events.enable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        this.events.setRootValueSeparator(new SerializedString(","));
    }

    /** The instant of simulated day {@code days}, rounded to the millisecond, as ISO-8601 text. */
    public static String time(double days) {
        return TIME.format(ORIGIN.plusMillis(Math.round(days * MILLIS_PER_DAY)));
    }

    @Override
    public boolean followsEveryOrder() {
        return true;
    }

    @Override
    public void trace(long orderId, TraceEvent e) {
        OrderObject o = order(orderId);
        String activity = OcelActivities.of(e);
        String linked = o.link(e.step(), activity);
        write(activity, e.time(), o, linked, e.step(), e.owner(), e.detail());
    }

    @Override
    public void stepTime(long orderId, String step, String department, StepTime kind, double from, double to) {
        if (kind != StepTime.WORKED && to <= from) {
            return; // no wait, no hand-off: nothing happened
        }
        OrderObject o = order(orderId);
        String linked = o.link(step, null);
        String what = OcelActivities.interval(kind);
        write(step + ": " + what + " begins", from, o, linked, step, department, null);
        write(step + ": " + what + " ends", to, o, linked, step, department, null);
    }

    @Override
    public void orderFinished(OrderRecord r) {
        order(r.id()).record = new OrderFacts(r.segment(), r.product(), r.quantity(), r.agreedPrice(), r.placedAt(),
                r.promisedAt(), r.state());
    }

    /** Events written so far; event ids are "e1", "e2", ... in this order. */
    public long eventCount() {
        return eventCount;
    }

    private OrderObject order(long id) {
        return orders.computeIfAbsent(id, OrderObject::new);
    }

    private void write(String activity, double day, OrderObject o, String linked, String step, String department,
                       String detail) {
        Set<String> attributes = eventTypes.computeIfAbsent(activity, k -> new TreeSet<>());
        try {
            events.writeStartObject();
            events.writeStringField("id", "e" + ++eventCount);
            events.writeStringField("type", activity);
            events.writeStringField("time", time(day));
            events.writeArrayFieldStart("attributes");
            attribute(attributes, "step", step);
            attribute(attributes, "department", department);
            if (detail != null) {
                attribute(attributes, "detail", detail);
            }
            events.writeEndArray();
            events.writeArrayFieldStart("relationships");
            relationship(events, o.id(), "order");
            if (linked != null) {
                relationship(events, linked, OcelActivities.typeOf(linked));
            }
            if (OcelActivities.isDepartment(department)) {
                departments.add(department);
                relationship(events, OcelActivities.departmentId(department), "department");
            }
            events.writeEndArray();
            events.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the event log " + target, e);
        }
    }

    private void attribute(Set<String> declared, String name, String value) throws IOException {
        declared.add(name);
        events.writeStartObject();
        events.writeStringField("name", name);
        events.writeStringField("value", value);
        events.writeEndObject();
    }

    private static void relationship(JsonGenerator g, String objectId, String qualifier) throws IOException {
        g.writeStartObject();
        g.writeStringField("objectId", objectId);
        g.writeStringField("qualifier", qualifier);
        g.writeEndObject();
    }

    /** Writes the complete log to the target atomically and removes the events file. */
    public void commit() throws IOException {
        events.close();
        AtomicFiles.write(target, out -> {
            try (JsonGenerator g = JSON.createGenerator(out)) {
                g.writeStartObject();
                OcelObjects.writeTypes(g, eventTypes);
                g.writeArrayFieldStart("objects");
                for (OrderObject o : orders.values()) {
                    OcelObjects.write(g, o);
                }
                for (String d : departments) {
                    OcelObjects.writeDepartment(g, d);
                }
                g.writeEndArray();
                g.writeArrayFieldStart("events");
                copyEvents(g);
                g.writeEndArray();
                g.writeEndObject();
            }
            out.write('\n');
        });
        Files.deleteIfExists(eventsFile);
    }

    /** The streamed events are already JSON objects separated by commas: copied as they are. */
    private void copyEvents(JsonGenerator g) throws IOException {
        char[] buffer = new char[1 << 16];
        try (Reader in = Files.newBufferedReader(eventsFile, StandardCharsets.UTF_8)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                g.writeRaw(buffer, 0, n);
            }
        }
    }

    /** Removes the events file when the log was not committed. */
    @Override
    public void close() throws IOException {
        events.close();
        Files.deleteIfExists(eventsFile);
    }

    /** What the order record says about an order, kept for its object's attributes. */
    record OrderFacts(String segment, String product, int quantity, double agreedPrice, double placedAt,
                      double promisedAt, String state) {
    }

    /** An order and the invoices, shipments and return it has had so far. */
    static final class OrderObject {
        final long number;
        OrderFacts record;
        int invoices;
        int shipments;
        boolean returned;

        OrderObject(long number) {
            this.number = number;
        }

        String id() {
            return "order-" + number;
        }

        /**
         * The invoice, shipment or return an event of {@code step} concerns, or null: an issued
         * invoice or a sent shipment is a new object; later billing events concern the latest
         * invoice; every returns event concerns the order's return.
         */
        String link(String step, String activity) {
            if (OcelActivities.INVOICE_ISSUED.equals(activity)) {
                invoices++;
            }
            if (OcelActivities.SHIPMENT_SENT.equals(activity)) {
                shipments++;
                return shipmentId(shipments);
            }
            if (OcelActivities.BILLING.equals(step) && invoices > 0) {
                return invoiceId(invoices);
            }
            if (OcelActivities.RETURNS.equals(step)) {
                returned = true;
                return "return-" + number;
            }
            return null;
        }

        String invoiceId(int k) {
            return "invoice-" + number + "-" + k;
        }

        String shipmentId(int k) {
            return "shipment-" + number + "-" + k;
        }
    }
}
