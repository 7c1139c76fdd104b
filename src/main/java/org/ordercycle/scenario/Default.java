package org.ordercycle.scenario;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Default of an optional scenario field, written as the YAML text a user would write
 * (e.g. {@code "0.2"}, {@code "{dist: exponential, mean: 1, unit: hour}"}, {@code "[]"}).
 * A field without this annotation is required, except nested records, which default to
 * a record built from their own defaults.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Default {
    String value();
}
