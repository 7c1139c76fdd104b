package org.ordercycle.scenario.bind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FieldPathTest {

    @Test
    void parsesAndPrintsPaths() {
        for (String text : List.of("steps.planning.inflationMean", "segments[2].orderSize.mean", "products[0].volumeDiscounts[1].discount",
                "segments[0].productMix.P9", "name")) {
            assertEquals(text, FieldPath.parse(text).toString());
        }
        assertEquals(List.of("segments", 2, "orderSize"), FieldPath.parse("segments[2].orderSize").parts());
    }

    @Test
    void rejectsMalformedPaths() {
        for (String text : List.of("", ".", "a..b", "a.", "[0]", "a[x]", "a[0", "a[0]b", "a[-1]")) {
            assertThrows(IllegalArgumentException.class, () -> FieldPath.parse(text), text);
        }
    }

    @Test
    void containment() {
        FieldPath products = FieldPath.ROOT.child("products");
        assertTrue(products.contains(FieldPath.parse("products[1].line")));
        assertTrue(!products.contains(FieldPath.parse("segments[0]")));
    }

    @Test
    void suggestsNearMisses() {
        List<String> names = List.of("leadsPerDay", "importance", "orderSize");
        assertEquals("leadsPerDay", Suggest.closest("leadsPerDya", names));
        assertEquals("leadsPerDay", Suggest.closest("LeadsPerDay", names));
        assertEquals(null, Suggest.closest("owner", names));
        assertEquals(null, Suggest.closest("P9", List.of("P1", "P2")));
    }
}
