package cymru.cylch.platform.events;

import cymru.cylch.platform.database.OrganisationScope;
import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs every {@link OrganisationEventListener} in its event's organisation's data scope, in a transaction of its
 * own that first records the event as handled by this listener. The scope is opened before the transaction takes
 * its connection (a connection takes its scope when it is handed out), which is why this wraps the listener
 * rather than being called from it. If the listener fails, the record of handling rolls back with its work and the
 * event stays incomplete in the registry, to be tried again; if it finds the event already handled (a publication
 * republished after its work committed), it does nothing and the registry marks the publication complete.
 */
@Aspect
@Component
@Order(OrganisationEventListeners.ORDER)
class OrganisationEventListeners {

    /**
     * Inside Spring Modulith's completion advice (highest precedence + 10), so a listener that finds its event
     * already handled still marks the publication complete; outside any transaction advice, so the scope is open
     * before a connection is taken.
     */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 20;

    private final TransactionTemplate transactions;
    private final HandledEvents handled;

    OrganisationEventListeners(PlatformTransactionManager transactionManager, HandledEvents handled) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.handled = handled;
    }

    // The event is taken from the arguments rather than bound by the pointcut: the asynchronous advice runs first,
    // ahead of the interceptor that would expose the binding.
    @Around("@annotation(cymru.cylch.platform.events.OrganisationEventListener)")
    @Nullable Object inScope(ProceedingJoinPoint listener) {
        if (listener.getArgs().length != 1 || !(listener.getArgs()[0] instanceof OrganisationEvent event)) {
            throw new IllegalStateException(listener.getSignature() + " must take one OrganisationEvent");
        }
        String listenerName = listener.getSignature().getDeclaringTypeName() + "." + listener.getSignature().getName();
        return OrganisationScope.call(event.organisation().value(), () -> transactions.execute(status -> {
            if (!handled.firstTime(listenerName, event.key())) {
                return null;
            }
            try {
                return listener.proceed();
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException("Listener " + listenerName + " failed", e);
            }
        }));
    }
}
