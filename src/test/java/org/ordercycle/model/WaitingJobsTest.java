package org.ordercycle.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.PriorityQueue;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import umontreal.ssj.simevents.Simulator;

/** {@link WaitingJobs} serves jobs in exactly the order of a priority queue on {@code Job.LINE_ORDER}. */
class WaitingJobsTest {
    private static final Simulator SIM = new Simulator();

    private static Department.Job job(double priority, long seq) {
        return new Department.Job(SIM, null, null, Step.ENTRY, 1, priority, null, seq, 0, null, true);
    }

    @Test
    void servesInThePriorityQueuesOrder() {
        for (long seed = 1; seed <= 30; seed++) {
            SplittableRandom rnd = new SplittableRandom(seed);
            WaitingJobs line = new WaitingJobs();
            PriorityQueue<Department.Job> reference = new PriorityQueue<>(Department.Job.LINE_ORDER);
            long seq = 0;
            // mostly one priority (the FIFO), sometimes another (the heap), -0.0 and 0.0 apart as compareTo has them
            double[] priorities = {0, 0, 0, 0, 0, 0, 1, -0.0, 2.5};
            for (int step = 0; step < 2000; step++) {
                if (rnd.nextInt(100) < 55) {
                    Department.Job j = job(priorities[rnd.nextInt(priorities.length)], seq++);
                    line.add(j);
                    reference.add(j);
                } else {
                    assertSame(reference.poll(), line.poll(), "seed " + seed + " step " + step);
                }
                assertEquals(reference.size(), line.size());
                assertEquals(reference.isEmpty(), line.isEmpty());
            }
            while (!reference.isEmpty()) {
                assertSame(reference.poll(), line.poll(), "seed " + seed);
            }
            assertNull(line.poll());
        }
    }
}
