package cymru.cylch.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a page handler that answers a POST without changing anything (a check or a preview, such as the outcome
 * statement helper, which htmx posts at every pause in typing): it may be sent any number of times, so it needs
 * no one-time form token. Every other POST from a signed-in user's page must carry an unused one.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ChangesNothing {
}
