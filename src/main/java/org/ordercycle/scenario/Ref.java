package org.ordercycle.scenario;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a string field (or the keys of a map, or the elements of a list) as a reference
 * to the {@code id} of an element of a top-level list of the scenario: {@code "products"},
 * {@code "lines"}, {@code "segments"} or {@code "skills"}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Ref {
    String value();
}
