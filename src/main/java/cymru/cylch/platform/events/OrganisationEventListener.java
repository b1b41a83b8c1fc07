package cymru.cylch.platform.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Marks a module's listener for an {@link OrganisationEvent}, in place of Spring Modulith's
 * {@code @ApplicationModuleListener}: it runs after the publisher's transaction commits, asynchronously, and
 * {@link OrganisationEventListeners} runs it in the event's organisation's data scope, in a new transaction that
 * also records it as handled, so a republished event is not handled again. The method takes exactly one
 * parameter, the event (an architecture test checks this).
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Async
@TransactionalEventListener
public @interface OrganisationEventListener {
}
