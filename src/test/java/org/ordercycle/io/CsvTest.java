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

    /**
     * OWASP's CSV injection advice: a text cell that begins with = + - @, a tab or a carriage return
     * gets a leading single quote, so Excel or LibreOffice show it as text instead of running it;
     * numbers, negative ones included, stay numbers; unguard gives back the exact text.
     */
    @Test
    void formulaLikeTextIsGuardedAndReadBackNumbersAreNot() {
        for (String formula : List.of("=HYPERLINK(\"http://x\")", "+cmd", "-2+3", "@SUM(A1)", "\tx", "\rx", "-", "'=x")) {
            String cell = Csv.guard(formula);
            assertEquals("'" + formula, cell, formula);
            assertEquals(formula, Csv.unguard(cell), "read back: " + formula);
        }
        for (String number : List.of("-3.5", "+2", "-1E-7", "12", "-Inf", "0.25")) {
            assertEquals(number, Csv.guard(number), "a number stays a number");
            assertEquals(number, Csv.unguard(number));
        }
        assertEquals("'=1+1", Csv.field("=1+1"));
        assertEquals("\"'=1,2\"", Csv.field("=1,2"), "guarded, then quoted for the comma");
        assertEquals("'plain", Csv.unguard("'plain"), "a quote before ordinary text is the text itself");
    }
}
