package cymru.cylch.platform.events;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/** Listeners run on the application's task executor, after the publisher's transaction has committed. */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class EventsConfiguration {
}
