package id.merit.platform.events;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On an event consumer: a delivery that fails because the database cannot be reached is tried again (each try its
 * own transaction) instead of going to the dead-letter topic, so a database restart loses no event from a
 * projection. See {@link DatabaseDownRetry}.
 */
@InterceptorBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface RetriedWhileDatabaseDown {
}
