package org.ordercycle.scenario;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Allowed interval of a numeric scenario field (or of every element of a numeric list or map). */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Range {
    double min() default Double.NEGATIVE_INFINITY;

    double max() default Double.POSITIVE_INFINITY;

    /** True when {@link #min()} itself is not allowed. */
    boolean minExclusive() default false;

    /** True when {@link #max()} itself is not allowed. */
    boolean maxExclusive() default false;
}
