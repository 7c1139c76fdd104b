package org.ordercycle.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void quotesOnlyWhenNeeded() {
        assertEquals("plain", Csv.field("plain"));
        assertEquals("\"a,b\"", Csv.field("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", Csv.field("say \"hi\""));
        assertEquals("\"two\nlines\"", Csv.field("two\nlines"));
        assertEquals("", Csv.field(null));
    }

    @Test
    void numbersArePlainDecimalAndNaNIsEmpty() {
        assertEquals("", Csv.number(Double.NaN));
        assertEquals("0", Csv.number(0.0));
        assertEquals("0", Csv.number(-0.0));
        assertEquals("100", Csv.number(100.0));
        assertEquals("12345678.9", Csv.number(12345678.9));
        assertEquals("0.1", Csv.number(0.1));
        assertEquals("-2.5", Csv.number(-2.5));
        assertEquals("0.0000001", Csv.number(1e-7));
        assertEquals("Inf", Csv.number(Double.POSITIVE_INFINITY));
    }

    @Test
    void rowJoinsEscapedCells() throws Exception {
        StringWriter out = new StringWriter();
        Csv.row(out, List.of("a", "b,c", ""));
        assertEquals("a,\"b,c\",\n", out.toString());
    }
}
