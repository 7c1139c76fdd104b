package org.ordercycle.spark;

import java.io.Serializable;

/**
 * A finished replication as an executor sends it back: the position of its spec and the result
 * in the text form of the result store ({@code ResultStore.encode}), which reads back exactly.
 */
record IndexedResult(int index, String stored) implements Serializable {
}
