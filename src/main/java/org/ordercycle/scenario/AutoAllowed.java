package org.ordercycle.scenario;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A numeric field that also accepts the word {@code auto}, bound as NaN: the value is then
 * chosen by the workbench (e.g. the warm-up, detected by MSER-5 on pilot runs).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface AutoAllowed {
}
