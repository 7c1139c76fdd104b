package org.ordercycle.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** An interval in the report never reads as a point when it is not one. */
class IntervalTextTest {
    @Test
    void anIntervalNarrowerThanTheLastDigitGetsTheDigitsThatTellItsEndsApart() {
        assertEquals("[−0.873, −0.866]", Numbers.interval("days", -0.8734, -0.8661));
        assertEquals("[−26.93, −26.91]", Numbers.interval("share", -0.26931, -0.26912), "shares in points");
        assertEquals("[0.000, 0.001]", Numbers.interval("ratio", 0.0004, 0.0006), "the first digit that tells them apart");
    }

    @Test
    void otherIntervalsReadAsBefore() {
        assertEquals("[−1.76, −1.56]", Numbers.interval("days", -1.7612, -1.5598));
        assertEquals("[13.1, 16.6]", Numbers.interval("share", 0.131, 0.166));
        assertEquals("[0.50, 0.50]", Numbers.interval("days", 0.5, 0.5), "a figure that does not vary");
        assertEquals("[−629k, −524k]", Numbers.interval("money", -629_000, -524_000));
        assertEquals("[1.00, 1.00]", Numbers.interval("ratio", 1.0, 1.0 + 1e-7), "three more digits at most; if they do not tell the ends apart, none");
        assertEquals("n/a", Numbers.interval("days", Double.NaN, 1));
    }
}
