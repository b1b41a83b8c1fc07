/**
 * Business rules, apart from any page or API: a broken rule is a {@link cymru.cylch.platform.rules.RuleViolationException}
 * with a stable code that is also its message key. Domain code throws it; the API answers it as an RFC 9457
 * problem (422) in the caller's language, and each page says which of its fields a code is about.
 */
@NamedInterface("rules")
@NullMarked
package cymru.cylch.platform.rules;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
