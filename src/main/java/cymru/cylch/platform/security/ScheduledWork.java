package cymru.cylch.platform.security;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on Spring's scheduler for Cylch's own periodic work (the daily check for dormant accounts). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ScheduledWork {
}
